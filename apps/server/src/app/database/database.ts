// createDatabase: one Kysely instance for either database. Everything that differs between SQLite and
// PostgreSQL stays in this folder; migrations and repositories see only `Db`.
import { mkdirSync } from 'node:fs';
import { Kysely, sql } from 'kysely';
import type { DatabaseConfig } from '../config/config.js';
import { resolveDatabaseKey, type DatabaseKey } from '../config/database-key.js';
import { DatabaseError } from './database.errors.js';
import type { DatabaseSchema, Db, DialectName } from './database.types.js';
import { createPostgresDialect, createPostgresPool, describePostgresUrl } from './postgres.js';
import { createSqliteDialect, openEncryptedSqlite, openMemorySqlite } from './sqlite.js';

export interface AppDatabase {
  db: Db;
  dialect: DialectName;
  /** Closes the connection or pool; pending queries finish first. */
  close: () => Promise<void>;
}

export type DatabaseConnection =
  | { kind: 'sqlite'; path: string; keyHex: string }
  | { kind: 'sqlite-memory' }
  | { kind: 'postgres'; url: string; searchPath?: string; onIdleError?: (error: Error) => void };

export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

function wrap(db: Db, dialect: DialectName): AppDatabase {
  return { db, dialect, close: () => db.destroy() };
}

export async function createDatabase(connection: DatabaseConnection): Promise<AppDatabase> {
  if (connection.kind === 'sqlite') {
    const dialect = createSqliteDialect(openEncryptedSqlite(connection));
    return wrap(new Kysely<DatabaseSchema>({ dialect }), 'sqlite');
  }
  if (connection.kind === 'sqlite-memory') {
    return wrap(new Kysely<DatabaseSchema>({ dialect: createSqliteDialect(openMemorySqlite()) }), 'sqlite');
  }
  const pool = createPostgresPool(connection);
  const db = new Kysely<DatabaseSchema>({ dialect: createPostgresDialect(pool) });
  try {
    await pingDatabase(db);
  } catch (error) {
    await db.destroy();
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseError(
      'database.unreachable',
      `cannot connect to PostgreSQL at ${describePostgresUrl(connection.url)} (${reason})`,
    );
  }
  return wrap(db, 'postgres');
}

/**
 * Opens the configured database. For the embedded one this creates DATA_DIR (mode 0700) and, on the
 * first start, the key file; `key.generatedPath` tells the caller to ask the operator for a backup.
 */
export async function openConfiguredDatabase(
  config: DatabaseConfig,
  { dataDir, onIdleError }: { dataDir: string; onIdleError?: (error: Error) => void },
): Promise<{ database: AppDatabase; key?: DatabaseKey }> {
  if (config.kind === 'postgres') {
    return {
      database: await createDatabase({
        kind: 'postgres',
        url: config.url,
        ...(onIdleError ? { onIdleError } : {}),
      }),
    };
  }
  // The data directory is the operator's choice.
  // eslint-disable-next-line security/detect-non-literal-fs-filename
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = resolveDatabaseKey(config.key, config.path);
  const database = await createDatabase({ kind: 'sqlite', path: config.path, keyHex: key.hex });
  return { database, key };
}
