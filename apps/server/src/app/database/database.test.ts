import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createId } from '../ids.js';
import { createDatabase, openConfiguredDatabase, pingDatabase } from './database.js';
import { describeEachDatabase } from './database.test-utils.js';

describeEachDatabase('createDatabase', ({ dialect, openDatabase }) => {
  it('answers a ping and reports its dialect', async () => {
    const database = await openDatabase();
    await pingDatabase(database.db);
    expect(database.dialect).toBe(dialect);
  });

  it('returns the same values for the same rows on both databases', async () => {
    const { db } = await openDatabase();
    const row = {
      id: createId('org'),
      name: 'Bäckerei Müller & Söhne „Süd“',
      plan_max_users: 3,
      contract_status: 'read_only' as const,
      created_at: '2026-06-30T08:00:00.000Z',
    };
    await db.insertInto('organizations').values(row).execute();
    expect(
      await db
        .selectFrom('organizations')
        .select(['id', 'name', 'plan_max_users', 'contract_status', 'created_at'])
        .where('id', '=', row.id)
        .executeTakeFirst(),
    ).toEqual(row);
  });

  it('rolls a failed transaction back', async () => {
    const { db } = await openDatabase();
    const id = createId('org');
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('organizations')
          .values({ id, name: 'X', created_at: '2026-01-01T00:00:00.000Z' })
          .execute();
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.selectFrom('organizations').select('id').execute()).toEqual([]);
  });
});

describe('createDatabase for PostgreSQL', () => {
  it('fails with database.unreachable, naming host and database but not the password', async () => {
    const attempt = createDatabase({
      kind: 'postgres',
      url: 'postgres://app:pw-4711@127.0.0.1:1/zeugnisdesk',
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'database.unreachable',
      message: 'cannot connect to PostgreSQL at 127.0.0.1:1/zeugnisdesk (ECONNREFUSED)',
    });
  });
});

describe('openConfiguredDatabase for the embedded database', () => {
  it('creates DATA_DIR with mode 0700 and the key on the first start, and reuses both later', async () => {
    const root = mkdtempSync(join(tmpdir(), 'zd-open-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const dataDir = join(root, 'data');
    const config = {
      kind: 'sqlite' as const,
      path: join(dataDir, 'zeugnisdesk.db'),
      key: { source: 'data-dir' as const, path: join(dataDir, 'database.key') },
    };
    const first = await openConfiguredDatabase(config, { dataDir });
    expect(first.key?.generatedPath).toBe(join(dataDir, 'database.key'));
    await first.database.close();
    const { statSync } = await import('node:fs');
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);

    const second = await openConfiguredDatabase(config, { dataDir });
    expect(second.key?.generatedPath).toBeUndefined();
    expect(second.key?.hex).toBe(first.key?.hex);
    await pingDatabase(second.database.db);
    await second.database.close();
  });
});
