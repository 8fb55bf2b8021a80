// Change tracking (L4) and the tenant's privacy settings (issue #8). Organisations get three settings:
// whether certificate changes are recorded, whether every handover needs a one-time code, and which
// channels that code may use. `certificate_changes` holds one row per changed leaf of a certificate
// (path as a JSON Pointer, value before and after as JSON, null = absent), written in the transaction of
// the change. Deleting a certificate deletes its entries (composite foreign key, cascade). The actor's
// user id has no foreign key: an entry keeps the actor's name as it was and must outlive the user, like
// the security log; the handover id has none because handovers live in a later migration.
import { sql, type Kysely } from 'kysely';

// Migrations work on the database as it was at their time, not on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const flag = (name: string) => sql`${sql.ref(name)} in (0, 1)`;

export async function up(db: AnyDb): Promise<void> {
  for (const name of ['change_tracking', 'handover_code_required']) {
    await db.schema
      .alterTable('organizations')
      .addColumn(name, 'integer', (column) => column.notNull().defaultTo(0).check(flag(name)))
      .execute();
  }
  // A comma-separated subset of 'email', 'sms' (validated by the application).
  await db.schema
    .alterTable('organizations')
    .addColumn('handover_code_channels', 'text', (column) => column.notNull().defaultTo('email,sms'))
    .execute();

  await db.schema
    .createTable('certificate_changes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('certificate_id', 'text', (column) => column.notNull())
    .addColumn('changed_at', 'text', (column) => column.notNull())
    .addColumn('actor_type', 'text', (column) =>
      column.notNull().check(sql`actor_type in ('user', 'handover')`),
    )
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_handover_id', 'text')
    // The actor's name when the change was made.
    .addColumn('actor_name', 'text', (column) => column.notNull())
    // A JSON Pointer (RFC 6901) into { content, options, isPrivate }.
    .addColumn('path', 'text', (column) => column.notNull())
    // JSON of the value; null: the value was (or is) absent.
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addForeignKeyConstraint(
      'certificate_changes_certificate_fk',
      ['organization_id', 'certificate_id'],
      'certificates',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .execute();
  // The history of one certificate, newest first (keyset by time and id).
  await db.schema
    .createIndex('certificate_changes_certificate_index')
    .on('certificate_changes')
    .columns(['organization_id', 'certificate_id', 'changed_at', 'id'])
    .execute();
}
