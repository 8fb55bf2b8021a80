// Runs work in one database transaction with repositories bound to it: committed when the work
// resolves, rolled back when it throws. Use cases get this runner instead of the database, so that
// nothing is acknowledged before the commit and only repositories touch Kysely.
import type { Db } from './database.types.js';

export type TransactionRunner<R> = <T>(work: (repositories: R) => Promise<T>) => Promise<T>;

export function createTransactionRunner<R>(db: Db, createRepositories: (db: Db) => R): TransactionRunner<R> {
  return (work) => db.transaction().execute((trx) => work(createRepositories(trx)));
}
