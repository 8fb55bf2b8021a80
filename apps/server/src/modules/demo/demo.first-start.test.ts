// The first start as the operator sees it: `zeugnisdesk serve` in-process on a fresh data directory.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createDatabase } from '../../app/database/database.js';
import { memoryIo } from '../../cli/cli.test-utils.js';
import { runServeCommand } from '../../cli/serve.command.js';
import { verifyPassword } from '../users/users.services.js';

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zd-first-start-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts `serve`, waits until it listens, calls `during` with its address, stops it; returns stdout. */
async function serveOnce(
  cwd: string,
  env: Record<string, string> = {},
  during: (url: string) => Promise<void> = async () => undefined,
): Promise<string> {
  let stop: (signal: string) => void = () => undefined;
  const signal = new Promise<string>((resolve) => (stop = resolve));
  const { io, stdout } = memoryIo();
  const exitCode = runServeCommand([], io, {
    // trace: the most log lines there can be, so that a leaked password would show.
    env: { PORT: '0', LOG_LEVEL: 'trace', ...env },
    cwd,
    waitForStopSignal: () => signal,
  });
  exitCode.catch(() => undefined);
  const url = await vi.waitFor(
    async () => {
      const match = /running at (http:\/\/\S+)/.exec(stdout());
      if (!match?.[1]) {
        await Promise.race([exitCode, new Promise((resolve) => setTimeout(resolve, 20))]);
        throw new Error('not running yet');
      }
      return match[1];
    },
    { timeout: 15_000, interval: 20 },
  );
  await during(url);
  stop('SIGTERM');
  expect(await exitCode).toBe(0);
  return stdout();
}

async function openData(cwd: string) {
  const keyHex = readFileSync(join(cwd, 'data', 'database.key'), 'utf8').trim();
  const database = await createDatabase({
    kind: 'sqlite',
    path: join(cwd, 'data', 'zeugnisdesk.db'),
    keyHex,
  });
  onTestFinished(() => database.close());
  return database.db;
}

const credentials = /e-mail: {3}(\S+)\n {2}password: (\S+)\n/;

describe('the first start of zeugnisdesk serve', () => {
  it('seeds the demo organisation and prints the administrator password once, never into the log', async () => {
    const cwd = tempDir();
    let listed: unknown;
    const stdout = await serveOnce(cwd, {}, async (url) => {
      listed = await (await fetch(`${url}/api/v1/employees?limit=100`)).json();
    });
    const [, email, password = ''] = credentials.exec(stdout) ?? [];
    expect(email).toBe('admin@musterfirma.example');
    expect(password).toMatch(/^\S{20,}$/);
    expect(stdout.split(password)).toHaveLength(2);
    // Threat: a password in a log line ends up in log shippers and backups.
    const logLines = stdout.split('\n').filter((line) => line.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) expect(line).not.toContain(password);
    expect((listed as { items: unknown[] }).items).toHaveLength(20);

    const db = await openData(cwd);
    const user = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(user.password_hash).not.toContain(password);
    expect(await verifyPassword(user.password_hash ?? '', password)).toBe(true);
  });

  it('prints nothing and changes nothing on the second start', async () => {
    const cwd = tempDir();
    await serveOnce(cwd);
    const readAll = async () => {
      const db = await openData(cwd);
      return {
        employees: await db.selectFrom('employees').selectAll().orderBy('id').execute(),
        users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
        companies: await db.selectFrom('companies').selectAll().orderBy('id').execute(),
      };
    };
    const before = await readAll();

    const stdout = await serveOnce(cwd);
    expect(stdout).not.toMatch(/password|administrator/i);
    expect(await readAll()).toEqual(before);
  });

  it('seeds no demo data with SEED_DEMO=false, but the API works', async () => {
    const cwd = tempDir();
    let listed: unknown;
    const stdout = await serveOnce(cwd, { SEED_DEMO: 'false' }, async (url) => {
      listed = await (await fetch(`${url}/api/v1/employees`)).json();
    });
    expect(stdout).not.toMatch(/password/i);
    expect(listed).toEqual({ items: [], nextCursor: null });
    const db = await openData(cwd);
    expect(await db.selectFrom('users').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('companies').selectAll().execute()).toEqual([]);
  });
});
