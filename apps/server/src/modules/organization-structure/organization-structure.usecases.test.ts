import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../app/database/database.test-utils.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { employeeRow, insertTestOrganization } from '../employees/employees.test-utils.js';
import { dimensions } from './organization-structure.config.js';
import { createOrganizationStructureRepository } from './organization-structure.repository.js';
import * as usecases from './organization-structure.usecases.js';

async function setUp() {
  const { db } = await createTestDatabase();
  const organizationId = await insertTestOrganization(db);
  const dependencies: usecases.StructureDependencies = {
    inTransaction: createTransactionRunner(db, (trx) => ({
      structure: createOrganizationStructureRepository({ db: trx }),
    })),
    now: () => new Date('2026-06-30T08:00:00.000Z'),
  };
  return { db, organizationId, dependencies };
}

describe('companies', () => {
  it('stores the layout as JSON, stamps both times from the clock, and moves updatedAt on change', async () => {
    const { organizationId, dependencies } = await setUp();
    const { company } = await usecases.createCompany({
      organizationId,
      input: { name: 'A GmbH', layout: null, city: 'Köln' },
      ...dependencies,
    });
    expect(company).toMatchObject({
      id: expect.stringMatching(/^cmp_/),
      city: 'Köln',
      layout_json: null,
      created_at: '2026-06-30T08:00:00.000Z',
      updated_at: '2026-06-30T08:00:00.000Z',
    });
    const { company: changed } = await usecases.updateCompany({
      organizationId,
      companyId: company.id,
      input: { name: 'B GmbH' },
      ...dependencies,
      now: () => new Date('2026-07-01T10:00:00.000Z'),
    });
    expect(changed).toMatchObject({
      name: 'B GmbH',
      city: 'Köln',
      created_at: '2026-06-30T08:00:00.000Z',
      updated_at: '2026-07-01T10:00:00.000Z',
    });
  });

  it('answers company.not_found for an unknown id on read, change and delete', async () => {
    const { organizationId, dependencies } = await setUp();
    const scoped = { organizationId, companyId: 'cmp_missing', ...dependencies };
    await expect(usecases.getCompanyOrThrow(scoped)).rejects.toMatchObject({ code: 'company.not_found' });
    await expect(usecases.updateCompany({ ...scoped, input: { city: 'X' } })).rejects.toMatchObject({
      code: 'company.not_found',
    });
    await expect(usecases.deleteCompany(scoped)).rejects.toMatchObject({ code: 'company.not_found' });
  });
});

describe('dimension items', () => {
  const dimension = dimensions.employeeType;

  it('refuses a second item with the same name in another letter case', async () => {
    const { organizationId, dependencies } = await setUp();
    await usecases.createDimensionItem({ dimension, organizationId, name: 'Auszubildende', ...dependencies });
    await expect(
      usecases.createDimensionItem({ dimension, organizationId, name: 'AUSZUBILDENDE', ...dependencies }),
    ).rejects.toMatchObject({
      code: 'structure.name_taken',
      message: 'The name "AUSZUBILDENDE" is already taken by another employee type.',
    });
  });

  it('refuses to delete an item assigned to employees, naming how many', async () => {
    const { db, organizationId, dependencies } = await setUp();
    const { item } = await usecases.createDimensionItem({
      dimension,
      organizationId,
      name: 'Werkstudent',
      ...dependencies,
    });
    for (const first_name of ['A', 'B']) {
      await db
        .insertInto('employees')
        .values(employeeRow(organizationId, { first_name, last_name: 'X', employee_type_id: item.id }))
        .execute();
    }
    await expect(
      usecases.deleteDimensionItem({ dimension, organizationId, id: item.id, ...dependencies }),
    ).rejects.toMatchObject({ code: 'structure.in_use', message: expect.stringContaining('2 employee(s)') });
  });
});
