// Applying the registry with Kysely's Migrator (which locks, so concurrent starts of several instances
// on one PostgreSQL database are safe). Migrations are forward-only: restore a backup to go back.
import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { DatabaseError } from '../app/database/database.errors.js';
import { migrations as registeredMigrations, type NamedMigration } from './migrations.registry.js';

// Migrations work on the database as it was at their time, not on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

function createMigrator(db: AnyDb, list: readonly NamedMigration[]): Migrator {
  const provider: MigrationProvider = {
    getMigrations: async () => Object.fromEntries(list.map(({ name, migration }) => [name, migration])),
  };
  return new Migrator({ db, provider });
}

export async function migrateToLatest(
  db: AnyDb,
  list: readonly NamedMigration[] = registeredMigrations,
): Promise<{ applied: string[] }> {
  const { error, results = [] } = await createMigrator(db, list).migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const message = error instanceof Error ? error.message : String(error);
    throw new DatabaseError(
      'database.migration_failed',
      failed ? `migration ${failed} failed: ${message}` : `migrations cannot run: ${message}`,
    );
  }
  return { applied: results.map((result) => result.migrationName) };
}

export async function getMigrationStatus(
  db: AnyDb,
  list: readonly NamedMigration[] = registeredMigrations,
): Promise<{ applied: string[]; pending: string[] }> {
  const infos = await createMigrator(db, list).getMigrations();
  return {
    applied: infos.filter((info) => info.executedAt).map((info) => info.name),
    pending: infos.filter((info) => !info.executedAt).map((info) => info.name),
  };
}
