// The outbox table. The claim is one UPDATE … RETURNING whose condition is repeated outside the subquery:
// PostgreSQL re-checks it on a row another worker changed meanwhile (and skips the row), SQLite runs one
// writer at a time, so two workers never claim the same message.
import type { ExpressionBuilder, Selectable } from 'kysely';
import type {
  DatabaseSchema,
  Db,
  OutboxMessagesTable,
  OutboxTransport,
} from '../../app/database/database.types.js';

export type OutboxMessageRow = Selectable<OutboxMessagesTable>;
export type NewOutboxMessageRow = Omit<
  OutboxMessageRow,
  'status' | 'attempts' | 'last_error' | 'locked_by' | 'locked_until' | 'transport' | 'sent_at' | 'failed_at'
>;

function isClaimable(now: string) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'outbox_messages'>) =>
    eb.or([
      eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
      // The lease of a worker that crashed while sending ran out.
      eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now)]),
    ]);
}

/** `db` may be a transaction: the message is then queued only if the transaction commits. */
export function createOutboxRepository({ db }: { db: Db }) {
  return {
    async insertMessage(row: NewOutboxMessageRow): Promise<void> {
      await db.insertInto('outbox_messages').values(row).execute();
    },

    /** Marks up to `limit` due messages as `sending` by this worker until `lockedUntil`, counting an attempt. */
    async claimDueMessages({
      now,
      workerId,
      lockedUntil,
      limit,
    }: {
      now: string;
      workerId: string;
      lockedUntil: string;
      limit: number;
    }): Promise<OutboxMessageRow[]> {
      const due = db
        .selectFrom('outbox_messages')
        .select('id')
        .where(isClaimable(now))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit);
      return db
        .updateTable('outbox_messages')
        .set((eb) => ({
          status: 'sending',
          locked_by: workerId,
          locked_until: lockedUntil,
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', 'in', due)
        .where(isClaimable(now))
        .returningAll()
        .execute();
    },

    /** False if the lease was lost meanwhile (another worker took the message over). */
    async markSent({
      id,
      workerId,
      now,
      transport,
    }: {
      id: string;
      workerId: string;
      now: string;
      transport: OutboxTransport;
    }): Promise<boolean> {
      const result = await db
        .updateTable('outbox_messages')
        .set({
          status: 'sent',
          sent_at: now,
          transport,
          locked_by: null,
          locked_until: null,
          last_error: null,
        })
        .where('id', '=', id)
        .where('status', '=', 'sending')
        .where('locked_by', '=', workerId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Back to `pending` until `nextAttemptAt`, or `failed` for good when `nextAttemptAt` is null. */
    async markAttemptFailed({
      id,
      workerId,
      error,
      nextAttemptAt,
      now,
    }: {
      id: string;
      workerId: string;
      error: string;
      nextAttemptAt: string | null;
      /** When the attempt failed: recorded as `failed_at` when no attempt is left. */
      now?: string;
    }): Promise<boolean> {
      const result = await db
        .updateTable('outbox_messages')
        .set({
          status: nextAttemptAt ? 'pending' : 'failed',
          ...(nextAttemptAt ? { next_attempt_at: nextAttemptAt } : { failed_at: now ?? null }),
          last_error: error,
          locked_by: null,
          locked_until: null,
        })
        .where('id', '=', id)
        .where('status', '=', 'sending')
        .where('locked_by', '=', workerId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Gives claimed messages back unsent (the attempt did not happen), e.g. when the lease runs short. */
    async releaseMessages({ ids, workerId }: { ids: string[]; workerId: string }): Promise<void> {
      if (!ids.length) return;
      await db
        .updateTable('outbox_messages')
        .set((eb) => ({
          status: 'pending',
          locked_by: null,
          locked_until: null,
          attempts: eb('attempts', '-', 1),
        }))
        .where('id', 'in', ids)
        .where('status', '=', 'sending')
        .where('locked_by', '=', workerId)
        .execute();
    },

    /** The tenant's sender name (E1), or null for the default. */
    async getMailSenderName({ organizationId }: { organizationId: string }): Promise<string | null> {
      const row = await db
        .selectFrom('organizations')
        .select('mail_sender_name')
        .where('id', '=', organizationId)
        .executeTakeFirst();
      return row?.mail_sender_name ?? null;
    },

    /** Newest first, for the development page. */
    async listRecentMessages({ limit }: { limit: number }): Promise<OutboxMessageRow[]> {
      return db
        .selectFrom('outbox_messages')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

export type FailedMessageRow = Pick<
  OutboxMessageRow,
  'id' | 'channel' | 'recipient' | 'subject' | 'last_error' | 'attempts' | 'failed_at' | 'created_at'
>;

/** The messages of one organisation that failed for good, and putting one back in the queue. */
export function createDeliveryFailuresRepository({ db }: { db: Db }) {
  return {
    /** Newest failure first; `after` is the position of the last row of the previous page. */
    async listFailedMessages({
      organizationId,
      limit,
      after,
    }: {
      organizationId: string;
      limit: number;
      after?: { failedAt: string; id: string };
    }): Promise<FailedMessageRow[]> {
      let query = db
        .selectFrom('outbox_messages')
        .select([
          'id',
          'channel',
          'recipient',
          'subject',
          'last_error',
          'attempts',
          'failed_at',
          'created_at',
        ])
        .where('organization_id', '=', organizationId)
        .where('status', '=', 'failed');
      if (after) {
        // Rows failed before this migration have no failed_at: '' sorts them last in both databases.
        query = query.where((eb) =>
          eb.or([
            eb(eb.fn.coalesce('failed_at', eb.val('')), '<', after.failedAt),
            eb.and([
              eb(eb.fn.coalesce('failed_at', eb.val('')), '=', after.failedAt),
              eb('id', '<', after.id),
            ]),
          ]),
        );
      }
      return query
        .orderBy((eb) => eb.fn.coalesce('failed_at', eb.val('')), 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    /** Queues a failed message again with fresh attempts; false if there is no such failed message. */
    async requeueFailedMessage({
      organizationId,
      id,
      now,
    }: {
      organizationId: string;
      id: string;
      now: string;
    }): Promise<boolean> {
      const result = await db
        .updateTable('outbox_messages')
        .set({
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          last_error: null,
          failed_at: null,
          locked_by: null,
          locked_until: null,
        })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

export type DeliveryFailuresRepository = ReturnType<typeof createDeliveryFailuresRepository>;
