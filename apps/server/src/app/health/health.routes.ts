// GET /health/live (the process answers) and GET /health/ready (it can serve requests), CONTRACTS §4.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../database/database.types.js';
import { sendError } from '../http-errors.js';
import { getReadiness } from './health.usecases.js';

export function registerHealthRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  // Probes run every few seconds; their request lines would drown the log.
  const quiet = { logLevel: 'warn' } as const;

  app.get('/health/live', quiet, async () => ({ status: 'live' }));

  app.get('/health/ready', quiet, async (_request, reply) => {
    const readiness = await getReadiness({ db });
    if (readiness.isReady) return { status: 'ready', migrations: readiness.migrations };
    return sendError(
      reply,
      'health.not_ready',
      readiness.reason === 'database_unreachable'
        ? 'The database does not answer.'
        : `${readiness.pending?.length} migration(s) pending: run \`zeugnisdesk migrate\`.`,
    );
  });
}
