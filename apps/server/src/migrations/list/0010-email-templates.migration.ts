// Editable e-mail templates per tenant and the sender name (E1–E3, issue #8). A row exists only for a
// customised template (tenant, key, language); without one the built-in default applies
// (modules/email-templates). `organizations.mail_sender_name` null means „Zeugnisdesk“. The outbox
// records when a message failed for good (`failed_at`), for the administrators' delivery page.
import { sql, type Kysely } from 'kysely';

// Migrations work on the database as it was at their time, not on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('email_templates')
    .addColumn('organization_id', 'text', (column) =>
      column.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('template_key', 'text', (column) => column.notNull())
    .addColumn('language', 'text', (column) => column.notNull().check(sql`language in ('de', 'en')`))
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('text_body', 'text', (column) => column.notNull())
    .addColumn('html_body', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    // The user who saved it last (no foreign key: the template outlives a deleted user).
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('email_templates_pk', ['organization_id', 'template_key', 'language'])
    .execute();
  await db.schema.alterTable('organizations').addColumn('mail_sender_name', 'text').execute();
  await db.schema.alterTable('outbox_messages').addColumn('failed_at', 'text').execute();
  await db.schema
    .createIndex('outbox_messages_failed_idx')
    .on('outbox_messages')
    .columns(['organization_id', 'status', 'failed_at'])
    .execute();
}
