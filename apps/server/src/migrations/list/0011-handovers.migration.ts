// Handovers to supervisors and employees (H1–H4, issue #8): the handover (who receives which sections of
// which certificate, until when, with which second factor), the recipient's short-lived sessions, and the
// timeline of events (C14). The link's secret and every code are stored only as SHA-256 hashes. All rows
// go with their certificate (ON DELETE CASCADE, D1); references are composite (organization_id, x_id).
import { sql, type Kysely } from 'kysely';

// Migrations work on the database as it was at their time, not on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const flag = (name: string) => sql`${sql.ref(name)} in (0, 1)`;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('handovers')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) =>
      column.notNull().references('organizations.id').onDelete('restrict'),
    )
    .addColumn('certificate_id', 'text', (column) => column.notNull())
    // The link's first string: identifies the handover (not secret, but unguessable).
    .addColumn('public_id', 'text', (column) => column.notNull().unique())
    // SHA-256 (hex) of the link's second string; the string itself is never stored.
    .addColumn('secret_hash', 'text', (column) => column.notNull())
    .addColumn('recipient_name', 'text', (column) => column.notNull())
    .addColumn('recipient_email', 'text', (column) => column.notNull())
    // The e-mail lower-cased by the application: one active link per recipient and certificate.
    .addColumn('recipient_email_key', 'text', (column) => column.notNull())
    .addColumn('recipient_phone', 'text')
    .addColumn('message', 'text')
    .addColumn('due_date', 'text')
    // { "<section>": "none" | "read" | "write" } (packages/shared handover-sections).
    .addColumn('grants_json', 'text', (column) => column.notNull())
    .addColumn('download_allowed', 'integer', (column) => column.notNull().check(flag('download_allowed')))
    .addColumn('code_channel', 'text', (column) => column.check(sql`code_channel in ('email', 'sms')`))
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('opened_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('finish_comment', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('locked_at', 'text')
    // When housekeeping recorded the 'expired' event: set once, by a conditional update.
    .addColumn('expiry_recorded_at', 'text')
    // The current one-time code (SHA-256 bound to the handover) and when it stops working.
    .addColumn('code_hash', 'text')
    .addColumn('code_expires_at', 'text')
    // Codes sent in the window that began at code_sends_window_start (at most 3 per 15 minutes).
    .addColumn('code_sends', 'integer', (column) =>
      column
        .notNull()
        .defaultTo(0)
        .check(sql`code_sends >= 0`),
    )
    .addColumn('code_sends_window_start', 'text')
    // Wrong codes since the last right one; the 5th locks the handover.
    .addColumn('code_attempts', 'integer', (column) =>
      column
        .notNull()
        .defaultTo(0)
        .check(sql`code_attempts >= 0`),
    )
    .addUniqueConstraint('handovers_organization_id_id_unique', ['organization_id', 'id'])
    .addForeignKeyConstraint(
      'handovers_certificate_fk',
      ['organization_id', 'certificate_id'],
      'certificates',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('handovers_certificate_index')
    .on('handovers')
    .columns(['organization_id', 'certificate_id', 'created_at'])
    .execute();
  // Housekeeping looks for handovers that expired without an 'expired' event.
  await db.schema
    .createIndex('handovers_expiry_index')
    .on('handovers')
    .columns(['expiry_recorded_at', 'expires_at'])
    .execute();

  // The recipient's sessions: the cookie holds a random token, the database its SHA-256.
  await db.schema
    .createTable('handover_sessions')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('handover_id', 'text', (column) => column.notNull())
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('code_verified_at', 'text')
    .addForeignKeyConstraint(
      'handover_sessions_handover_fk',
      ['organization_id', 'handover_id'],
      'handovers',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('handover_sessions_handover_index')
    .on('handover_sessions')
    .columns(['organization_id', 'handover_id'])
    .execute();
  await db.schema
    .createIndex('handover_sessions_expiry_index')
    .on('handover_sessions')
    .column('expires_at')
    .execute();

  // The timeline (C14, H4).
  await db.schema
    .createTable('handover_events')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('certificate_id', 'text', (column) => column.notNull())
    .addColumn('handover_id', 'text', (column) => column.notNull())
    .addColumn('type', 'text', (column) =>
      column
        .notNull()
        .check(
          sql`type in ('created', 'opened', 'code_sent', 'code_failed', 'locked', 'saved', 'finished', 'revoked', 'expired')`,
        ),
    )
    .addColumn('at', 'text', (column) => column.notNull())
    // The event's place in its handover's timeline (events of one instant keep their order).
    .addColumn('seq', 'integer', (column) => column.notNull())
    // The HR user who acted (created, revoked); null for the recipient and for housekeeping.
    .addColumn('user_id', 'text')
    .addColumn('details_json', 'text', (column) => column.notNull())
    .addForeignKeyConstraint(
      'handover_events_certificate_fk',
      ['organization_id', 'certificate_id'],
      'certificates',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'handover_events_handover_fk',
      ['organization_id', 'handover_id'],
      'handovers',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('handover_events_handover_index')
    .on('handover_events')
    .columns(['organization_id', 'handover_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('handover_events_certificate_index')
    .on('handover_events')
    .columns(['organization_id', 'certificate_id'])
    .execute();
}
