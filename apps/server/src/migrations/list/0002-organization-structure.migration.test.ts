import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import { employeeRow, insertTestOrganization } from '../../modules/employees/employees.test-utils.js';

describeEachDatabase('0002-organization-structure', ({ openDatabase }) => {
  it('refuses an exit before the entry, and an employee as their own supervisor', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    await expect(
      db
        .insertInto('employees')
        .values(employeeRow(organizationId, { first_name: 'A', last_name: 'B', exit_date: '2019-12-31' }))
        .execute(),
    ).rejects.toThrow(/check/i);
    const row = employeeRow(organizationId, { first_name: 'A', last_name: 'B' });
    await db.insertInto('employees').values(row).execute();
    await expect(
      db.updateTable('employees').set({ supervisor_id: row.id }).where('id', '=', row.id).execute(),
    ).rejects.toThrow(/check/i);
  });

  it('accepts only the three genders', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    const row = employeeRow(organizationId, { first_name: 'A', last_name: 'B' });
    await expect(
      db
        .insertInto('employees')
        .values({ ...row, gender: sql<'male'>`'unknown'` })
        .execute(),
    ).rejects.toThrow(/check/i);
  });

  it('refuses to delete an organisation that still has structure', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    await db
      .insertInto('departments')
      .values({
        id: 'dep_1',
        organization_id: organizationId,
        name: 'A',
        name_key: 'a',
        created_at: '2026-01-01',
      })
      .execute();
    await expect(db.deleteFrom('organizations').where('id', '=', organizationId).execute()).rejects.toThrow(
      /foreign key/i,
    );
  });
});
