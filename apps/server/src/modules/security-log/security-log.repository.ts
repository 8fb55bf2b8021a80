// Security log entries in the database. The list belongs to one organisation and is paged by keyset on
// (created_at, id), newest first; the retention job deletes across organisations by time alone.
import type { Db, SecurityEventsTable } from '../../app/database/database.types.js';

export interface SecurityEventFilters {
  action?: string;
  userId?: string;
  /** ISO-8601 UTC as stored (`toISOString()`); inclusive. */
  from?: string;
  /** ISO-8601 UTC as stored; exclusive. */
  to?: string;
}

/** The position after which the next page starts: the last entry of the previous page. */
export interface SecurityEventPosition {
  createdAt: string;
  id: string;
}

export type SecurityLogRepository = ReturnType<typeof createSecurityLogRepository>;

export function createSecurityLogRepository({ db }: { db: Db }) {
  return {
    async insertEvent(row: SecurityEventsTable): Promise<void> {
      await db.insertInto('security_events').values(row).execute();
    },

    /** Newest first, of one organisation only. */
    async listEvents({
      organizationId,
      filters,
      after,
      limit,
    }: {
      organizationId: string;
      filters: SecurityEventFilters;
      after?: SecurityEventPosition;
      limit: number;
    }): Promise<SecurityEventsTable[]> {
      let query = db.selectFrom('security_events').selectAll().where('organization_id', '=', organizationId);
      if (filters.action) query = query.where('action', '=', filters.action);
      if (filters.userId) query = query.where('user_id', '=', filters.userId);
      if (filters.from) query = query.where('created_at', '>=', filters.from);
      if (filters.to) query = query.where('created_at', '<', filters.to);
      if (after) {
        query = query.where((eb) =>
          eb.or([
            eb('created_at', '<', after.createdAt),
            eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
          ]),
        );
      }
      return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    /** Deletes every entry (of every organisation) written before `cutoff`; returns how many. */
    async deleteEventsBefore({ cutoff }: { cutoff: string }): Promise<number> {
      const result = await db
        .deleteFrom('security_events')
        .where('created_at', '<', cutoff)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
