import { expect, it } from 'vitest';
import { createId } from '../ids.js';
import { describeEachDatabase } from './database.test-utils.js';
import type { Db } from './database.types.js';
import { createTransactionRunner } from './transaction.js';

function organizations(db: Db) {
  return {
    insert: (name: string) =>
      db
        .insertInto('organizations')
        .values({ id: createId('org'), name, created_at: '2026-06-30T08:00:00.000Z' })
        .execute(),
    names: async () =>
      (await db.selectFrom('organizations').select('name').orderBy('name').execute()).map((row) => row.name),
  };
}

describeEachDatabase('createTransactionRunner', ({ openDatabase }) => {
  it('commits the work of every repository together when it resolves', async () => {
    const { db } = await openDatabase();
    const inTransaction = createTransactionRunner(db, (trx) => ({ organizations: organizations(trx) }));
    const result = await inTransaction(async (repositories) => {
      await repositories.organizations.insert('A');
      await repositories.organizations.insert('B');
      return 'done';
    });
    expect(result).toBe('done');
    expect(await organizations(db).names()).toEqual(['A', 'B']);
  });

  it('rolls everything back when the work throws, so nothing is acknowledged that was not committed', async () => {
    const { db } = await openDatabase();
    const inTransaction = createTransactionRunner(db, (trx) => ({ organizations: organizations(trx) }));
    await expect(
      inTransaction(async (repositories) => {
        await repositories.organizations.insert('A');
        throw new Error('a rule failed after the first write');
      }),
    ).rejects.toThrow('a rule failed');
    expect(await organizations(db).names()).toEqual([]);
  });
});
