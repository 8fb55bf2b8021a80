// Users in the database. Every query is scoped to one organisation.
import { isUniqueViolation } from '../../app/database/constraint-errors.js';
import type { Db, UsersTable } from '../../app/database/database.types.js';

export type UsersRepository = ReturnType<typeof createUsersRepository>;

export function createUsersRepository({ db }: { db: Db }) {
  return {
    /** 'email_taken' when the organisation already has a user with this e-mail key. */
    async insertUser({ user }: { user: UsersTable }): Promise<'inserted' | 'email_taken'> {
      try {
        await db.insertInto('users').values(user).execute();
        return 'inserted';
      } catch (error) {
        if (isUniqueViolation(error)) return 'email_taken';
        throw error;
      }
    },

    async getUserByEmailKey({
      organizationId,
      emailKey,
    }: {
      organizationId: string;
      emailKey: string;
    }): Promise<UsersTable | undefined> {
      return db
        .selectFrom('users')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('email_key', '=', emailKey)
        .executeTakeFirst();
    },
  };
}
