import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { toSearchWords } from './employees.models.js';
import {
  createEmployeesRepository,
  type EmployeeFilters,
  type EmployeeListOrder,
} from './employees.repository.js';
import { employeeRow, insertTestOrganization } from './employees.test-utils.js';

const today = '2026-06-30';
const noFilters: EmployeeFilters = { today, words: [] };
const byName: EmployeeListOrder = { sort: 'lastName', direction: 'asc' };

async function seed(db: Db, organizationId: string, rows: Parameters<typeof employeeRow>[1][]) {
  const repository = createEmployeesRepository({ db });
  const inserted = [];
  for (const fields of rows) {
    const row = employeeRow(organizationId, fields);
    await repository.insertEmployee({ employee: row });
    inserted.push(row);
  }
  return inserted;
}

/** Every page of the list, following the last row of each page as the next start. */
async function readAllPages(db: Db, organizationId: string, order: EmployeeListOrder, limit: number) {
  const repository = createEmployeesRepository({ db });
  const pages: string[][] = [];
  let after: { key: string; id: string } | undefined;
  for (;;) {
    const rows = await repository.listEmployees({
      organizationId,
      filters: noFilters,
      order,
      limit,
      ...(after ? { after } : {}),
    });
    if (rows.length === 0) break;
    pages.push(rows.map((row) => row.id));
    const last = rows.at(-1)!;
    after = { key: last.sort_key, id: last.id };
  }
  return pages;
}

describeEachDatabase('the employees repository', ({ openDatabase }) => {
  it('finds names by any part in any letter case, umlauts included („Müller“ by „mül“ and „MÜL“)', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    await seed(db, organizationId, [
      { first_name: 'Anna', last_name: 'Müller' },
      { first_name: 'Jörg', last_name: 'MÜLLER-Lüdenscheidt' },
      { first_name: 'Max', last_name: 'Mueller' },
      { first_name: 'Ömer', last_name: 'Straße' },
    ]);
    const repository = createEmployeesRepository({ db });
    const find = async (search: string) =>
      (
        await repository.listEmployees({
          organizationId,
          filters: { ...noFilters, words: toSearchWords(search) },
          order: byName,
          limit: 10,
        })
      ).map((row) => row.last_name);
    expect(await find('mül')).toEqual(['Müller', 'MÜLLER-Lüdenscheidt']);
    expect(await find('MÜL')).toEqual(['Müller', 'MÜLLER-Lüdenscheidt']);
    expect(await find('lüdensch jörg')).toEqual(['MÜLLER-Lüdenscheidt']);
    expect(await find('ömer STRASSE')).toEqual([]);
    expect(await find('ömer straße')).toEqual(['Straße']);
    // LIKE wildcards in the search are plain characters.
    expect(await find('%')).toEqual([]);
    expect(await find('_')).toEqual([]);
  });

  it('pages by keyset without gaps or repeats when many employees share a last name', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    const rows = await seed(
      db,
      organizationId,
      Array.from({ length: 7 }, (_, index) => ({
        first_name: 'Anna',
        last_name: index < 5 ? 'Schmidt' : 'Abel',
      })),
    );
    const pages = await readAllPages(db, organizationId, byName, 2);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 1]);
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(7);
    const expected = [...rows].sort((a, b) =>
      a.name_key === b.name_key ? (a.id < b.id ? -1 : 1) : a.name_key < b.name_key ? -1 : 1,
    );
    expect(ids).toEqual(expected.map((row) => row.id));
    // Descending is the exact reverse.
    expect(
      (await readAllPages(db, organizationId, { sort: 'lastName', direction: 'desc' }, 3)).flat(),
    ).toEqual([...ids].reverse());
  });

  it('sorts by entry date and by exit date, employees without an exit date last', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    await seed(db, organizationId, [
      { first_name: 'A', last_name: 'Still', entry_date: '2019-01-01' },
      { first_name: 'B', last_name: 'Early', entry_date: '2010-05-01', exit_date: '2015-12-31' },
      { first_name: 'C', last_name: 'Late', entry_date: '2022-01-01', exit_date: '2024-06-30' },
      { first_name: 'D', last_name: 'Also', entry_date: '2018-01-01' },
    ]);
    const namesOf = async (order: EmployeeListOrder, limit: number) => {
      const ids = (await readAllPages(db, organizationId, order, limit)).flat();
      const rows = await db.selectFrom('employees').select(['id', 'last_name']).execute();
      return ids.map((id) => rows.find((row) => row.id === id)?.last_name);
    };
    expect(await namesOf({ sort: 'entryDate', direction: 'asc' }, 3)).toEqual([
      'Early',
      'Also',
      'Still',
      'Late',
    ]);
    const byExit = await namesOf({ sort: 'exitDate', direction: 'asc' }, 1);
    expect(byExit.slice(0, 2)).toEqual(['Early', 'Late']);
    expect(byExit.slice(2).sort()).toEqual(['Also', 'Still']);
    expect(await namesOf({ sort: 'exitDate', direction: 'desc' }, 3)).toEqual([...byExit].reverse());
  });

  it('filters by status: active until and including the exit date, former after it', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    await seed(db, organizationId, [
      { first_name: 'A', last_name: 'Current' },
      { first_name: 'B', last_name: 'LeavesToday', exit_date: today },
      { first_name: 'C', last_name: 'LeavesLater', exit_date: '2026-12-31' },
      { first_name: 'D', last_name: 'Left', exit_date: '2026-06-29' },
    ]);
    const repository = createEmployeesRepository({ db });
    const names = async (status: 'active' | 'former') =>
      (
        await repository.listEmployees({
          organizationId,
          filters: { ...noFilters, status },
          order: byName,
          limit: 10,
        })
      ).map((row) => row.last_name);
    expect(await names('active')).toEqual(['Current', 'LeavesLater', 'LeavesToday']);
    expect(await names('former')).toEqual(['Left']);
  });

  it('lists, finds, changes and deletes employees of one organisation only', async () => {
    const { db } = await openDatabase();
    const [mine, other] = [await insertTestOrganization(db), await insertTestOrganization(db, 'Andere AG')];
    const [own] = await seed(db, mine, [{ first_name: 'Anna', last_name: 'Müller' }]);
    await seed(db, other, [{ first_name: 'Anna', last_name: 'Müller' }]);
    const repository = createEmployeesRepository({ db });
    const listed = await repository.listEmployees({
      organizationId: mine,
      filters: noFilters,
      order: byName,
      limit: 10,
    });
    expect(listed.map((row) => row.id)).toEqual([own!.id]);
    const foreign = { organizationId: other, employeeId: own!.id };
    expect(await repository.getEmployee(foreign)).toBeUndefined();
    expect(await repository.updateEmployee({ ...foreign, changes: { city: 'X' } })).toBeUndefined();
    expect(await repository.deleteEmployee(foreign)).toBe('not_found');
    expect(await repository.getEmployee({ organizationId: mine, employeeId: own!.id })).toMatchObject({
      city: null,
    });
  });

  it('reports an employee whom others report to as referenced when the foreign key refuses the delete', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    const [boss] = await seed(db, organizationId, [{ first_name: 'Berta', last_name: 'Boss' }]);
    await seed(db, organizationId, [{ first_name: 'Anna', last_name: 'Team', supervisor_id: boss!.id }]);
    const repository = createEmployeesRepository({ db });
    expect(await repository.countSupervisedEmployees({ organizationId, employeeId: boss!.id })).toBe(1);
    expect(await repository.deleteEmployee({ organizationId, employeeId: boss!.id })).toBe('referenced');
  });
});
