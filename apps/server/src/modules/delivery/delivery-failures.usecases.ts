// Messages the outbox gave up on (after its retries, or at once on a permanent refusal), for the
// organisation's administrators, and resending one: queued again with fresh attempts.
import { decodeCursor, encodeCursor } from '../../app/api/cursor.js';
import type { TransactionRunner } from '../../app/database/transaction.js';
import { AppError } from '../../app/http-errors.js';
import type { RequestOrigin } from '../auth/auth.dependencies.js';
import { recordSecurityEvent, type SecurityLogRepositories } from '../security-log/security-log.usecases.js';
import { maskPhoneNumber, sanitizeDeliveryError } from './delivery-failures.models.js';
import type { DeliveryFailuresRepository, FailedMessageRow } from './outbox.repository.js';

export interface DeliveryFailureRepositories extends SecurityLogRepositories {
  deliveryFailures: DeliveryFailuresRepository;
}

export interface DeliveryFailureDependencies {
  inTransaction: TransactionRunner<DeliveryFailureRepositories>;
  now: () => Date;
}

const order = 'failedAt:desc';

export function formatFailure(row: FailedMessageRow) {
  return {
    id: row.id,
    channel: row.channel,
    recipient: row.channel === 'sms' ? maskPhoneNumber(row.recipient) : row.recipient,
    subject: row.subject,
    lastError: sanitizeDeliveryError(row.last_error),
    attempts: row.attempts,
    failedAt: row.failed_at,
    createdAt: row.created_at,
  };
}

export async function listDeliveryFailures({
  organizationId,
  query,
  inTransaction,
}: {
  organizationId: string;
  query: { limit: number; cursor?: string | undefined };
} & DeliveryFailureDependencies) {
  const after = query.cursor ? decodeCursor(query.cursor, order) : undefined;
  const rows = await inTransaction(({ deliveryFailures }) =>
    deliveryFailures.listFailedMessages({
      organizationId,
      limit: query.limit + 1,
      ...(after ? { after: { failedAt: after.key, id: after.id } } : {}),
    }),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(formatFailure),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ order, key: last.failed_at ?? '', id: last.id })
        : null,
  };
}

export async function resendDeliveryFailure({
  actor,
  id,
  inTransaction,
  now,
}: {
  actor: { organizationId: string; userId: string; origin: RequestOrigin };
  id: string;
} & DeliveryFailureDependencies) {
  const { organizationId } = actor;
  await inTransaction(async (repositories) => {
    const isQueued = await repositories.deliveryFailures.requeueFailedMessage({
      organizationId,
      id,
      now: now().toISOString(),
    });
    if (!isQueued)
      throw new AppError('delivery_failure.not_found', 'There is no failed message with this id.');
    await recordSecurityEvent(
      repositories,
      {
        organizationId,
        actorUserId: actor.userId,
        action: 'message_resent',
        ...actor.origin,
        details: { setting: 'delivery', change: 'message_resent', messageId: id },
      },
      { now },
    );
  });
  return { id, status: 'pending' as const };
}
