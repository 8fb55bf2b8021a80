// Roles in the database. Every query is scoped to one organisation.
import { isForeignKeyViolation, isUniqueViolation } from '../../app/database/constraint-errors.js';
import type { Db, RolesTable } from '../../app/database/database.types.js';

export type RoleChanges = Partial<Pick<RolesTable, 'name' | 'name_key' | 'permissions_json' | 'updated_at'>>;

export type RolesRepository = ReturnType<typeof createRolesRepository>;

export function createRolesRepository({ db }: { db: Db }) {
  return {
    async insertRole({ role }: { role: RolesTable }): Promise<'inserted' | 'name_taken'> {
      try {
        await db.insertInto('roles').values(role).execute();
        return 'inserted';
      } catch (error) {
        if (isUniqueViolation(error)) return 'name_taken';
        throw error;
      }
    },

    /** The administrator role first, then by name. */
    async listRoles({ organizationId }: { organizationId: string }): Promise<RolesTable[]> {
      return db
        .selectFrom('roles')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .orderBy('is_administrator', 'desc')
        .orderBy('name_key')
        .orderBy('id')
        .execute();
    },

    async getRole({
      organizationId,
      roleId,
    }: {
      organizationId: string;
      roleId: string;
    }): Promise<RolesTable | undefined> {
      return db
        .selectFrom('roles')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', roleId)
        .executeTakeFirst();
    },

    async getAdministratorRole({
      organizationId,
    }: {
      organizationId: string;
    }): Promise<RolesTable | undefined> {
      return db
        .selectFrom('roles')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('is_administrator', '=', 1)
        .executeTakeFirst();
    },

    async updateRole({
      organizationId,
      roleId,
      changes,
    }: {
      organizationId: string;
      roleId: string;
      changes: RoleChanges;
    }): Promise<RolesTable | 'name_taken' | undefined> {
      try {
        return await db
          .updateTable('roles')
          .set(changes)
          .where('organization_id', '=', organizationId)
          .where('id', '=', roleId)
          .returningAll()
          .executeTakeFirst();
      } catch (error) {
        if (isUniqueViolation(error)) return 'name_taken';
        throw error;
      }
    },

    /** 'in_use' while a user holds the role (the foreign key decides). */
    async deleteRole({
      organizationId,
      roleId,
    }: {
      organizationId: string;
      roleId: string;
    }): Promise<'deleted' | 'not_found' | 'in_use'> {
      try {
        const result = await db
          .deleteFrom('roles')
          .where('organization_id', '=', organizationId)
          .where('id', '=', roleId)
          .where('is_administrator', '=', 0)
          .executeTakeFirst();
        return result.numDeletedRows > 0n ? 'deleted' : 'not_found';
      } catch (error) {
        if (isForeignKeyViolation(error)) return 'in_use';
        throw error;
      }
    },
  };
}
