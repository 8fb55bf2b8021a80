// Runs work in one database transaction with repositories bound to it: committed when the work
// resolves, rolled back when it throws. Use cases get this runner instead of the database, so that
// nothing is acknowledged before the commit and only repositories touch Kysely.
import type { Db } from './database.types.js';

export type TransactionRunner<R> = <T>(work: (repositories: R) => Promise<T>) => Promise<T>;

export function createTransactionRunner<R>(db: Db, createRepositories: (db: Db) => R): TransactionRunner<R> {
  return (work) => db.transaction().execute((trx) => work(createRepositories(trx)));
}

/**
 * Runs a read without a transaction: for work that is one statement (or whose statements need not see
 * one snapshot), where BEGIN/COMMIT would only cost time. On SQLite the one connection still serialises
 * it with every transaction, so it never sees half of one.
 */
export function createReadRunner<R>(db: Db, createRepositories: (db: Db) => R): TransactionRunner<R> {
  const repositories = createRepositories(db);
  return (work) => work(repositories);
}
