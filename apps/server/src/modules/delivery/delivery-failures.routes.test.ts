import { expect, it } from 'vitest';
import { createApiTestServer, insertOrganization, testNow } from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { maskPhoneNumber, sanitizeDeliveryError } from './delivery-failures.models.js';
import { driversWith, readOutboxRows } from './delivery.test-utils.js';
import { DeliveryError } from './delivery.errors.js';
import { maxAttempts } from './outbox.models.js';
import { createOutboxWorker } from './outbox.task.js';
import { enqueueMessage } from './outbox.usecases.js';

const failingDriver = {
  transport: 'smtp' as const,
  send: async () => {
    throw new DeliveryError('SMTP: 550 mailbox unavailable for smtp://mailer:hunter2@mail.example.de', true);
  },
};

/** Queues a message and lets the worker fail it for good (a permanent refusal). */
async function failMessage(db: Db, organizationId: string, to: string, at: Date) {
  const { messageId } = await enqueueMessage({
    db,
    now: at,
    message: {
      organizationId,
      channel: 'email',
      to,
      subject: `An ${to}`,
      text: 'Link: https://x.test/#token=abc',
    },
  });
  const worker = createOutboxWorker({ db, drivers: driversWith({ email: failingDriver }), now: () => at });
  await worker.runOnce();
  await worker.stop();
  return messageId;
}

describeEachDatabase('the delivery failures API', ({ openDatabase }) => {
  async function setUp() {
    const { db } = await openDatabase();
    return createApiTestServer({ db });
  }

  it('lists the organisation’s failed messages newest first in pages, with the error sanitised', async () => {
    const { send, db, organizationId } = await setUp();
    const first = await failMessage(
      db,
      organizationId,
      'a@musterfirma.example',
      new Date('2026-06-01T08:00:00Z'),
    );
    const second = await failMessage(
      db,
      organizationId,
      'b@musterfirma.example',
      new Date('2026-06-02T08:00:00Z'),
    );
    const other = await insertOrganization(db);
    await failMessage(db, other, 'c@andere.example', new Date('2026-06-03T08:00:00Z'));
    // A message still being retried is no failure.
    await enqueueMessage({
      db,
      now: testNow,
      message: { organizationId, channel: 'email', to: 'd@musterfirma.example', subject: 'x', text: 'x' },
    });

    const page1 = await send({ method: 'GET', url: '/api/v1/delivery/failures?limit=1' });
    expect(page1.status).toBe(200);
    const body1 = page1.body as { items: Record<string, unknown>[]; nextCursor: string };
    expect(body1.items).toEqual([
      {
        id: second,
        channel: 'email',
        recipient: 'b@musterfirma.example',
        subject: 'An b@musterfirma.example',
        lastError: 'SMTP: 550 mailbox unavailable for smtp://…@mail.example.de',
        attempts: 1,
        failedAt: '2026-06-02T08:00:00.000Z',
        createdAt: '2026-06-02T08:00:00.000Z',
      },
    ]);
    const page2 = await send({
      method: 'GET',
      url: `/api/v1/delivery/failures?limit=1&cursor=${body1.nextCursor}`,
    });
    expect((page2.body as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([first]);
    expect((page2.body as { nextCursor: string | null }).nextCursor).toBeNull();
  });

  it('resends a failed message: pending again with fresh attempts, logged; then it is no failure any more', async () => {
    const { send, db, organizationId } = await setUp();
    const id = await failMessage(
      db,
      organizationId,
      'a@musterfirma.example',
      new Date('2026-06-01T08:00:00Z'),
    );
    const resent = await send({ method: 'POST', url: `/api/v1/delivery/failures/${id}/resend` });
    expect(resent).toMatchObject({ status: 200, body: { id, status: 'pending' } });
    const [row] = await readOutboxRows(db);
    expect(row).toMatchObject({
      status: 'pending',
      attempts: 0,
      last_error: null,
      failed_at: null,
      next_attempt_at: testNow.toISOString(),
    });
    expect((await send({ method: 'GET', url: '/api/v1/delivery/failures' })).body).toMatchObject({
      items: [],
    });
    // A second resend finds nothing to resend.
    expect((await send({ method: 'POST', url: `/api/v1/delivery/failures/${id}/resend` })).status).toBe(404);
    const events = await db.selectFrom('security_events').select(['action', 'details_json']).execute();
    expect(events).toEqual([
      {
        action: 'message_resent',
        details_json: JSON.stringify({ setting: 'delivery', change: 'message_resent', messageId: id }),
      },
    ]);
    // Delivered on the next pass.
    const worker = createOutboxWorker({ db, drivers: driversWith({}), now: () => testNow });
    expect((await worker.runOnce()).sent).toBe(1);
    await worker.stop();
  });

  it('is for administrators only and never reaches another organisation’s messages', async () => {
    const { send, db, signIn } = await setUp();
    const other = await insertOrganization(db);
    const foreign = await failMessage(db, other, 'c@andere.example', testNow);
    expect((await send({ method: 'POST', url: `/api/v1/delivery/failures/${foreign}/resend` })).status).toBe(
      404,
    );
    expect((await readOutboxRows(db))[0]).toMatchObject({ status: 'failed' });
    const templatesWriter = await signIn({ role: { emailTemplates: 'write', users: 'write' } });
    expect(
      (await send({ method: 'GET', url: '/api/v1/delivery/failures' }, { as: templatesWriter.session }))
        .status,
    ).toBe(403);
    expect(
      (
        await send(
          { method: 'POST', url: `/api/v1/delivery/failures/${foreign}/resend` },
          { as: templatesWriter.session },
        )
      ).status,
    ).toBe(403);
  });

  it('records when a message failed after its last retry', async () => {
    const { db, organizationId } = await setUp();
    await enqueueMessage({
      db,
      now: testNow,
      message: { organizationId, channel: 'email', to: 'a@musterfirma.example', subject: 'x', text: 'x' },
    });
    let clock = testNow.getTime();
    const temporary = {
      transport: 'smtp' as const,
      send: async () => {
        throw new DeliveryError('SMTP: 451 later', false);
      },
    };
    for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
      const worker = createOutboxWorker({
        db,
        drivers: driversWith({ email: temporary }),
        now: () => new Date(clock),
      });
      await worker.runOnce();
      await worker.stop();
      clock += 24 * 3_600_000;
    }
    const [row] = await readOutboxRows(db);
    expect(row).toMatchObject({
      status: 'failed',
      attempts: maxAttempts,
      failed_at: new Date(clock - 24 * 3_600_000).toISOString(),
    });
  });
});

it('masks phone numbers and strips secrets from error texts', () => {
  expect(maskPhoneNumber('+491701234567')).toBe('+49••••••••67');
  expect(sanitizeDeliveryError('gateway https://u:p@sms.test/send?x Bearer abc.def failed')).toBe(
    'gateway https://…@sms.test/send?x Bearer … failed',
  );
  expect(sanitizeDeliveryError(`link https://a.test/#token=${'x'.repeat(40)} refused`)).toBe(
    'link https://a.test/#… refused',
  );
  expect(sanitizeDeliveryError(`token ${'A1b2'.repeat(10)}`)).toBe('token …');
});
