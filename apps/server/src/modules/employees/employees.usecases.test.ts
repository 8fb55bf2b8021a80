import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../app/database/database.test-utils.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { createOrganizationStructureRepository } from '../organization-structure/organization-structure.repository.js';
import { createEmployeesRepository } from './employees.repository.js';
import type { CreateEmployeeInput } from './employees.schemas.js';
import { insertTestOrganization } from './employees.test-utils.js';
import * as usecases from './employees.usecases.js';

const now = () => new Date('2026-06-30T08:00:00.000Z');

async function setUp() {
  const { db } = await createTestDatabase();
  const organizationId = await insertTestOrganization(db);
  const dependencies: usecases.EmployeeDependencies = {
    inTransaction: createTransactionRunner(db, (trx) => ({
      employees: createEmployeesRepository({ db: trx }),
      structure: createOrganizationStructureRepository({ db: trx }),
    })),
    now,
  };
  const create = async (input: Partial<CreateEmployeeInput> = {}) =>
    (
      await usecases.createEmployee({
        organizationId,
        input: { gender: 'female', firstName: 'Anna', lastName: 'Muster', entryDate: '2020-01-01', ...input },
        ...dependencies,
      })
    ).employee;
  return { db, organizationId, dependencies, create };
}

describe('createEmployee', () => {
  it('stores the employee with the clock’s time and a name key for search and sort', async () => {
    const { db, create } = await setUp();
    const employee = await create({ lastName: 'Müller', title: 'Dr.' });
    expect(employee).toMatchObject({
      id: expect.stringMatching(/^emp_/),
      name_key: 'müller anna',
      title: 'Dr.',
      exit_date: null,
      created_at: '2026-06-30T08:00:00.000Z',
      updated_at: '2026-06-30T08:00:00.000Z',
    });
    expect(await db.selectFrom('employees').selectAll().execute()).toEqual([employee]);
  });

  it('refuses an exit before the entry and a birth after it, naming both fields, and stores nothing', async () => {
    const { db, create } = await setUp();
    await expect(
      create({ entryDate: '2020-01-01', exitDate: '2019-12-31', birthDate: '2021-01-01' }),
    ).rejects.toMatchObject({
      code: 'validation.failed',
      issues: [
        { path: 'exitDate', message: 'must not be before entryDate' },
        { path: 'birthDate', message: 'must be before entryDate' },
      ],
    });
    expect(await db.selectFrom('employees').select('id').execute()).toEqual([]);
  });

  it('refuses structure and supervisor references that the organisation does not have', async () => {
    const { create } = await setUp();
    await expect(create({ companyId: 'cmp_missing' })).rejects.toMatchObject({ code: 'company.not_found' });
    await expect(create({ departmentId: 'dep_missing' })).rejects.toMatchObject({
      code: 'department.not_found',
    });
    await expect(create({ orgUnitId: 'unt_missing' })).rejects.toMatchObject({ code: 'org_unit.not_found' });
    await expect(create({ supervisorId: 'emp_missing' })).rejects.toMatchObject({
      code: 'employee.not_found',
      message: 'There is no supervisor emp_missing.',
    });
  });
});

describe('updateEmployee', () => {
  it('changes only the given fields, clears fields set to null, and keeps the name key in step', async () => {
    const { organizationId, dependencies, create } = await setUp();
    const { id } = await create({ city: 'Köln', jobTitle: 'Buchhalterin' });
    const later = () => new Date('2026-07-01T09:00:00.000Z');
    const { employee } = await usecases.updateEmployee({
      organizationId,
      employeeId: id,
      input: { lastName: 'Schäfer', city: null },
      ...dependencies,
      now: later,
    });
    expect(employee).toMatchObject({
      last_name: 'Schäfer',
      name_key: 'schäfer anna',
      city: null,
      job_title: 'Buchhalterin',
      created_at: '2026-06-30T08:00:00.000Z',
      updated_at: '2026-07-01T09:00:00.000Z',
    });
  });

  it('checks the dates against the stored ones', async () => {
    const { organizationId, dependencies, create } = await setUp();
    const { id } = await create({ entryDate: '2020-01-01' });
    await expect(
      usecases.updateEmployee({
        organizationId,
        employeeId: id,
        input: { exitDate: '2019-01-01' },
        ...dependencies,
      }),
    ).rejects.toMatchObject({ code: 'validation.failed', issues: [{ path: 'exitDate' }] });
  });

  it('refuses a supervisor chain that leads back to the employee', async () => {
    const { organizationId, dependencies, create } = await setUp();
    const boss = await create({ firstName: 'Berta' });
    const lead = await create({ firstName: 'Lena', supervisorId: boss.id });
    const member = await create({ firstName: 'Mia', supervisorId: lead.id });
    for (const supervisorId of [boss.id, member.id]) {
      await expect(
        usecases.updateEmployee({
          organizationId,
          employeeId: boss.id,
          input: { supervisorId },
          ...dependencies,
        }),
      ).rejects.toMatchObject({ code: 'validation.failed', issues: [{ path: 'supervisorId' }] });
    }
  });
});

describe('deleteEmployee', () => {
  it('refuses to delete a supervisor of others with employee.referenced, and deletes once they are reassigned', async () => {
    const { organizationId, dependencies, create } = await setUp();
    const boss = await create({ firstName: 'Berta' });
    const member = await create({ firstName: 'Mia', supervisorId: boss.id });
    await expect(
      usecases.deleteEmployee({ organizationId, employeeId: boss.id, ...dependencies }),
    ).rejects.toMatchObject({
      code: 'employee.referenced',
      message: expect.stringContaining('supervisor of 1 employee(s)'),
    });
    await usecases.updateEmployee({
      organizationId,
      employeeId: member.id,
      input: { supervisorId: null },
      ...dependencies,
    });
    await usecases.deleteEmployee({ organizationId, employeeId: boss.id, ...dependencies });
    await expect(
      usecases.getEmployeeOrThrow({ organizationId, employeeId: boss.id, ...dependencies }),
    ).rejects.toMatchObject({ code: 'employee.not_found' });
  });
});

describe('listEmployees', () => {
  it('pages with an opaque cursor, and refuses a cursor of another sort order or a forged one', async () => {
    const { organizationId, dependencies, create } = await setUp();
    for (const firstName of ['A', 'B', 'C']) await create({ firstName, lastName: 'Gleich' });
    const query = { sort: 'lastName', direction: 'asc', limit: 2 } as const;
    const first = await usecases.listEmployees({ organizationId, query, ...dependencies });
    expect(first.employees.map((employee) => employee.first_name)).toEqual(['A', 'B']);
    expect(first.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const second = await usecases.listEmployees({
      organizationId,
      query: { ...query, cursor: first.nextCursor! },
      ...dependencies,
    });
    expect(second).toMatchObject({ employees: [{ first_name: 'C' }], nextCursor: null });
    await expect(
      usecases.listEmployees({
        organizationId,
        query: { ...query, sort: 'entryDate', cursor: first.nextCursor! },
        ...dependencies,
      }),
    ).rejects.toMatchObject({ code: 'validation.failed', issues: [{ path: 'query.cursor' }] });
    await expect(
      usecases.listEmployees({ organizationId, query: { ...query, cursor: 'bm90LWpzb24' }, ...dependencies }),
    ).rejects.toMatchObject({ code: 'validation.failed', issues: [{ path: 'query.cursor' }] });
  });

  it('answers not found for a filter on a structure item that the organisation does not have', async () => {
    const { organizationId, dependencies } = await setUp();
    await expect(
      usecases.listEmployees({
        organizationId,
        query: { sort: 'lastName', direction: 'asc', limit: 10, locationId: 'loc_missing' },
        ...dependencies,
      }),
    ).rejects.toMatchObject({ code: 'location.not_found' });
  });
});
