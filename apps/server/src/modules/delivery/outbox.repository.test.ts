import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import { createId } from '../../app/ids.js';
import { readOutboxRows, testNow } from './delivery.test-utils.js';
import { createOutboxRepository } from './outbox.repository.js';
import { enqueueMessage } from './outbox.usecases.js';

describeEachDatabase('0003-delivery-outbox', ({ openDatabase }) => {
  it('stores a queued message as pending, due at once, with no attempt yet', async () => {
    const { db } = await openDatabase();
    const { messageId } = await enqueueMessage({
      db,
      now: testNow,
      message: { organizationId: null, channel: 'sms', to: '+491701234567', text: 'Code 123456' },
    });
    expect(await readOutboxRows(db)).toEqual([
      {
        id: messageId,
        organization_id: null,
        channel: 'sms',
        recipient: '+491701234567',
        subject: null,
        text_body: 'Code 123456',
        html_body: null,
        attachments_json: null,
        status: 'pending',
        attempts: 0,
        next_attempt_at: testNow.toISOString(),
        last_error: null,
        locked_by: null,
        locked_until: null,
        transport: null,
        created_at: testNow.toISOString(),
        sent_at: null,
        failed_at: null,
      },
    ]);
  });

  it('accepts only the known channels, states and transports', async () => {
    const { db } = await openDatabase();
    const insert = (channel: string, status: string, transport: string | null) =>
      sql`insert into outbox_messages (id, channel, recipient, text_body, status, next_attempt_at, transport, created_at)
          values (${createId('msg')}, ${channel}, 'x', 'x', ${status}, '2026-01-01T00:00:00.000Z', ${transport},
                  '2026-01-01T00:00:00.000Z')`.execute(db);
    await insert('email', 'sent', 'outbox');
    await expect(insert('fax', 'pending', null)).rejects.toThrow(/check/i);
    await expect(insert('email', 'lost', null)).rejects.toThrow(/check/i);
    await expect(insert('email', 'sent', 'pigeon')).rejects.toThrow(/check/i);
  });

  it("deletes an organisation's messages with the organisation", async () => {
    const { db } = await openDatabase();
    const organizationId = createId('org');
    await db
      .insertInto('organizations')
      .values({
        id: organizationId,
        name: 'Muster GmbH',
        plan_max_users: null,
        created_at: testNow.toISOString(),
      })
      .execute();
    await enqueueMessage({
      db,
      now: testNow,
      message: { organizationId, channel: 'email', to: 'a@example.de', subject: 'x', text: 'x' },
    });
    await db.deleteFrom('organizations').where('id', '=', organizationId).execute();
    expect(await readOutboxRows(db)).toEqual([]);
  });

  it('claims the messages that are due longest first', async () => {
    const { db } = await openDatabase();
    const times = ['2026-11-27T08:03:00.000Z', '2026-11-27T08:01:00.000Z', '2026-11-27T08:02:00.000Z'];
    for (const time of times) {
      await enqueueMessage({
        db,
        now: new Date(time),
        message: { organizationId: null, channel: 'sms', to: '+491700000000', text: time },
      });
    }
    const claimed = await createOutboxRepository({ db }).claimDueMessages({
      now: testNow.toISOString(),
      workerId: 'w',
      lockedUntil: '2026-11-27T09:10:00.000Z',
      limit: 2,
    });
    expect(claimed.map((row) => row.text_body)).toEqual([
      '2026-11-27T08:01:00.000Z',
      '2026-11-27T08:02:00.000Z',
    ]);
  });
});
