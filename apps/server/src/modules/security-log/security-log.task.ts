// The retention job of the security log (L3): daily at 03:15 German time (croner), and once at start so
// that an installation that is switched off at night still deletes old entries. Every instance runs it;
// the delete is idempotent, so two runs at once are harmless. A failed run is logged and retried by the
// next one; it never takes the server down.
import { Cron } from 'croner';
import type { Db } from '../../app/database/database.types.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { securityLogRetentionSchedule } from './security-log.config.js';
import { createSecurityLogRepository } from './security-log.repository.js';
import { purgeOldSecurityEvents } from './security-log.usecases.js';

/** The part of a pino logger (e.g. `app.log.child({ module: 'security-log' })`) the job writes to. */
export interface SecurityLogTaskLogger {
  info: (details: object, message: string) => void;
  error: (details: object, message: string) => void;
}

export interface SecurityLogRetentionOptions {
  db: Db;
  now?: () => Date;
  logger: SecurityLogTaskLogger;
  /** Also run once right away (default true). */
  runAtStart?: boolean;
}

export interface SecurityLogRetention {
  /** One run now; resolves to the number deleted, or null if the run failed (and was logged). */
  runOnce: () => Promise<number | null>;
  /** When the schedule runs next after `from` (default: now). */
  nextRun: (from?: Date) => Date | null;
  /** Stops the schedule and waits for a run in progress. */
  stop: () => Promise<void>;
}

export function startSecurityLogRetention({
  db,
  now = () => new Date(),
  logger,
  runAtStart = true,
}: SecurityLogRetentionOptions): SecurityLogRetention {
  const inTransaction = createTransactionRunner(db, (trx) => ({
    securityLog: createSecurityLogRepository({ db: trx }),
  }));
  const running = new Set<Promise<unknown>>();

  const runOnce = async (): Promise<number | null> => {
    try {
      const { deleted, cutoff } = await purgeOldSecurityEvents({ inTransaction, now });
      logger.info({ deleted, cutoff }, 'security log: entries older than the retention period deleted');
      return deleted;
    } catch (error) {
      logger.error({ err: error }, 'security log: retention run failed; the next run retries');
      return null;
    }
  };
  const track = (): Promise<number | null> => {
    const run = runOnce();
    running.add(run);
    void run.finally(() => running.delete(run));
    return run;
  };

  const job = new Cron(
    securityLogRetentionSchedule.pattern,
    {
      timezone: securityLogRetentionSchedule.timezone,
      // No second run on this instance while one is still going.
      protect: true,
      // The schedule alone does not keep the process alive.
      unref: true,
    },
    async () => {
      await track();
    },
  );
  if (runAtStart) void track();

  return {
    runOnce: track,
    nextRun: (from) => job.nextRun(from ?? now()),
    stop: async () => {
      job.stop();
      await Promise.all(running);
    },
  };
}
