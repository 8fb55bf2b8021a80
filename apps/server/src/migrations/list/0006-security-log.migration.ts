// The security log (L1–L3): one row per authentication or access event, written in the transaction of
// the change it records. No foreign keys: an entry outlives the user it names, and failed sign-ins with
// an unknown e-mail address belong to no organisation. Entries older than 60 days are deleted by a
// scheduled job (modules/security-log).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('security_events')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('actor_user_id', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('reason', 'text')
    .addColumn('subject', 'text')
    .addColumn('ip_address', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('details_json', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  // The administrators' list (newest first, keyset by time and id) and the retention job's cut.
  await db.schema
    .createIndex('security_events_organization_time_idx')
    .on('security_events')
    .columns(['organization_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('security_events_time_idx')
    .on('security_events')
    .column('created_at')
    .execute();
}
