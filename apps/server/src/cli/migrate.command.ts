// `zeugnisdesk migrate`: apply pending migrations to the configured database and stop. `serve` does the
// same on every start; this is for operators who migrate before rolling out several instances.
import { parseArgs } from 'node:util';
import { loadConfig } from '../app/config/config.js';
import { openConfiguredDatabase } from '../app/database/database.js';
import { StartupError } from '../app/startup-error.js';
import { migrateToLatest } from '../migrations/migrator.js';
import { CliUsageError, exitCodes, type CliIo } from './cli.types.js';

export const migrateUsage = 'zeugnisdesk migrate';

export interface MigrateDependencies {
  env: Record<string, string | undefined>;
  cwd: string;
}

export async function runMigrateCommand(
  args: string[],
  io: CliIo,
  deps: MigrateDependencies = { env: process.env, cwd: process.cwd() },
): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length > 0) throw new CliUsageError(`usage: ${migrateUsage}`);
  try {
    const config = loadConfig(deps);
    const { database, key } = await openConfiguredDatabase(config.database, { dataDir: config.dataDir });
    try {
      for (const warning of key?.warnings ?? []) io.stderr(`Warning: ${warning}\n`);
      if (key?.generatedPath) {
        io.stdout(`Generated the database key ${key.generatedPath}. Back it up, apart from the database.\n`);
      }
      const { applied } = await migrateToLatest(database.db);
      io.stdout(
        applied.length === 0
          ? 'The database is up to date.\n'
          : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}\n`).join('')}`,
      );
    } finally {
      await database.close();
    }
  } catch (error) {
    if (error instanceof StartupError) throw new CliUsageError(error.message);
    throw error;
  }
  return exitCodes.ok;
}
