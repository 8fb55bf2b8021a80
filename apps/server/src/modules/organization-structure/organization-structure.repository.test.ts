import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import { dimensions } from './organization-structure.config.js';
import { toNameKey } from './organization-structure.models.js';
import { createOrganizationStructureRepository } from './organization-structure.repository.js';

const at = '2026-06-30T08:00:00.000Z';

async function insertOrganization(db: Db): Promise<string> {
  const id = createId('org');
  await db.insertInto('organizations').values({ id, name: 'Muster GmbH', created_at: at }).execute();
  return id;
}

function item(organizationId: string, name: string) {
  return {
    id: createId('dep'),
    organization_id: organizationId,
    name,
    name_key: toNameKey(name),
    created_at: at,
  };
}

function company(organizationId: string, name: string) {
  return {
    id: createId('cmp'),
    organization_id: organizationId,
    name,
    description: null,
    street: null,
    postal_code: null,
    city: null,
    register_info: null,
    layout_json: null,
    created_at: at,
    updated_at: at,
  };
}

describeEachDatabase('the organisation structure repository', ({ openDatabase }) => {
  const department = dimensions.department;

  it('lists items of one organisation only, ordered by name in any letter case', async () => {
    const { db } = await openDatabase();
    const repository = createOrganizationStructureRepository({ db });
    const [mine, other] = [await insertOrganization(db), await insertOrganization(db)];
    for (const name of ['vertrieb', 'Einkauf', 'Ärzte', 'Buchhaltung']) {
      await repository.insertDimensionItem({ dimension: department, item: item(mine, name) });
    }
    await repository.insertDimensionItem({ dimension: department, item: item(other, 'Andere') });
    const names = (await repository.listDimensionItems({ dimension: department, organizationId: mine })).map(
      (row) => row.name,
    );
    // The key is lower-case; ä sorts after the ASCII letters in code-point order on both databases.
    expect(names).toEqual(['Buchhaltung', 'Einkauf', 'vertrieb', 'Ärzte']);
  });

  it('reports a name taken in another letter case, including umlauts, but allows it in another organisation', async () => {
    const { db } = await openDatabase();
    const repository = createOrganizationStructureRepository({ db });
    const [mine, other] = [await insertOrganization(db), await insertOrganization(db)];
    expect(await repository.insertDimensionItem({ dimension: department, item: item(mine, 'Büro') })).toBe(
      'inserted',
    );
    expect(await repository.insertDimensionItem({ dimension: department, item: item(mine, 'BÜRO') })).toBe(
      'name_taken',
    );
    expect(await repository.insertDimensionItem({ dimension: department, item: item(other, 'büro') })).toBe(
      'inserted',
    );
  });

  it('does not find, rename or delete an item through another organisation', async () => {
    const { db } = await openDatabase();
    const repository = createOrganizationStructureRepository({ db });
    const [mine, other] = [await insertOrganization(db), await insertOrganization(db)];
    const row = item(mine, 'Vertrieb');
    await repository.insertDimensionItem({ dimension: department, item: row });
    const scoped = { dimension: department, organizationId: other, id: row.id };
    expect(await repository.getDimensionItem(scoped)).toBeUndefined();
    expect(await repository.renameDimensionItem({ ...scoped, name: 'X', nameKey: 'x' })).toBe('not_found');
    expect(await repository.deleteDimensionItem(scoped)).toBe('not_found');
    expect(await repository.getDimensionItem({ ...scoped, organizationId: mine })).toMatchObject({
      name: 'Vertrieb',
    });
  });

  it('reports a company in use when the foreign key refuses the delete', async () => {
    const { db } = await openDatabase();
    const repository = createOrganizationStructureRepository({ db });
    const organizationId = await insertOrganization(db);
    const row = company(organizationId, 'A GmbH');
    await repository.insertCompany({ company: row });
    await db
      .insertInto('employees')
      .values({
        id: createId('emp'),
        organization_id: organizationId,
        gender: 'female',
        first_name: 'Anna',
        last_name: 'Muster',
        name_key: 'muster anna',
        entry_date: '2020-01-01',
        company_id: row.id,
        created_at: at,
        updated_at: at,
      } as never)
      .execute();
    expect(
      await repository.countEmployeesAssigned({ organizationId, column: 'company_id', id: row.id }),
    ).toBe(1);
    expect(await repository.deleteCompany({ organizationId, companyId: row.id })).toBe('in_use');
  });

  it('refuses, in the database itself, an employee assigned to a company of another organisation', async () => {
    const { db } = await openDatabase();
    const repository = createOrganizationStructureRepository({ db });
    const [mine, other] = [await insertOrganization(db), await insertOrganization(db)];
    const foreign = company(other, 'Fremd AG');
    await repository.insertCompany({ company: foreign });
    await expect(
      db
        .insertInto('employees')
        .values({
          id: createId('emp'),
          organization_id: mine,
          gender: 'male',
          first_name: 'Max',
          last_name: 'Muster',
          name_key: 'muster max',
          entry_date: '2020-01-01',
          company_id: foreign.id,
          created_at: at,
          updated_at: at,
        } as never)
        .execute(),
    ).rejects.toThrow(/foreign key/i);
  });

  it('updates a company only within its organisation', async () => {
    const { db } = await openDatabase();
    const repository = createOrganizationStructureRepository({ db });
    const [mine, other] = [await insertOrganization(db), await insertOrganization(db)];
    const row = company(mine, 'A GmbH');
    await repository.insertCompany({ company: row });
    expect(
      await repository.updateCompany({
        organizationId: other,
        companyId: row.id,
        changes: { name: 'Gekapert' },
      }),
    ).toBeUndefined();
    expect(
      await repository.updateCompany({ organizationId: mine, companyId: row.id, changes: { city: 'Köln' } }),
    ).toMatchObject({ name: 'A GmbH', city: 'Köln' });
  });
});
