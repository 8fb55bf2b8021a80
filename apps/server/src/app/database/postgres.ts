// PostgreSQL for several application instances: a `pg` pool behind Kysely's PostgresDialect.
import pg from 'pg';
import { PostgresDialect } from 'kysely';

export interface PostgresOptions {
  url: string;
  /** Tests give each database its own schema; production uses the default search path. */
  searchPath?: string;
  /** Errors of idle pooled connections (e.g. the server restarted); without a listener they crash the process. */
  onIdleError?: (error: Error) => void;
  maxConnections?: number;
}

export function createPostgresPool({
  url,
  searchPath,
  onIdleError,
  maxConnections = 10,
}: PostgresOptions): pg.Pool {
  if (searchPath !== undefined && !/^[a-z_][a-z0-9_]*$/.test(searchPath))
    throw new Error('invalid schema name');
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  pool.on('error', (error) => onIdleError?.(error));
  return pool;
}

export function createPostgresDialect(pool: pg.Pool): PostgresDialect {
  return new PostgresDialect({ pool });
}

/** The URL without its password, for messages. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
