// Composition root: configuration → database (opened and migrated) → HTTP server, listening.
import type { FastifyInstance } from 'fastify';
import type { Config } from './app/config/config.js';
import type { DatabaseKey } from './app/config/database-key.js';
import { openConfiguredDatabase, type AppDatabase } from './app/database/database.js';
import { createLoggerOptions, type LogDestination } from './app/logging.js';
import { buildServer } from './app/server.js';
import { defaultWebAppDirectory } from './app/web/web-app.js';
import { StartupError } from './app/startup-error.js';
import { migrateToLatest } from './migrations/migrator.js';
import {
  createFirstStartTransactionRunner,
  runFirstStart,
  type FirstStartOutcome,
} from './modules/demo/demo.usecases.js';
import { registerOutboxDevRoutes } from './modules/delivery/outbox.routes.js';
import { Cron } from 'croner';
import { createIdentityTransactionRunner } from './modules/auth/auth.dependencies.js';
import { purgeExpiredSignInState } from './modules/auth/housekeeping.usecases.js';
import { registerOutboxTask } from './modules/delivery/outbox.task.js';
import {
  createHandoverTransactionRunner,
  recordExpiredHandovers,
} from './modules/handovers/handovers.usecases.js';
import { startSecurityLogRetention } from './modules/security-log/security-log.task.js';
import { hashPassword } from './modules/users/users.services.js';

export { loadConfig, type Config } from './app/config/config.js';
export { StartupError } from './app/startup-error.js';

export interface RunningApplication {
  /** Where the server listens, e.g. http://127.0.0.1:3000 (the real port when PORT=0). */
  url: string;
  server: FastifyInstance;
  database: AppDatabase;
  /** Set on the first start of the embedded database: the generated key file to back up. */
  key?: DatabaseKey;
  /** What the first start created; the administrator's password is to be shown once and forgotten. */
  firstStart: FirstStartOutcome;
  /** Stops accepting connections, lets requests in flight finish, then closes the database. */
  close: () => Promise<void>;
}

export async function startApplication({
  config,
  logDestination,
}: {
  config: Config;
  logDestination?: LogDestination;
}): Promise<RunningApplication> {
  const logger = createLoggerOptions({
    level: config.logLevel,
    ...(logDestination ? { destination: logDestination } : {}),
  });
  let server: FastifyInstance | undefined;
  let firstStart: FirstStartOutcome;
  const { database, key } = await openConfiguredDatabase(config.database, {
    dataDir: config.dataDir,
    onIdleError: (error) => server?.log.warn({ err: error }, 'idle database connection failed'),
  });
  try {
    await migrateToLatest(database.db);
    // Creates the development organisation (and the demo data) on an empty database only.
    firstStart = await runFirstStart({
      seedDemo: config.seedDemo,
      inTransaction: createFirstStartTransactionRunner(database.db, () => new Date()),
      now: () => new Date(),
      hashPassword,
    });
    server = await buildServer({
      db: database.db,
      isHttps: config.isHttps,
      logger,
      publicUrl: config.publicUrl,
      trustedProxies: config.trustedProxies,
      webAppDirectory: defaultWebAppDirectory,
    });
    server.addHook('onClose', () => database.close());
    // Delivery (modules/delivery): the outbox worker, stopped on close before the database, and /dev/outbox.
    registerOutboxTask(server, { db: database.db, delivery: config.delivery });
    registerOutboxDevRoutes(server, { db: database.db, isEnabled: config.nodeEnv !== 'production' });
    registerHousekeeping(server, database.db);
    await listen(server, config);
  } catch (error) {
    await (server ? server.close() : database.close());
    throw error;
  }
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('the server is not listening on TCP');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const running = server;
  return {
    // The server itself speaks plain HTTP; TLS is terminated in front of it.
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url
    url: `http://${host}:${address.port}`,
    server: running,
    database,
    ...(key ? { key } : {}),
    firstStart,
    close: () => running.close(),
  };
}

/**
 * Daily jobs, stopped on close before the database: the security log's 60-day retention (L3), and
 * hourly removal of expired sessions, links and pending sign-ins.
 */
function registerHousekeeping(server: FastifyInstance, db: AppDatabase['db']): void {
  const logger = server.log.child({ module: 'housekeeping' });
  const retention = startSecurityLogRetention({ db, logger });
  const inTransaction = createIdentityTransactionRunner(db, () => new Date());
  const handoverTransactions = createHandoverTransactionRunner(db, () => new Date());
  const signInState = new Cron('7 * * * *', { protect: true, unref: true }, async () => {
    try {
      await purgeExpiredSignInState({ inTransaction, now: () => new Date() });
    } catch (error) {
      logger.error({ err: error }, 'sign-in housekeeping failed; the next run retries');
    }
    // Handovers (issue #8): expired recipient sessions go, and each expired handover gets its 'expired' event.
    try {
      await recordExpiredHandovers({ inTransaction: handoverTransactions, now: () => new Date() });
    } catch (error) {
      logger.error({ err: error }, 'handover housekeeping failed; the next run retries');
    }
  });
  server.addHook('onClose', async () => {
    signInState.stop();
    await retention.stop();
  });
}

async function listen(server: FastifyInstance, { host, port }: Config): Promise<void> {
  try {
    await server.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new StartupError('server.address_in_use', `PORT ${port} on ${host} is already in use`);
    if (code === 'EACCES')
      throw new StartupError('server.address_denied', `PORT ${port} on ${host} needs more privileges`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new StartupError('server.address_invalid', `HOST ${host} is not an address of this machine`);
    }
    throw error;
  }
}
