// Change tracking (L4) in the database: the organisation's switch, the entries of one certificate
// (newest first, keyset by time and id) and the names of the users who acted. Every query is scoped to
// one organisation.
import type { CertificateChangesTable, Db } from '../../app/database/database.types.js';

export type ChangeTrackingRepository = ReturnType<typeof createChangeTrackingRepository>;

export function createChangeTrackingRepository({ db }: { db: Db }) {
  return {
    /** Whether the organisation records certificate changes (false if it does not exist). */
    async isChangeTrackingOn({ organizationId }: { organizationId: string }): Promise<boolean> {
      const row = await db
        .selectFrom('organizations')
        .select('change_tracking')
        .where('id', '=', organizationId)
        .executeTakeFirst();
      return row?.change_tracking === 1;
    },

    async insertChanges({ changes }: { changes: CertificateChangesTable[] }): Promise<void> {
      // In chunks: SQLite binds at most 32766 parameters per statement, PostgreSQL 65535.
      for (let start = 0; start < changes.length; start += 500) {
        await db
          .insertInto('certificate_changes')
          .values(changes.slice(start, start + 500))
          .execute();
      }
    },

    /** Newest first, paged by keyset (changed_at, id). */
    async listChanges({
      organizationId,
      certificateId,
      after,
      limit,
    }: {
      organizationId: string;
      certificateId: string;
      after?: { key: string; id: string };
      limit: number;
    }): Promise<CertificateChangesTable[]> {
      let query = db
        .selectFrom('certificate_changes')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('certificate_id', '=', certificateId);
      if (after) {
        query = query.where((eb) =>
          eb.or([
            eb('changed_at', '<', after.key),
            eb.and([eb('changed_at', '=', after.key), eb('id', '<', after.id)]),
          ]),
        );
      }
      return query.orderBy('changed_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    /** „First Last“ of the organisation's users with these ids (users that no longer exist are left out). */
    async getUserNames({
      organizationId,
      userIds,
    }: {
      organizationId: string;
      userIds: readonly string[];
    }): Promise<Map<string, string>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('users')
        .select(['id', 'first_name', 'last_name'])
        .where('organization_id', '=', organizationId)
        .where('id', 'in', [...new Set(userIds)])
        .execute();
      return new Map(rows.map((row) => [row.id, `${row.first_name} ${row.last_name}`.trim()]));
    },
  };
}
