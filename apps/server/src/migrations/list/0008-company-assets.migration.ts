// The companies' letterhead images (C9): at most one logo and one background per company, stored as
// bytes in the database (so backups and the SQLCipher encryption cover them), with the format read from
// the bytes, the size and a SHA-256 digest. The composite foreign key keeps an asset inside its
// company's organisation; deleting the company deletes its assets (ON DELETE CASCADE).
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Migrations work on the database as it was at their time, not on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  // The one type that differs: PostgreSQL has no BLOB. Both drivers return a Buffer.
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
  await db.schema
    .createTable('company_assets')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) =>
      column.notNull().references('organizations.id').onDelete('restrict'),
    )
    .addColumn('company_id', 'text', (column) => column.notNull())
    .addColumn('slot', 'text', (column) => column.notNull().check(sql`slot in ('logo', 'background')`))
    .addColumn('format', 'text', (column) =>
      column.notNull().check(sql`format in ('png', 'jpg', 'svg', 'pdf')`),
    )
    .addColumn('content_type', 'text', (column) => column.notNull())
    .addColumn('bytes', binary, (column) => column.notNull())
    .addColumn('byte_size', 'integer', (column) => column.notNull().check(sql`byte_size > 0`))
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('company_assets_company_id_slot_unique', ['company_id', 'slot'])
    .addForeignKeyConstraint(
      'company_assets_company_fk',
      ['organization_id', 'company_id'],
      'companies',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .execute();
}
