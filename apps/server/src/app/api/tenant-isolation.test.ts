// Threat: a user of one organisation reads, changes, deletes or learns about another organisation's
// structure or employees by guessing or knowing their ids. Every route must answer as if they did not exist.
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Db } from '../database/database.types.js';
import { createId } from '../ids.js';
import { createApiTestServer, insertOrganization, testNow } from './api.test-utils.js';

const at = testNow.toISOString();
const secret = 'Geheim';

/** A complete foreign organisation, written directly to the database. */
async function insertForeignTenant(db: Db) {
  const organizationId = await insertOrganization(db);
  const ids = {
    company: createId('cmp'),
    location: createId('loc'),
    department: createId('dep'),
    orgUnit: createId('unt'),
    employeeType: createId('ety'),
    employee: createId('emp'),
  };
  await db
    .insertInto('companies')
    .values({
      id: ids.company,
      organization_id: organizationId,
      name: `${secret} AG`,
      description: null,
      street: null,
      postal_code: null,
      city: null,
      register_info: null,
      layout_json: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const [table, id] of [
    ['locations', ids.location],
    ['departments', ids.department],
    ['org_units', ids.orgUnit],
    ['employee_types', ids.employeeType],
  ] as const) {
    await db
      .insertInto(table)
      .values({
        id,
        organization_id: organizationId,
        name: secret,
        name_key: secret.toLowerCase(),
        created_at: at,
      })
      .execute();
  }
  await db
    .insertInto('employees')
    .values({
      id: ids.employee,
      organization_id: organizationId,
      gender: 'female',
      title: null,
      first_name: secret,
      last_name: secret,
      name_key: `${secret} ${secret}`.toLowerCase(),
      birth_date: null,
      birth_place: null,
      street: null,
      postal_code: null,
      city: null,
      email: null,
      company_id: ids.company,
      location_id: ids.location,
      department_id: ids.department,
      org_unit_id: ids.orgUnit,
      employee_type_id: ids.employeeType,
      entry_date: '2020-01-01',
      exit_date: null,
      job_title: null,
      job_profile: null,
      supervisor_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { organizationId, ids };
}

type ForeignIds = Awaited<ReturnType<typeof insertForeignTenant>>['ids'];

const structureRoutes = [
  ['companies', 'company', 'company.not_found', { name: 'Gekapert' }],
  ['locations', 'location', 'location.not_found', { name: 'Gekapert' }],
  ['departments', 'department', 'department.not_found', { name: 'Gekapert' }],
  ['org-units', 'orgUnit', 'org_unit.not_found', { name: 'Gekapert' }],
  ['employee-types', 'employeeType', 'employee_type.not_found', { name: 'Gekapert' }],
  ['employees', 'employee', 'employee.not_found', { city: 'Gekapert' }],
] as const;

const byIdRoutes: [string, (ids: ForeignIds) => InjectOptions, string][] = structureRoutes.flatMap(
  ([path, key, code, changes]) => [
    [`GET /${path}/:id`, (ids: ForeignIds) => ({ method: 'GET', url: `/api/v1/${path}/${ids[key]}` }), code],
    [
      `PATCH /${path}/:id`,
      (ids: ForeignIds) => ({ method: 'PATCH', url: `/api/v1/${path}/${ids[key]}`, payload: changes }),
      code,
    ],
    [
      `DELETE /${path}/:id`,
      (ids: ForeignIds) => ({ method: 'DELETE', url: `/api/v1/${path}/${ids[key]}` }),
      code,
    ],
  ],
);

const filterRoutes: [string, (ids: ForeignIds) => InjectOptions, string][] = [
  ['companyId', 'company', 'company.not_found'],
  ['locationId', 'location', 'location.not_found'],
  ['departmentId', 'department', 'department.not_found'],
  ['orgUnitId', 'orgUnit', 'org_unit.not_found'],
  ['employeeTypeId', 'employeeType', 'employee_type.not_found'],
].map(([parameter, key, code]) => [
  `GET /employees?${parameter}=`,
  (ids: ForeignIds) => ({
    method: 'GET',
    url: `/api/v1/employees?${parameter}=${ids[key as keyof ForeignIds]}`,
  }),
  code!,
]);

const referenceRoutes: [string, (ids: ForeignIds) => InjectOptions, string][] = [
  ['companyId', 'company', 'company.not_found'],
  ['locationId', 'location', 'location.not_found'],
  ['departmentId', 'department', 'department.not_found'],
  ['orgUnitId', 'orgUnit', 'org_unit.not_found'],
  ['employeeTypeId', 'employeeType', 'employee_type.not_found'],
  ['supervisorId', 'employee', 'employee.not_found'],
].map(([field, key, code]) => [
  `POST /employees with a foreign ${field}`,
  (ids: ForeignIds) => ({
    method: 'POST',
    url: '/api/v1/employees',
    payload: {
      gender: 'male',
      firstName: 'Max',
      lastName: 'Muster',
      entryDate: '2020-01-01',
      [field!]: ids[key as keyof ForeignIds],
    },
  }),
  code!,
]);

describe('tenant isolation: ids of another organisation', () => {
  it.each([...byIdRoutes, ...filterRoutes, ...referenceRoutes])(
    '%s answers 404 and leaks nothing',
    async (_route, request, code) => {
      const { send, db } = await createApiTestServer();
      const { ids } = await insertForeignTenant(db);
      const before = await db.selectFrom('employees').selectAll().execute();
      const response = await send(request(ids));
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ error: { code, message: expect.any(String) } });
      expect(JSON.stringify(response.body)).not.toContain(secret);
      // Nothing of the other organisation changed, and nothing was added.
      expect(await db.selectFrom('employees').selectAll().execute()).toEqual(before);
      expect(await db.selectFrom('companies').select('name').execute()).toEqual([{ name: `${secret} AG` }]);
    },
  );

  it('PATCH of an own employee with a foreign supervisor answers 404 and changes nothing', async () => {
    const { send, db } = await createApiTestServer();
    const { ids } = await insertForeignTenant(db);
    const own = (
      await send({
        method: 'POST',
        url: '/api/v1/employees',
        payload: { gender: 'male', firstName: 'Max', lastName: 'Muster', entryDate: '2020-01-01' },
      })
    ).body as { id: string };
    const response = await send({
      method: 'PATCH',
      url: `/api/v1/employees/${own.id}`,
      payload: { supervisorId: ids.employee, companyId: ids.company },
    });
    expect(response.status).toBe(404);
    expect(await send({ url: `/api/v1/employees/${own.id}` })).toMatchObject({
      body: { supervisorId: null, companyId: null },
    });
  });

  it.each(['companies', 'locations', 'departments', 'org-units', 'employee-types', 'employees'])(
    'GET /%s lists only the own organisation',
    async (path) => {
      const { send, db } = await createApiTestServer();
      await insertForeignTenant(db);
      const response = await send({ url: `/api/v1/${path}` });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ items: [] });
      expect(JSON.stringify(response.body)).not.toContain(secret);
    },
  );

  it('a search for a foreign employee’s name finds nothing', async () => {
    const { send, db } = await createApiTestServer();
    await insertForeignTenant(db);
    const response = await send({ url: `/api/v1/employees?search=${secret.toLowerCase()}` });
    expect(response).toMatchObject({ status: 200, body: { items: [], nextCursor: null } });
  });

  it('a structure name used by another organisation is free in the own one', async () => {
    const { send, db } = await createApiTestServer();
    await insertForeignTenant(db);
    expect(
      await send({ method: 'POST', url: '/api/v1/departments', payload: { name: secret } }),
    ).toMatchObject({
      status: 201,
    });
  });
});
