// Databases for tests: in-memory SQLite (migrated per test) and, when TEST_DATABASE_URL is set, a fresh
// PostgreSQL schema per test, dropped afterwards, so that test files can run in parallel.
// Call the openers inside a test: the database is closed when the test finishes.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it, onTestFinished } from 'vitest';
import { migrateToLatest } from '../../migrations/migrator.js';
import { createDatabase, type AppDatabase } from './database.js';
import type { DialectName } from './database.types.js';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL;

export interface OpenOptions {
  /** Apply every migration first (default true). */
  migrated?: boolean;
}

async function prepare(database: AppDatabase, { migrated = true }: OpenOptions): Promise<AppDatabase> {
  onTestFinished(() => database.close());
  if (migrated) await migrateToLatest(database.db);
  return database;
}

/** An in-memory SQLite database with every migration applied. */
export async function createTestDatabase(options: OpenOptions = {}): Promise<AppDatabase> {
  return prepare(await createDatabase({ kind: 'sqlite-memory' }), options);
}

async function runAdminQuery(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

/** Creates an empty schema in the TEST_DATABASE_URL database, dropped when the test finishes. */
export async function createPostgresTestSchema(): Promise<string> {
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `test_${randomBytes(8).toString('hex')}`;
  await runAdminQuery(`create schema ${schema}`);
  onTestFinished(() => runAdminQuery(`drop schema ${schema} cascade`));
  return schema;
}

/** TEST_DATABASE_URL with the schema as its search path, as a DATABASE_URL for the real start path. */
export function postgresUrlForSchema(schema: string): string {
  const url = new URL(testDatabaseUrl ?? '');
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A PostgreSQL database of its own (a fresh schema), migrated unless asked otherwise. */
export async function createPostgresTestDatabase(options: OpenOptions = {}): Promise<AppDatabase> {
  const schema = await createPostgresTestSchema();
  // Registered after the schema's drop, so it runs before it (hooks run in reverse order).
  return prepare(
    await createDatabase({ kind: 'postgres', url: testDatabaseUrl ?? '', searchPath: schema }),
    options,
  );
}

export interface TestDialect {
  dialect: DialectName;
  openDatabase: (options?: OpenOptions) => Promise<AppDatabase>;
}

/**
 * Tests that need PostgreSQL. Without TEST_DATABASE_URL they are skipped visibly on a developer machine
 * and fail in CI (CI=true), so that they cannot silently vanish.
 */
export function describeWithPostgres(name: string, body: () => void): void {
  if (testDatabaseUrl) {
    describe(`${name} (PostgreSQL)`, body);
  } else if (process.env.CI === 'true') {
    describe(`${name} (PostgreSQL)`, () => {
      it('has a PostgreSQL database to run on', () => {
        throw new Error('TEST_DATABASE_URL is not set: CI must run the PostgreSQL tests (see .ci/run)');
      });
    });
  } else {
    describe.skip(
      `${name} (PostgreSQL: skipped, TEST_DATABASE_URL is not set; see scripts/test-postgres.sh)`,
      body,
    );
  }
}

/** Runs the same tests on SQLite and on PostgreSQL. */
export function describeEachDatabase(name: string, body: (dialect: TestDialect) => void): void {
  describe(`${name} (SQLite)`, () => body({ dialect: 'sqlite', openDatabase: createTestDatabase }));
  describeWithPostgres(name, () => body({ dialect: 'postgres', openDatabase: createPostgresTestDatabase }));
}
