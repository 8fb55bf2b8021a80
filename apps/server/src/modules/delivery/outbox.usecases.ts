// Queue a message (inside the caller's transaction) and deliver due messages (one pass of the worker).
import type { Db } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import { isPermanentDeliveryError } from './delivery.errors.js';
import type { DeliveryDrivers, DeliveryLogger, OutboundMessage } from './delivery.types.js';
import {
  describeDeliveryFailure,
  getNextAttemptAt,
  serializeAttachments,
  toMailMessage,
  toSmsMessage,
} from './outbox.models.js';
import { createOutboxRepository, type OutboxMessageRow, type OutboxRepository } from './outbox.repository.js';

// Line breaks in a recipient or subject would let a caller's data write its own mail headers.
const singleLine = /^[^\r\n]*$/;
const emailAddress = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+$/;
const phoneNumber = /^\+[1-9]\d{6,14}$/;

export class InvalidOutboundMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidOutboundMessageError';
  }
}

function validateMessage(message: OutboundMessage): void {
  if (message.channel === 'email') {
    if (!emailAddress.test(message.to)) throw new InvalidOutboundMessageError('invalid e-mail recipient');
    if (!singleLine.test(message.subject)) throw new InvalidOutboundMessageError('subject with a line break');
  } else if (!phoneNumber.test(message.to)) {
    throw new InvalidOutboundMessageError('invalid phone number (E.164 expected, e.g. +491701234567)');
  }
  if (!message.text) throw new InvalidOutboundMessageError('empty message text');
}

/**
 * Queues a message. Pass the transaction of the change that causes it as `db`: a rollback then drops
 * the message too, and a commit guarantees it will be sent.
 */
export async function enqueueMessage({
  db,
  message,
  now,
}: {
  db: Db;
  message: OutboundMessage;
  now: Date;
}): Promise<{ messageId: string }> {
  validateMessage(message);
  const messageId = createId('msg');
  const timestamp = now.toISOString();
  await createOutboxRepository({ db }).insertMessage({
    id: messageId,
    organization_id: message.organizationId,
    channel: message.channel,
    recipient: message.to,
    subject: message.channel === 'email' ? message.subject : null,
    text_body: message.text,
    html_body: message.channel === 'email' ? (message.html ?? null) : null,
    attachments_json: message.channel === 'email' ? serializeAttachments(message.attachments) : null,
    next_attempt_at: timestamp,
    created_at: timestamp,
  });
  return { messageId };
}

export interface DeliveryPassResult {
  sent: number;
  retried: number;
  failed: number;
}

/** The From name of a tenant's mails (E1): its own, or the product name; none for installation mails. */
export const defaultSenderName = 'Zeugnisdesk';

async function sendThroughDriver(
  row: OutboxMessageRow,
  drivers: DeliveryDrivers,
  repository: OutboxRepository,
) {
  if (row.channel === 'email') {
    const fromName = row.organization_id
      ? ((await repository.getMailSenderName({ organizationId: row.organization_id })) ?? defaultSenderName)
      : undefined;
    await drivers.email.send({ ...toMailMessage(row), ...(fromName ? { fromName } : {}) });
    return drivers.email.transport;
  }
  await drivers.sms.send(toSmsMessage(row));
  return drivers.sms.transport;
}

/** Claims due messages under a lease, sends each through its channel's driver, records the outcome. */
export async function deliverDueMessages({
  db,
  drivers,
  now,
  workerId,
  leaseMs,
  batchSize,
  log,
}: {
  db: Db;
  drivers: DeliveryDrivers;
  now: () => Date;
  workerId: string;
  leaseMs: number;
  batchSize: number;
  log?: DeliveryLogger;
}): Promise<DeliveryPassResult> {
  const repository = createOutboxRepository({ db });
  const claimedAt = now();
  const claimed = await repository.claimDueMessages({
    now: claimedAt.toISOString(),
    workerId,
    lockedUntil: new Date(claimedAt.getTime() + leaseMs).toISOString(),
    limit: batchSize,
  });
  const result: DeliveryPassResult = { sent: 0, retried: 0, failed: 0 };
  // Start no send in the second half of the lease: another instance may take the rest over after it.
  const latestStart = claimedAt.getTime() + leaseMs / 2;
  for (const [index, row] of claimed.entries()) {
    if (now().getTime() > latestStart) {
      const rest = claimed.slice(index).map((message) => message.id);
      await repository.releaseMessages({ ids: rest, workerId });
      log?.warn(
        { released: rest.length },
        'outbox pass took half its lease; the rest waits for the next pass',
      );
      break;
    }
    try {
      const transport = await sendThroughDriver(row, drivers, repository);
      const isRecorded = await repository.markSent({
        id: row.id,
        workerId,
        now: now().toISOString(),
        transport,
      });
      if (!isRecorded) log?.warn({ messageId: row.id }, 'message sent after its lease ran out');
      result.sent += 1;
    } catch (error) {
      const failedAt = now();
      const nextAttemptAt = isPermanentDeliveryError(error) ? null : getNextAttemptAt(row.attempts, failedAt);
      const reason = describeDeliveryFailure(error);
      await repository.markAttemptFailed({
        id: row.id,
        workerId,
        error: reason,
        nextAttemptAt: nextAttemptAt?.toISOString() ?? null,
        now: failedAt.toISOString(),
      });
      if (nextAttemptAt) {
        result.retried += 1;
        log?.warn(
          { messageId: row.id, attempts: row.attempts, error: reason },
          'delivery failed, will retry',
        );
      } else {
        result.failed += 1;
        log?.error({ messageId: row.id, attempts: row.attempts, error: reason }, 'delivery failed for good');
      }
    }
  }
  return result;
}

/** The newest messages of every organisation, for the development page only. */
export async function listRecentOutboxMessages({
  db,
  limit = 200,
}: {
  db: Db;
  limit?: number;
}): Promise<{ messages: OutboxMessageRow[] }> {
  return { messages: await createOutboxRepository({ db }).listRecentMessages({ limit }) };
}
