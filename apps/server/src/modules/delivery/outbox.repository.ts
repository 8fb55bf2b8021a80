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
  'status' | 'attempts' | 'last_error' | 'locked_by' | 'locked_until' | 'transport' | 'sent_at'
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
    }: {
      id: string;
      workerId: string;
      error: string;
      nextAttemptAt: string | null;
    }): Promise<boolean> {
      const result = await db
        .updateTable('outbox_messages')
        .set({
          status: nextAttemptAt ? 'pending' : 'failed',
          ...(nextAttemptAt ? { next_attempt_at: nextAttemptAt } : {}),
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
