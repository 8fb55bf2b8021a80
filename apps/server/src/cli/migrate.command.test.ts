import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  createPostgresTestSchema,
  describeWithPostgres,
  postgresUrlForSchema,
} from '../app/database/database.test-utils.js';
import { migrations } from '../migrations/migrations.registry.js';
import { memoryIo } from './cli.test-utils.js';
import { runMigrateCommand } from './migrate.command.js';

const appliedReport = `Applied ${migrations.length} migration(s):\n${migrations.map(({ name }) => `  ${name}\n`).join('')}`;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zd-migrate-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function migrate(env: Record<string, string>, cwd: string) {
  const { io, stdout, stderr } = memoryIo();
  const exitCode = await runMigrateCommand([], io, { env, cwd });
  return { exitCode, stdout: stdout(), stderr: stderr() };
}

describe('zeugnisdesk migrate', () => {
  it('creates the embedded database, applies the migrations, and is a no-op the second time', async () => {
    const cwd = tempDir();
    const first = await migrate({}, cwd);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain(`Generated the database key ${join(cwd, 'data', 'database.key')}.`);
    expect(first.stdout).toContain(appliedReport);

    expect(await migrate({}, cwd)).toEqual({
      exitCode: 0,
      stdout: 'The database is up to date.\n',
      stderr: '',
    });
  });

  it('rejects a bad configuration with a usage error naming the variable', async () => {
    await expect(migrate({ DATABASE_URL: 'sqlite://x' }, tempDir())).rejects.toThrow(
      /DATABASE_URL must be a PostgreSQL URL/,
    );
  });
});

describeWithPostgres('zeugnisdesk migrate', () => {
  it('applies the migrations to DATABASE_URL', async () => {
    const url = postgresUrlForSchema(await createPostgresTestSchema());
    expect(await migrate({ DATABASE_URL: url }, tempDir())).toEqual({
      exitCode: 0,
      stdout: appliedReport,
      stderr: '',
    });
    expect((await migrate({ DATABASE_URL: url }, tempDir())).stdout).toBe('The database is up to date.\n');
  });
});
