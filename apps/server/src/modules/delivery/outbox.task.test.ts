import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createDatabase } from '../../app/database/database.js';
import {
  createPostgresTestSchema,
  createTestDatabase,
  describeEachDatabase,
  testDatabaseUrl,
} from '../../app/database/database.test-utils.js';
import type { Db, DialectName } from '../../app/database/database.types.js';
import { migrateToLatest } from '../../migrations/migrator.js';
import { DeliveryError } from './delivery.errors.js';
import { driversWith, readOutboxRows, testNow } from './delivery.test-utils.js';
import type { MailDriver, MailMessage } from './delivery.types.js';
import { maxAttempts, retryDelaysMs } from './outbox.models.js';
import { createOutboxRepository } from './outbox.repository.js';
import { createOutboxWorker } from './outbox.task.js';
import { enqueueMessage, InvalidOutboundMessageError } from './outbox.usecases.js';

const minutes = (count: number) => count * 60_000;
const at = (offsetMs: number) => new Date(testNow.getTime() + offsetMs);

function recordingDriver(sent: MailMessage[], { delayMs = 0 } = {}): MailDriver {
  return {
    transport: 'smtp',
    send: async (message) => {
      sent.push(message);
      if (delayMs) await sleep(Math.random() * delayMs);
    },
  };
}

function failingDriver(
  error: () => Error = () => new Error('connect ECONNREFUSED 10.0.0.1:587'),
): MailDriver {
  return {
    transport: 'smtp',
    send: async () => {
      throw error();
    },
  };
}

function queueMail(db: Db, to = 'hr@example.de', now = testNow) {
  return enqueueMessage({
    db,
    now,
    message: { organizationId: null, channel: 'email', to, subject: 'Zeugnis', text: 'Anbei.' },
  });
}

/** Two application instances on one database: two connections (SQLite file) or two pools (PostgreSQL). */
async function openTwoInstances(dialect: DialectName): Promise<[Db, Db]> {
  if (dialect === 'postgres') {
    const schema = await createPostgresTestSchema();
    const connection = { kind: 'postgres', url: testDatabaseUrl ?? '', searchPath: schema } as const;
    const first = await createDatabase(connection);
    const second = await createDatabase(connection);
    onTestFinished(async () => {
      await first.close();
      await second.close();
    });
    await migrateToLatest(first.db);
    return [first.db, second.db];
  }
  const dir = mkdtempSync(join(tmpdir(), 'zd-outbox-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const connection = {
    kind: 'sqlite',
    path: join(dir, 'zeugnisdesk.db'),
    keyHex: randomBytes(32).toString('hex'),
  } as const;
  const first = await createDatabase(connection);
  const second = await createDatabase(connection);
  onTestFinished(async () => {
    await first.close();
    await second.close();
  });
  await migrateToLatest(first.db);
  return [first.db, second.db];
}

describeEachDatabase('the outbox worker', ({ dialect, openDatabase }) => {
  it('retries a failing message after 1 min, 5 min, 30 min, 2 h and 12 h, then fails it for good', async () => {
    const { db } = await openDatabase();
    let now = testNow;
    const worker = createOutboxWorker({
      db,
      drivers: driversWith({ email: failingDriver() }),
      now: () => now,
    });
    await queueMail(db);

    for (const [index, delay] of retryDelaysMs.entries()) {
      expect(await worker.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
      const [row] = await readOutboxRows(db);
      const nextAttemptAt = new Date(now.getTime() + delay);
      expect(row).toMatchObject({
        status: 'pending',
        attempts: index + 1,
        next_attempt_at: nextAttemptAt.toISOString(),
        last_error: 'connect ECONNREFUSED 10.0.0.1:587',
        locked_by: null,
      });
      now = new Date(nextAttemptAt.getTime() - 1);
      expect(await worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
      now = nextAttemptAt;
    }
    expect(await worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect((await readOutboxRows(db))[0]).toMatchObject({ status: 'failed', attempts: maxAttempts });
    now = at(minutes(60 * 24 * 365));
    expect(await worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('sends a message on a later attempt once the server is back, and clears the error', async () => {
    const { db } = await openDatabase();
    let now = testNow;
    let isDown = true;
    const sent: MailMessage[] = [];
    const driver: MailDriver = {
      transport: 'smtp',
      send: async (message) => {
        if (isDown) throw new Error('timeout');
        sent.push(message);
      },
    };
    const worker = createOutboxWorker({ db, drivers: driversWith({ email: driver }), now: () => now });
    await queueMail(db);
    expect((await worker.runOnce()).retried).toBe(1);
    isDown = false;
    now = at(minutes(1));
    expect((await worker.runOnce()).sent).toBe(1);
    expect(sent).toHaveLength(1);
    expect((await readOutboxRows(db))[0]).toMatchObject({
      status: 'sent',
      attempts: 2,
      last_error: null,
      sent_at: now.toISOString(),
    });
  });

  it('fails a message at once on a permanent error', async () => {
    const { db } = await openDatabase();
    const driver = failingDriver(() => new DeliveryError('SMTP: 550 no such user', true));
    const worker = createOutboxWorker({ db, drivers: driversWith({ email: driver }), now: () => testNow });
    await queueMail(db);
    expect(await worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect((await readOutboxRows(db))[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'SMTP: 550 no such user',
    });
  });

  it('does not send a message queued for later or already sent', async () => {
    const { db } = await openDatabase();
    const sent: MailMessage[] = [];
    const worker = createOutboxWorker({
      db,
      drivers: driversWith({ email: recordingDriver(sent) }),
      now: () => testNow,
    });
    await queueMail(db, 'later@example.de', at(1));
    expect((await worker.runOnce()).sent).toBe(0);
    await queueMail(db, 'now@example.de');
    expect((await worker.runOnce()).sent).toBe(1);
    expect((await worker.runOnce()).sent).toBe(0);
    expect(sent.map((message) => message.to)).toEqual(['now@example.de']);
  });

  it('takes over a message whose worker crashed while sending, once the lease has run out', async () => {
    const { db } = await openDatabase();
    await queueMail(db);
    // The crashed instance claimed the message and never reported back.
    const crashed = createOutboxRepository({ db });
    const [claimed] = await crashed.claimDueMessages({
      now: testNow.toISOString(),
      workerId: 'crashed-instance',
      lockedUntil: at(minutes(10)).toISOString(),
      limit: 10,
    });
    expect(claimed).toMatchObject({ status: 'sending', locked_by: 'crashed-instance', attempts: 1 });

    let now = at(minutes(10));
    const sent: MailMessage[] = [];
    const worker = createOutboxWorker({
      db,
      drivers: driversWith({ email: recordingDriver(sent) }),
      now: () => now,
      instanceId: 'new-instance',
    });
    expect((await worker.runOnce()).sent).toBe(0);
    now = at(minutes(10) + 1);
    expect((await worker.runOnce()).sent).toBe(1);
    expect(sent).toHaveLength(1);
    expect((await readOutboxRows(db))[0]).toMatchObject({ status: 'sent', attempts: 2, locked_by: null });
    // A late report of the crashed instance changes nothing.
    expect(
      await crashed.markSent({
        id: claimed?.id ?? '',
        workerId: 'crashed-instance',
        now: now.toISOString(),
        transport: 'smtp',
      }),
    ).toBe(false);
  });

  it('sends messages queued before a restart: a new instance picks them up', async () => {
    const [before, after] = await openTwoInstances(dialect);
    await queueMail(before, 'a@example.de');
    await queueMail(before, 'b@example.de');
    const first = createOutboxWorker({
      db: before,
      drivers: driversWith({ email: failingDriver() }),
      now: () => testNow,
    });
    await first.stop();
    const sent: MailMessage[] = [];
    const second = createOutboxWorker({
      db: after,
      drivers: driversWith({ email: recordingDriver(sent) }),
      now: () => testNow,
    });
    expect((await second.runOnce()).sent).toBe(2);
    expect(sent.map((message) => message.to).sort()).toEqual(['a@example.de', 'b@example.de']);
  });

  it('never lets two instances claim the same message, even at the same instant', async () => {
    const [first, second] = await openTwoInstances(dialect);
    for (let index = 0; index < 30; index += 1) await queueMail(first, `m${index}@example.de`);
    const claim = (db: Db, workerId: string) =>
      createOutboxRepository({ db }).claimDueMessages({
        now: testNow.toISOString(),
        workerId,
        lockedUntil: at(minutes(10)).toISOString(),
        limit: 4,
      });
    const claimedIds: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      const [a, b] = await Promise.all([claim(first, 'a'), claim(second, 'b')]);
      claimedIds.push(...a.map((row) => row.id), ...b.map((row) => row.id));
    }
    expect(claimedIds).toHaveLength(30);
    expect(new Set(claimedIds).size).toBe(30);
  });

  it('sends every message exactly once with two workers of two instances running concurrently', async () => {
    const [first, second] = await openTwoInstances(dialect);
    const count = 40;
    for (let index = 0; index < count; index += 1) await queueMail(first, `m${index}@example.de`);
    const sentBy = { a: [] as MailMessage[], b: [] as MailMessage[] };
    const workers = [
      createOutboxWorker({
        db: first,
        drivers: driversWith({ email: recordingDriver(sentBy.a, { delayMs: 3 }) }),
        now: () => testNow,
        instanceId: 'a',
        batchSize: 3,
      }),
      createOutboxWorker({
        db: second,
        drivers: driversWith({ email: recordingDriver(sentBy.b, { delayMs: 3 }) }),
        now: () => testNow,
        instanceId: 'b',
        batchSize: 3,
      }),
    ];
    const drain = async (worker: (typeof workers)[number]) => {
      for (let idle = 0; idle < 3;) idle = (await worker.runOnce()).sent === 0 ? idle + 1 : 0;
    };
    await Promise.all(workers.map(drain));

    const recipients = [...sentBy.a, ...sentBy.b].map((message) => message.to);
    expect(recipients).toHaveLength(count);
    expect(new Set(recipients).size).toBe(count);
    expect(sentBy.a.length).toBeGreaterThan(0);
    expect(sentBy.b.length).toBeGreaterThan(0);
    const rows = await readOutboxRows(first);
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });
});

describe('the outbox worker on an interval', () => {
  it('sends queued messages by itself, and stops after the pass in progress', async () => {
    const { db } = await createTestDatabase();
    const sent: MailMessage[] = [];
    let release: () => void = () => undefined;
    const driver: MailDriver = {
      transport: 'smtp',
      send: async (message) => {
        sent.push(message);
        if (message.to === 'slow@example.de') await new Promise<void>((resolve) => (release = resolve));
      },
    };
    const worker = createOutboxWorker({ db, drivers: driversWith({ email: driver }), intervalMs: 10 });
    worker.start();
    await queueMail(db, 'first@example.de', new Date());
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 2000, interval: 10 });

    await queueMail(db, 'slow@example.de', new Date());
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 2000, interval: 10 });
    let isStopped = false;
    const stopping = worker.stop().then(() => (isStopped = true));
    await sleep(30);
    expect(isStopped).toBe(false);
    release();
    await stopping;
    expect((await readOutboxRows(db)).map((row) => row.status)).toEqual(['sent', 'sent']);

    await queueMail(db, 'after-stop@example.de', new Date());
    await sleep(50);
    expect(sent).toHaveLength(2);
  });
});

describe('enqueueMessage', () => {
  it.each([
    [
      'a recipient with a line break (threat: SMTP header injection)',
      { to: 'a@example.de\r\nBcc: x@evil.test' },
    ],
    ['a subject with a line break (threat: SMTP header injection)', { subject: 'Hallo\r\nBcc: x@evil.test' }],
    ['a recipient that is not an address', { to: 'Personalabteilung' }],
    ['two recipients at once', { to: 'a@example.de, b@example.de' }],
    ['an empty text', { text: '' }],
  ])('refuses %s', async (_name, change) => {
    const { db } = await createTestDatabase();
    await expect(
      enqueueMessage({
        db,
        now: testNow,
        message: {
          organizationId: null,
          channel: 'email',
          to: 'a@example.de',
          subject: 'x',
          text: 'x',
          ...change,
        },
      }),
    ).rejects.toThrow(InvalidOutboundMessageError);
    expect(await readOutboxRows(db)).toEqual([]);
  });

  it('accepts only E.164 phone numbers for text messages', async () => {
    const { db } = await createTestDatabase();
    const sms = (to: string) =>
      enqueueMessage({ db, now: testNow, message: { organizationId: null, channel: 'sms', to, text: 'x' } });
    await expect(sms('0170 1234567')).rejects.toThrow(InvalidOutboundMessageError);
    await expect(sms('+491701234567')).resolves.toMatchObject({ messageId: expect.stringMatching(/^msg_/) });
  });
});

describe('a slow delivery pass', () => {
  it('gives the rest of its batch back unsent once half the lease has passed, so no other instance sends it too', async () => {
    const { db } = await createTestDatabase();
    // Queued a few milliseconds apart, so they are claimed and listed in this order.
    for (const [index, to] of ['a@example.de', 'b@example.de', 'c@example.de'].entries()) {
      await queueMail(db, to, at(index - 10));
    }
    let now = testNow;
    const sent: string[] = [];
    const slowDriver: MailDriver = {
      transport: 'smtp',
      send: async (message) => {
        sent.push(message.to);
        now = new Date(now.getTime() + minutes(3)); // each send takes 3 minutes
      },
    };
    const worker = createOutboxWorker({
      db,
      drivers: driversWith({ email: slowDriver }),
      now: () => now,
      leaseMs: minutes(10),
    });
    expect(await worker.runOnce()).toEqual({ sent: 2, retried: 0, failed: 0 });
    const rows = await readOutboxRows(db);
    expect(rows.map((row) => [row.recipient, row.status, row.attempts, row.locked_by])).toEqual([
      ['a@example.de', 'sent', 1, null],
      ['b@example.de', 'sent', 1, null],
      ['c@example.de', 'pending', 0, null],
    ]);
    expect((await worker.runOnce()).sent).toBe(1);
    expect(sent).toEqual(['a@example.de', 'b@example.de', 'c@example.de']);
  });
});
