// The embedded database: one SQLite file encrypted with SQLCipher (AES-256), opened with a raw 256-bit
// key (no key derivation needed for a random key), in WAL mode with full sync on commit.
import { closeSync, openSync } from 'node:fs';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { SqliteDialect } from 'kysely';
import { databaseKeyPattern } from '../config/config.schema.js';
import { DatabaseError } from './database.errors.js';

export type SqliteConnection = Sqlite.Database;

export const busyTimeoutMs = 5000;

function applyConnectionPragmas(connection: SqliteConnection): void {
  connection.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before it is acknowledged, also across a power cut (NORMAL is not).
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma(`busy_timeout = ${busyTimeoutMs}`);
}

export function openEncryptedSqlite({ path, keyHex }: { path: string; keyHex: string }): SqliteConnection {
  // The key goes into a PRAGMA string, so it must be exactly what we expect.
  if (!databaseKeyPattern.test(keyHex)) throw new Error('the database key must be 64 hex characters');
  // Create the file ourselves so that it (and SQLite's -wal and -shm files, which copy its mode) is 0600.
  // eslint-disable-next-line security/detect-non-literal-fs-filename
  closeSync(openSync(path, 'a', 0o600));
  const connection = new Sqlite(path);
  try {
    connection.pragma(`cipher = 'sqlcipher'`);
    connection.pragma('legacy = 4');
    connection.pragma(`key = "x'${keyHex}'"`);
    // The key is only checked when the first page is read.
    connection.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    connection.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new DatabaseError(
        'database.key_invalid',
        `the database ${path} cannot be opened with the configured key ` +
          '(wrong key, or not an encrypted Zeugnisdesk database)',
      );
    }
    throw error;
  }
  applyConnectionPragmas(connection);
  return connection;
}

/** An unencrypted in-memory database, for tests. */
export function openMemorySqlite(): SqliteConnection {
  const connection = new Sqlite(':memory:');
  applyConnectionPragmas(connection);
  return connection;
}

export function createSqliteDialect(connection: SqliteConnection): SqliteDialect {
  return new SqliteDialect({ database: connection });
}
