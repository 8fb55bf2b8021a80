// The outbox worker: every few seconds one delivery pass. Each application instance runs one; the claim's
// lease keeps two instances from sending the same message, and a crashed instance's lease runs out.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { DeliveryConfig } from '../../app/config/config.js';
import type { Db } from '../../app/database/database.types.js';
import type { DeliveryDrivers, DeliveryLogger } from './delivery.types.js';
import { createMailDriver } from './mail.services.js';
import { createSmsDriver } from './sms.services.js';
import { deliverDueMessages, type DeliveryPassResult } from './outbox.usecases.js';

export interface OutboxWorkerOptions {
  db: Db;
  drivers: DeliveryDrivers;
  now?: () => Date;
  /** Names this instance in `locked_by`; random by default. */
  instanceId?: string;
  intervalMs?: number;
  /** How long a claimed message belongs to this worker: far longer than one send may take. */
  leaseMs?: number;
  batchSize?: number;
  log?: DeliveryLogger;
}

export interface OutboxWorker {
  /** One pass now (tests call this directly; `start` calls it on an interval). */
  runOnce: () => Promise<DeliveryPassResult>;
  start: () => void;
  /** Stops the interval and waits for a pass in progress, then closes the drivers. */
  stop: () => Promise<void>;
}

export function createOutboxWorker({
  db,
  drivers,
  now = () => new Date(),
  instanceId = randomUUID(),
  intervalMs = 5000,
  leaseMs = 10 * 60_000,
  batchSize = 20,
  log,
}: OutboxWorkerOptions): OutboxWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let isStopped = false;

  const runOnce = () =>
    deliverDueMessages({
      db,
      drivers,
      now,
      workerId: instanceId,
      leaseMs,
      batchSize,
      ...(log ? { log } : {}),
    });

  const schedule = () => {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .catch((error: unknown) => log?.error({ err: error }, 'outbox pass failed'))
        .finally(schedule);
    }, intervalMs);
  };

  return {
    runOnce,
    start: () => {
      if (timer || isStopped) return;
      schedule();
    },
    stop: async () => {
      isStopped = true;
      clearTimeout(timer);
      await running;
      await Promise.all([drivers.email.close?.(), drivers.sms.close?.()]);
    },
  };
}

/**
 * Runs the worker inside the server's lifetime: started now, stopped on close. Register it after the hook
 * that closes the database: Fastify runs onClose hooks in reverse order, so the worker stops first.
 */
export function registerOutboxTask(
  app: FastifyInstance,
  { db, delivery, intervalMs }: { db: Db; delivery: DeliveryConfig; intervalMs?: number },
): OutboxWorker {
  const worker = createOutboxWorker({
    db,
    ...(intervalMs ? { intervalMs } : {}),
    drivers: { email: createMailDriver(delivery.mail), sms: createSmsDriver(delivery.sms) },
    log: app.log.child({ module: 'outbox' }),
  });
  app.addHook('onClose', () => worker.stop());
  worker.start();
  return worker;
}
