// Handovers, their recipients' sessions and their events in the database. HR's queries are scoped to one
// organisation; the recipient's are found by the link's public id or the session token's hash and carry
// the organisation from there on. Every limit that parallel requests could overrun (one active link,
// code sends, wrong codes, the lock, finishing, the 'expired' record) is a conditional update.
import { sql, type ExpressionBuilder } from 'kysely';
import type {
  Db,
  HandoverEventsTable,
  HandoverEventType,
  HandoverSessionsTable,
  HandoversTable,
} from '../../app/database/database.types.js';

export type HandoverRow = HandoversTable;

export type HandoversRepository = ReturnType<typeof createHandoversRepository>;

/** Neither revoked, finished nor locked, and not past its expiry. */
const isActiveAt = (at: string) => (eb: ExpressionBuilder<{ handovers: HandoversTable }, 'handovers'>) =>
  eb.and([
    eb('revoked_at', 'is', null),
    eb('finished_at', 'is', null),
    eb('locked_at', 'is', null),
    eb('expires_at', '>', at),
  ]);

export function createHandoversRepository({ db }: { db: Db }) {
  return {
    /** The tenant's privacy settings for handovers (H3, modules/change-tracking owns them). */
    async getCodePolicy({ organizationId }: { organizationId: string }) {
      const row = await db
        .selectFrom('organizations')
        .select(['handover_code_required', 'handover_code_channels', 'name'])
        .where('id', '=', organizationId)
        .executeTakeFirst();
      return row
        ? {
            required: row.handover_code_required === 1,
            channels: row.handover_code_channels
              .split(',')
              .map((channel) => channel.trim())
              .filter((channel) => channel !== ''),
          }
        : { required: false, channels: [] };
    },

    /**
     * Takes the certificate's row lock (PostgreSQL; SQLite serialises writers anyway), so that two
     * handovers to the same recipient created at once cannot both stay active.
     */
    async lockCertificate({
      organizationId,
      certificateId,
    }: {
      organizationId: string;
      certificateId: string;
    }) {
      await db
        .updateTable('certificates')
        .set({ updated_at: sql<string>`updated_at` })
        .where('organization_id', '=', organizationId)
        .where('id', '=', certificateId)
        .execute();
    },

    /** Revokes the active handovers of the certificate to this recipient; returns their ids. */
    async revokeActiveForRecipient({
      organizationId,
      certificateId,
      emailKey,
      at,
      by,
    }: {
      organizationId: string;
      certificateId: string;
      emailKey: string;
      at: string;
      by: string;
    }): Promise<string[]> {
      const rows = await db
        .updateTable('handovers')
        .set({ revoked_at: at, revoked_by: by })
        .where('organization_id', '=', organizationId)
        .where('certificate_id', '=', certificateId)
        .where('recipient_email_key', '=', emailKey)
        .where(isActiveAt(at))
        .returning('id')
        .execute();
      return rows.map((row) => row.id);
    },

    async insertHandover({ handover }: { handover: HandoversTable }): Promise<void> {
      await db.insertInto('handovers').values(handover).execute();
    },

    async getHandover({
      organizationId,
      handoverId,
    }: {
      organizationId: string;
      handoverId: string;
    }): Promise<HandoverRow | undefined> {
      return db
        .selectFrom('handovers')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', handoverId)
        .executeTakeFirst();
    },

    /** The recipient's way in: by the link's public id (any organisation). */
    async findByPublicId({ publicId }: { publicId: string }): Promise<HandoverRow | undefined> {
      return db.selectFrom('handovers').selectAll().where('public_id', '=', publicId).executeTakeFirst();
    },

    /** Newest first. */
    async listHandovers({
      organizationId,
      certificateId,
    }: {
      organizationId: string;
      certificateId: string;
    }): Promise<HandoverRow[]> {
      return db
        .selectFrom('handovers')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('certificate_id', '=', certificateId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },

    /** Appends an event to its handover's timeline. */
    async insertEvent({ event }: { event: Omit<HandoverEventsTable, 'seq'> }): Promise<void> {
      const last = await db
        .selectFrom('handover_events')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('organization_id', '=', event.organization_id)
        .where('handover_id', '=', event.handover_id)
        .executeTakeFirst();
      await db
        .insertInto('handover_events')
        .values({ ...event, seq: Number(last?.seq ?? 0) + 1 })
        .execute();
    },

    /** Oldest first. */
    async listEvents({
      organizationId,
      handoverIds,
    }: {
      organizationId: string;
      handoverIds: string[];
    }): Promise<HandoverEventsTable[]> {
      if (handoverIds.length === 0) return [];
      return db
        .selectFrom('handover_events')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('handover_id', 'in', handoverIds)
        .orderBy('handover_id')
        .orderBy('seq')
        .execute();
    },

    async findLatestEvent({
      organizationId,
      handoverId,
      type,
    }: {
      organizationId: string;
      handoverId: string;
      type: HandoverEventType;
    }): Promise<HandoverEventsTable | undefined> {
      return db
        .selectFrom('handover_events')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('handover_id', '=', handoverId)
        .where('type', '=', type)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    async updateEventDetails({ eventId, detailsJson }: { eventId: string; detailsJson: string }) {
      await db
        .updateTable('handover_events')
        .set({ details_json: detailsJson })
        .where('id', '=', eventId)
        .execute();
    },

    async getUsers({ organizationId, userIds }: { organizationId: string; userIds: string[] }) {
      if (userIds.length === 0) return [];
      return db
        .selectFrom('users')
        .select(['id', 'first_name', 'last_name', 'email'])
        .where('organization_id', '=', organizationId)
        .where('id', 'in', userIds)
        .execute();
    },

    /** Revokes an active handover; false when it was not active. */
    async revoke({
      organizationId,
      handoverId,
      at,
      by,
    }: {
      organizationId: string;
      handoverId: string;
      at: string;
      by: string;
    }): Promise<boolean> {
      const result = await db
        .updateTable('handovers')
        .set({ revoked_at: at, revoked_by: by })
        .where('organization_id', '=', organizationId)
        .where('id', '=', handoverId)
        .where(isActiveAt(at))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Records the first opening; false when it was opened before. */
    async markOpened({ handoverId, at }: { handoverId: string; at: string }): Promise<boolean> {
      const result = await db
        .updateTable('handovers')
        .set({ opened_at: at })
        .where('id', '=', handoverId)
        .where('opened_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Finishes an active handover; false when it was not active any more. */
    async finish({
      handoverId,
      at,
      comment,
    }: {
      handoverId: string;
      at: string;
      comment: string | null;
    }): Promise<boolean> {
      const result = await db
        .updateTable('handovers')
        .set({ finished_at: at, finish_comment: comment })
        .where('id', '=', handoverId)
        .where(isActiveAt(at))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    // Sessions ------------------------------------------------------------------------------------

    async insertSession({ session }: { session: HandoverSessionsTable }): Promise<void> {
      await db.insertInto('handover_sessions').values(session).execute();
    },

    async findSession({ tokenHash }: { tokenHash: string }): Promise<HandoverSessionsTable | undefined> {
      return db
        .selectFrom('handover_sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    /** Marks the session verified, unless the handover was locked meanwhile. */
    async verifySession({ tokenHash, at }: { tokenHash: string; at: string }): Promise<boolean> {
      const result = await db
        .updateTable('handover_sessions')
        .set({ code_verified_at: at })
        .where('token_hash', '=', tokenHash)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('handovers')
              .select('handovers.id')
              .whereRef('handovers.id', '=', 'handover_sessions.handover_id')
              .where('handovers.locked_at', 'is', null),
          ),
        )
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async deleteSessions({ handoverId }: { handoverId: string }): Promise<void> {
      await db.deleteFrom('handover_sessions').where('handover_id', '=', handoverId).execute();
    },

    async deleteExpiredSessions({ before }: { before: string }): Promise<number> {
      const result = await db
        .deleteFrom('handover_sessions')
        .where('expires_at', '<=', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    // The one-time code (H3) -------------------------------------------------------------------------

    /**
     * Counts one code send: at most `max` per window of `windowMs` (a new window starts with the first
     * send after the last one ended). False when the limit is reached.
     */
    async reserveCodeSend({
      handoverId,
      at,
      windowStartedBefore,
      max,
    }: {
      handoverId: string;
      at: string;
      /** A window that started at or before this instant is over. */
      windowStartedBefore: string;
      max: number;
    }): Promise<boolean> {
      const isOver = sql<boolean>`(code_sends_window_start is null or code_sends_window_start <= ${windowStartedBefore})`;
      const result = await db
        .updateTable('handovers')
        .set((eb) => ({
          code_sends: eb
            .case()
            .when(isOver)
            .then(1)
            .else(eb('code_sends', '+', 1))
            .end(),
          code_sends_window_start: eb
            .case()
            .when(isOver)
            .then(at)
            .else(eb.ref('code_sends_window_start'))
            .end(),
        }))
        .where('id', '=', handoverId)
        .where((eb) => eb.or([isOver, eb('code_sends', '<', max)]))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async setCode({
      handoverId,
      codeHash,
      expiresAt,
    }: {
      handoverId: string;
      codeHash: string;
      expiresAt: string;
    }) {
      await db
        .updateTable('handovers')
        .set({ code_hash: codeHash, code_expires_at: expiresAt })
        .where('id', '=', handoverId)
        .execute();
    },

    /**
     * Counts a wrong code in one statement and locks the handover with the `max`-th: parallel wrong codes
     * cannot count more than `max`. Undefined when nothing was counted (locked already or no attempt
     * left); otherwise the new count and whether this one locked it.
     */
    async countWrongCode({
      handoverId,
      max,
      at,
    }: {
      handoverId: string;
      max: number;
      at: string;
    }): Promise<{ attempts: number; locked: boolean } | undefined> {
      const row = await db
        .updateTable('handovers')
        .set((eb) => ({
          code_attempts: eb('code_attempts', '+', 1),
          locked_at: eb
            .case()
            .when('code_attempts', '>=', max - 1)
            .then(at)
            .else(null)
            .end(),
        }))
        .where('id', '=', handoverId)
        .where('locked_at', 'is', null)
        .where('code_attempts', '<', max)
        .returning(['code_attempts', 'locked_at'])
        .executeTakeFirst();
      return row ? { attempts: row.code_attempts, locked: row.locked_at !== null } : undefined;
    },

    /** A right code is spent, and the wrong ones before it are forgiven. */
    async acceptCode({ handoverId }: { handoverId: string }): Promise<void> {
      await db
        .updateTable('handovers')
        .set({ code_hash: null, code_expires_at: null, code_attempts: 0 })
        .where('id', '=', handoverId)
        .execute();
    },

    // Housekeeping --------------------------------------------------------------------------------

    /** Marks handovers that expired unrecorded; returns them (each exactly once, across instances). */
    async markExpiryRecorded({ at }: { at: string }) {
      return db
        .updateTable('handovers')
        .set({ expiry_recorded_at: at })
        .where('expiry_recorded_at', 'is', null)
        .where('expires_at', '<=', at)
        .where('revoked_at', 'is', null)
        .where('finished_at', 'is', null)
        .where('locked_at', 'is', null)
        .returning(['id', 'organization_id', 'certificate_id', 'expires_at'])
        .execute();
    },
  };
}
