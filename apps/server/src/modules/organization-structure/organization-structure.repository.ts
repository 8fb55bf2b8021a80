// Companies and the four dimensions in the database. Every query is scoped to one organisation.
import { isForeignKeyViolation, isUniqueViolation } from '../../app/database/constraint-errors.js';
import type { CompaniesTable, Db, DimensionTable } from '../../app/database/database.types.js';
import type { Dimension } from './organization-structure.config.js';

export type CompanyChanges = Partial<Omit<CompaniesTable, 'id' | 'organization_id' | 'created_at'>>;

export type OrganizationStructureRepository = ReturnType<typeof createOrganizationStructureRepository>;

export function createOrganizationStructureRepository({ db }: { db: Db }) {
  /** Deletes one row of the organisation; a row still referenced (by employees) is reported, not thrown. */
  async function deleteOwnedRow(
    table: 'companies' | Dimension['table'],
    organizationId: string,
    id: string,
  ): Promise<'deleted' | 'not_found' | 'in_use'> {
    try {
      const result = await db
        .deleteFrom(table)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n ? 'deleted' : 'not_found';
    } catch (error) {
      if (isForeignKeyViolation(error)) return 'in_use';
      throw error;
    }
  }

  return {
    async listCompanies({ organizationId }: { organizationId: string }): Promise<CompaniesTable[]> {
      return db
        .selectFrom('companies')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .orderBy('name')
        .orderBy('id')
        .execute();
    },

    async getCompany({
      organizationId,
      companyId,
    }: {
      organizationId: string;
      companyId: string;
    }): Promise<CompaniesTable | undefined> {
      return db
        .selectFrom('companies')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', companyId)
        .executeTakeFirst();
    },

    async insertCompany({ company }: { company: CompaniesTable }): Promise<void> {
      await db.insertInto('companies').values(company).execute();
    },

    async updateCompany({
      organizationId,
      companyId,
      changes,
    }: {
      organizationId: string;
      companyId: string;
      changes: CompanyChanges;
    }): Promise<CompaniesTable | undefined> {
      return db
        .updateTable('companies')
        .set(changes)
        .where('organization_id', '=', organizationId)
        .where('id', '=', companyId)
        .returningAll()
        .executeTakeFirst();
    },

    /** 'in_use' when an employee references it (the foreign key is the last line of defence). */
    async deleteCompany({
      organizationId,
      companyId,
    }: {
      organizationId: string;
      companyId: string;
    }): Promise<'deleted' | 'not_found' | 'in_use'> {
      return deleteOwnedRow('companies', organizationId, companyId);
    },

    async listDimensionItems({
      dimension,
      organizationId,
    }: {
      dimension: Dimension;
      organizationId: string;
    }): Promise<DimensionTable[]> {
      return db
        .selectFrom(dimension.table)
        .selectAll()
        .where('organization_id', '=', organizationId)
        .orderBy('name_key')
        .orderBy('id')
        .execute();
    },

    async getDimensionItem({
      dimension,
      organizationId,
      id,
    }: {
      dimension: Dimension;
      organizationId: string;
      id: string;
    }): Promise<DimensionTable | undefined> {
      return db
        .selectFrom(dimension.table)
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** 'name_taken' when another item of the organisation has the name in any letter case. */
    async insertDimensionItem({
      dimension,
      item,
    }: {
      dimension: Dimension;
      item: DimensionTable;
    }): Promise<'inserted' | 'name_taken'> {
      try {
        await db.insertInto(dimension.table).values(item).execute();
        return 'inserted';
      } catch (error) {
        if (isUniqueViolation(error)) return 'name_taken';
        throw error;
      }
    },

    async renameDimensionItem({
      dimension,
      organizationId,
      id,
      name,
      nameKey,
    }: {
      dimension: Dimension;
      organizationId: string;
      id: string;
      name: string;
      nameKey: string;
    }): Promise<DimensionTable | 'not_found' | 'name_taken'> {
      try {
        const row = await db
          .updateTable(dimension.table)
          .set({ name, name_key: nameKey })
          .where('organization_id', '=', organizationId)
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        return row ?? 'not_found';
      } catch (error) {
        if (isUniqueViolation(error)) return 'name_taken';
        throw error;
      }
    },

    async deleteDimensionItem({
      dimension,
      organizationId,
      id,
    }: {
      dimension: Dimension;
      organizationId: string;
      id: string;
    }): Promise<'deleted' | 'not_found' | 'in_use'> {
      return deleteOwnedRow(dimension.table, organizationId, id);
    },

    /** How many employees of the organisation a company or dimension item is assigned to. */
    async countEmployeesAssigned({
      organizationId,
      column,
      id,
    }: {
      organizationId: string;
      column: Dimension['employeeColumn'] | 'company_id';
      id: string;
    }): Promise<number> {
      const row = await db
        .selectFrom('employees')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('organization_id', '=', organizationId)
        .where(column, '=', id)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
