// The organisation structure (companies and the four dimensions of C2/U7) and the employees.
// Every row carries organization_id, and every reference is a composite foreign key
// (organization_id, x_id), so that the database itself refuses a reference into another organisation.
// `name_key` is the name lower-cased by the application (Unicode-aware on both databases): the
// case-insensitive uniqueness of dimension names, and the employees' search and sort key.
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

// The four dimensions that are a plain name per organisation.
const dimensionTables = ['locations', 'departments', 'org_units', 'employee_types'] as const;

function withTenantColumns<T extends string>(
  table: CreateTableBuilder<T>,
): CreateTableBuilder<T, 'id' | 'organization_id'> {
  return table
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) =>
      column.notNull().references('organizations.id').onDelete('restrict'),
    );
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTenantColumns(db.schema.createTable('companies'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text')
    .addColumn('street', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('register_info', 'text')
    .addColumn('layout_json', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    // The target of the employees' composite foreign key.
    .addUniqueConstraint('companies_organization_id_id_unique', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('companies_organization_id_name_index')
    .on('companies')
    .columns(['organization_id', 'name', 'id'])
    .execute();

  for (const table of dimensionTables) {
    await withTenantColumns(db.schema.createTable(table))
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('name_key', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addUniqueConstraint(`${table}_organization_id_id_unique`, ['organization_id', 'id'])
      .addUniqueConstraint(`${table}_organization_id_name_key_unique`, ['organization_id', 'name_key'])
      .execute();
  }

  await withTenantColumns(db.schema.createTable('employees'))
    .addColumn('gender', 'text', (column) =>
      column.notNull().check(sql`gender in ('male', 'female', 'diverse')`),
    )
    .addColumn('title', 'text')
    .addColumn('first_name', 'text', (column) => column.notNull())
    .addColumn('last_name', 'text', (column) => column.notNull())
    .addColumn('name_key', 'text', (column) => column.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('birth_place', 'text')
    .addColumn('street', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('email', 'text')
    .addColumn('company_id', 'text')
    .addColumn('location_id', 'text')
    .addColumn('department_id', 'text')
    .addColumn('org_unit_id', 'text')
    .addColumn('employee_type_id', 'text')
    .addColumn('entry_date', 'text', (column) => column.notNull())
    .addColumn('exit_date', 'text')
    .addColumn('job_title', 'text')
    .addColumn('job_profile', 'text')
    .addColumn('supervisor_id', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addCheckConstraint('employees_exit_after_entry_check', sql`exit_date is null or exit_date >= entry_date`)
    .addCheckConstraint(
      'employees_supervisor_not_self_check',
      sql`supervisor_id is null or supervisor_id <> id`,
    )
    .addUniqueConstraint('employees_organization_id_id_unique', ['organization_id', 'id'])
    .addForeignKeyConstraint(
      'employees_company_fk',
      ['organization_id', 'company_id'],
      'companies',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('restrict'),
    )
    .addForeignKeyConstraint(
      'employees_location_fk',
      ['organization_id', 'location_id'],
      'locations',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('restrict'),
    )
    .addForeignKeyConstraint(
      'employees_department_fk',
      ['organization_id', 'department_id'],
      'departments',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('restrict'),
    )
    .addForeignKeyConstraint(
      'employees_org_unit_fk',
      ['organization_id', 'org_unit_id'],
      'org_units',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('restrict'),
    )
    .addForeignKeyConstraint(
      'employees_employee_type_fk',
      ['organization_id', 'employee_type_id'],
      'employee_types',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('restrict'),
    )
    .addForeignKeyConstraint(
      'employees_supervisor_fk',
      ['organization_id', 'supervisor_id'],
      'employees',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('restrict'),
    )
    .execute();

  // The list queries: by name, entry date and exit date, each with the id as tie-breaker (keyset).
  for (const [name, columns] of [
    ['name', ['organization_id', 'name_key', 'id']],
    ['entry_date', ['organization_id', 'entry_date', 'id']],
    ['exit_date', ['organization_id', 'exit_date', 'id']],
    // Foreign keys are not indexed automatically; deleting a structure item looks its employees up.
    ['company', ['organization_id', 'company_id']],
    ['location', ['organization_id', 'location_id']],
    ['department', ['organization_id', 'department_id']],
    ['org_unit', ['organization_id', 'org_unit_id']],
    ['employee_type', ['organization_id', 'employee_type_id']],
    ['supervisor', ['organization_id', 'supervisor_id']],
  ] as const) {
    await db.schema
      .createIndex(`employees_${name}_index`)
      .on('employees')
      .columns([...columns])
      .execute();
  }
}
