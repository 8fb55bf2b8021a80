// What leaves the server about an employee, the mapping of API fields to columns, and the name key
// (search and sort) made by the application so that both databases search and sort alike.
import type { EmployeesTable } from '../../app/database/database.types.js';
import type { UpdateEmployeeInput } from './employees.schemas.js';

export function toEmployeeNameKey({ firstName, lastName }: { firstName: string; lastName: string }): string {
  return `${lastName} ${firstName}`.normalize('NFC').toLocaleLowerCase('de-DE');
}

/** The search words, normalised like the name key. */
export function toSearchWords(search: string | undefined): string[] {
  if (!search) return [];
  return search.normalize('NFC').toLocaleLowerCase('de-DE').split(/\s+/).filter(Boolean);
}

export type EmployeeColumns = Omit<
  EmployeesTable,
  'id' | 'organization_id' | 'name_key' | 'created_at' | 'updated_at'
>;

const columnOf = {
  gender: 'gender',
  title: 'title',
  firstName: 'first_name',
  lastName: 'last_name',
  birthDate: 'birth_date',
  birthPlace: 'birth_place',
  street: 'street',
  postalCode: 'postal_code',
  city: 'city',
  email: 'email',
  companyId: 'company_id',
  locationId: 'location_id',
  departmentId: 'department_id',
  orgUnitId: 'org_unit_id',
  employeeTypeId: 'employee_type_id',
  entryDate: 'entry_date',
  exitDate: 'exit_date',
  jobTitle: 'job_title',
  jobProfile: 'job_profile',
  supervisorId: 'supervisor_id',
} as const satisfies Record<keyof UpdateEmployeeInput, keyof EmployeeColumns>;

/** The columns that the input sets; fields left out stay as they are. */
export function toEmployeeColumns(input: UpdateEmployeeInput): Partial<EmployeeColumns> {
  const columns: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columnOf)) {
    const value = input[field as keyof UpdateEmployeeInput];
    if (value !== undefined) columns[column] = value;
  }
  return columns as Partial<EmployeeColumns>;
}

export function formatEmployeeForApi(row: EmployeesTable) {
  return {
    id: row.id,
    gender: row.gender,
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    birthPlace: row.birth_place,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    email: row.email,
    companyId: row.company_id,
    locationId: row.location_id,
    departmentId: row.department_id,
    orgUnitId: row.org_unit_id,
    employeeTypeId: row.employee_type_id,
    entryDate: row.entry_date,
    exitDate: row.exit_date,
    jobTitle: row.job_title,
    jobProfile: row.job_profile,
    supervisorId: row.supervisor_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
