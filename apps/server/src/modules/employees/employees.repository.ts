// Employees in the database. Every query is scoped to one organisation. The list is paged by keyset
// (sort key, id): stable while rows are added, and as fast on the last page as on the first.
import { sql, type RawBuilder } from 'kysely';
import { isForeignKeyViolation } from '../../app/database/constraint-errors.js';
import type { Db, EmployeesTable } from '../../app/database/database.types.js';
import type { EmployeeSortOrder } from './employees.schemas.js';

export type EmployeeChanges = Partial<Omit<EmployeesTable, 'id' | 'organization_id' | 'created_at'>>;

export interface EmployeeFilters {
  companyId?: string;
  locationId?: string;
  departmentId?: string;
  orgUnitId?: string;
  employeeTypeId?: string;
  /** Relative to `today` (YYYY-MM-DD): active employees leave today or later, or have not left. */
  status?: 'active' | 'former';
  today: string;
  /** Lower-cased words that must all occur in the name key. */
  words: string[];
}

export interface EmployeeListOrder {
  sort: EmployeeSortOrder;
  direction: 'asc' | 'desc';
}

export type EmployeeListRow = EmployeesTable & { sort_key: string };

/** Employees without an exit date sort after every real date. */
const noExitDate = '9999-12-31';

function sortKeyOf(sort: EmployeeSortOrder): RawBuilder<string> {
  if (sort === 'lastName') return sql<string>`${sql.ref('name_key')}`;
  if (sort === 'entryDate') return sql<string>`${sql.ref('entry_date')}`;
  return sql<string>`coalesce(${sql.ref('exit_date')}, ${noExitDate})`;
}

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export type EmployeesRepository = ReturnType<typeof createEmployeesRepository>;

export function createEmployeesRepository({ db }: { db: Db }) {
  return {
    async listEmployees({
      organizationId,
      filters,
      order,
      after,
      limit,
    }: {
      organizationId: string;
      filters: EmployeeFilters;
      order: EmployeeListOrder;
      /** The last row of the previous page. */
      after?: { key: string; id: string };
      limit: number;
    }): Promise<EmployeeListRow[]> {
      const sortKey = sortKeyOf(order.sort);
      const comparison = order.direction === 'asc' ? '>' : '<';
      let query = db
        .selectFrom('employees')
        .selectAll()
        .select(sortKey.as('sort_key'))
        .where('organization_id', '=', organizationId);
      if (filters.companyId) query = query.where('company_id', '=', filters.companyId);
      if (filters.locationId) query = query.where('location_id', '=', filters.locationId);
      if (filters.departmentId) query = query.where('department_id', '=', filters.departmentId);
      if (filters.orgUnitId) query = query.where('org_unit_id', '=', filters.orgUnitId);
      if (filters.employeeTypeId) query = query.where('employee_type_id', '=', filters.employeeTypeId);
      if (filters.status === 'active') {
        query = query.where((eb) =>
          eb.or([eb('exit_date', 'is', null), eb('exit_date', '>=', filters.today)]),
        );
      }
      if (filters.status === 'former') query = query.where('exit_date', '<', filters.today);
      for (const word of filters.words) {
        // Both sides are lower-cased by the application, so LIKE behaves alike on both databases.
        query = query.where(sql<boolean>`${sql.ref('name_key')} like ${`%${escapeLike(word)}%`} escape '\\'`);
      }
      if (after) {
        query = query.where((eb) =>
          eb.or([
            eb(sortKey, comparison, after.key),
            eb.and([eb(sortKey, '=', after.key), eb('id', comparison, after.id)]),
          ]),
        );
      }
      return query.orderBy(sortKey, order.direction).orderBy('id', order.direction).limit(limit).execute();
    },

    async getEmployee({
      organizationId,
      employeeId,
    }: {
      organizationId: string;
      employeeId: string;
    }): Promise<EmployeesTable | undefined> {
      return db
        .selectFrom('employees')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', employeeId)
        .executeTakeFirst();
    },

    async insertEmployee({ employee }: { employee: EmployeesTable }): Promise<void> {
      await db.insertInto('employees').values(employee).execute();
    },

    async updateEmployee({
      organizationId,
      employeeId,
      changes,
    }: {
      organizationId: string;
      employeeId: string;
      changes: EmployeeChanges;
    }): Promise<EmployeesTable | undefined> {
      return db
        .updateTable('employees')
        .set(changes)
        .where('organization_id', '=', organizationId)
        .where('id', '=', employeeId)
        .returningAll()
        .executeTakeFirst();
    },

    /** 'referenced' when another row still points at the employee (the foreign keys decide). */
    async deleteEmployee({
      organizationId,
      employeeId,
    }: {
      organizationId: string;
      employeeId: string;
    }): Promise<'deleted' | 'not_found' | 'referenced'> {
      try {
        const result = await db
          .deleteFrom('employees')
          .where('organization_id', '=', organizationId)
          .where('id', '=', employeeId)
          .executeTakeFirst();
        return result.numDeletedRows > 0n ? 'deleted' : 'not_found';
      } catch (error) {
        if (isForeignKeyViolation(error)) return 'referenced';
        throw error;
      }
    },

    async countSupervisedEmployees({
      organizationId,
      employeeId,
    }: {
      organizationId: string;
      employeeId: string;
    }): Promise<number> {
      const row = await db
        .selectFrom('employees')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('organization_id', '=', organizationId)
        .where('supervisor_id', '=', employeeId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
