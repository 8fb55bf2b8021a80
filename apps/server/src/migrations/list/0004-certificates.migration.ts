// Certificates (C1, C14): the certificate with its content snapshot, its status history, its issued
// versions (immutable: the application has no update path for them) and the tenant's employees who sign
// it. References are composite foreign keys (organization_id, x_id) like the organisation structure's.
// An employee who is the subject or a signer of a certificate cannot be deleted (ON DELETE RESTRICT,
// D3); deleting a certificate takes its history, versions and signer links with it (D1).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('certificates')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) =>
      column.notNull().references('organizations.id').onDelete('restrict'),
    )
    .addColumn('employee_id', 'text', (column) => column.notNull())
    .addColumn('company_id', 'text')
    .addColumn('kind', 'text', (column) =>
      column.notNull().check(sql`kind in ('final', 'interim', 'apprenticeship')`),
    )
    .addColumn('form', 'text', (column) => column.notNull().check(sql`form in ('qualified', 'simple')`))
    .addColumn('status', 'text', (column) =>
      column
        .notNull()
        .check(sql`status in ('draft', 'in_review', 'reviewed', 'approved', 'issued', 'archived')`),
    )
    .addColumn('is_private', 'integer', (column) => column.notNull().check(sql`is_private in (0, 1)`))
    // "last first" of the content's employee, lower-cased by the application: search by name.
    .addColumn('name_key', 'text', (column) => column.notNull())
    .addColumn('content_json', 'text', (column) => column.notNull())
    .addColumn('options_json', 'text', (column) => column.notNull())
    // null until users exist.
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    // Optimistic concurrency: every change increments it; a change must name the revision it saw.
    .addColumn('revision', 'integer', (column) => column.notNull().check(sql`revision >= 1`))
    .addUniqueConstraint('certificates_organization_id_id_unique', ['organization_id', 'id'])
    .addForeignKeyConstraint(
      'certificates_employee_fk',
      ['organization_id', 'employee_id'],
      'employees',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('restrict'),
    )
    .addForeignKeyConstraint(
      'certificates_company_fk',
      ['organization_id', 'company_id'],
      'companies',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('restrict'),
    )
    .execute();
  for (const [name, columns] of [
    ['created', ['organization_id', 'created_at', 'id']],
    ['employee', ['organization_id', 'employee_id']],
    ['company', ['organization_id', 'company_id']],
  ] as const) {
    await db.schema
      .createIndex(`certificates_${name}_index`)
      .on('certificates')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('certificate_status_changes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('certificate_id', 'text', (column) => column.notNull())
    // null: the creation of the certificate.
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (column) => column.notNull())
    .addColumn('changed_by', 'text')
    .addColumn('changed_at', 'text', (column) => column.notNull())
    .addColumn('comment', 'text')
    // The certificate's revision that the change produced: orders the history even within one millisecond.
    .addColumn('revision', 'integer', (column) => column.notNull())
    .addUniqueConstraint('certificate_status_changes_revision_unique', [
      'organization_id',
      'certificate_id',
      'revision',
    ])
    .addForeignKeyConstraint(
      'certificate_status_changes_certificate_fk',
      ['organization_id', 'certificate_id'],
      'certificates',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('certificate_versions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('certificate_id', 'text', (column) => column.notNull())
    .addColumn('number', 'integer', (column) => column.notNull().check(sql`number >= 1`))
    .addColumn('content_json', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('issued_at', 'text', (column) => column.notNull())
    .addColumn('issued_by', 'text')
    .addUniqueConstraint('certificate_versions_number_unique', [
      'organization_id',
      'certificate_id',
      'number',
    ])
    .addForeignKeyConstraint(
      'certificate_versions_certificate_fk',
      ['organization_id', 'certificate_id'],
      'certificates',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('certificate_signers')
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('certificate_id', 'text', (column) => column.notNull())
    .addColumn('employee_id', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('certificate_signers_pk', ['organization_id', 'certificate_id', 'employee_id'])
    .addForeignKeyConstraint(
      'certificate_signers_certificate_fk',
      ['organization_id', 'certificate_id'],
      'certificates',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'certificate_signers_employee_fk',
      ['organization_id', 'employee_id'],
      'employees',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('restrict'),
    )
    .execute();
  // Deleting an employee looks up the certificates they sign.
  await db.schema
    .createIndex('certificate_signers_employee_index')
    .on('certificate_signers')
    .columns(['organization_id', 'employee_id'])
    .execute();
}
