// Readiness: the database answers and every migration this version knows is applied.
import { pingDatabase } from '../database/database.js';
import type { Db } from '../database/database.types.js';
import { getMigrationStatus } from '../../migrations/migrator.js';
import type { NamedMigration } from '../../migrations/migrations.registry.js';

export type Readiness =
  | { isReady: true; migrations: number }
  | { isReady: false; reason: 'database_unreachable' | 'migrations_pending'; pending?: string[] };

export const readinessTimeoutMs = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function getReadiness({
  db,
  migrations,
  timeoutMs = readinessTimeoutMs,
}: {
  db: Db;
  migrations?: readonly NamedMigration[];
  timeoutMs?: number;
}): Promise<Readiness> {
  try {
    const status = await withTimeout(
      pingDatabase(db).then(() => getMigrationStatus(db, migrations)),
      timeoutMs,
    );
    if (status.pending.length > 0)
      return { isReady: false, reason: 'migrations_pending', pending: status.pending };
    return { isReady: true, migrations: status.applied.length };
  } catch {
    return { isReady: false, reason: 'database_unreachable' };
  }
}
