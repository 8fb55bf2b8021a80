// Employee rows for repository tests, complete with defaults.
import type { Db, EmployeesTable } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import { toEmployeeNameKey } from './employees.models.js';

const at = '2026-06-30T08:00:00.000Z';

export async function insertTestOrganization(db: Db, name = 'Muster GmbH'): Promise<string> {
  const id = createId('org');
  await db.insertInto('organizations').values({ id, name, created_at: at }).execute();
  return id;
}

export function employeeRow(
  organizationId: string,
  fields: Partial<EmployeesTable> & { first_name: string; last_name: string },
): EmployeesTable {
  return {
    id: createId('emp'),
    organization_id: organizationId,
    gender: 'female',
    title: null,
    name_key: toEmployeeNameKey({ firstName: fields.first_name, lastName: fields.last_name }),
    birth_date: null,
    birth_place: null,
    street: null,
    postal_code: null,
    city: null,
    email: null,
    company_id: null,
    location_id: null,
    department_id: null,
    org_unit_id: null,
    employee_type_id: null,
    entry_date: '2020-01-01',
    exit_date: null,
    job_title: null,
    job_profile: null,
    supervisor_id: null,
    created_at: at,
    updated_at: at,
    ...fields,
  };
}
