// The users of an organisation: for now only the administrator created on the first start; the identity
// issue extends the table (sign-in, roles, second factors). `email_key` is the e-mail lower-cased by the
// application, so addresses are unique per organisation in any letter case on both databases. The
// password is stored only as an Argon2id hash (PHC string); null: no local password.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) =>
      column.notNull().references('organizations.id').onDelete('restrict'),
    )
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('email_key', 'text', (column) => column.notNull())
    .addColumn('first_name', 'text', (column) => column.notNull())
    .addColumn('last_name', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text')
    // 1 or 0: an integer behaves alike on both databases (SQLite has no boolean to bind).
    .addColumn('is_active', 'integer', (column) =>
      column
        .notNull()
        .defaultTo(1)
        .check(sql`is_active in (0, 1)`),
    )
    .addColumn('role', 'text', (column) => column.notNull().check(sql`role in ('administrator')`))
    .addColumn('created_at', 'text', (column) => column.notNull())
    // The target of later composite foreign keys (organization_id, user_id).
    .addUniqueConstraint('users_organization_id_id_unique', ['organization_id', 'id'])
    .addUniqueConstraint('users_organization_id_email_key_unique', ['organization_id', 'email_key'])
    .execute();
}
