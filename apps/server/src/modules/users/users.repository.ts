// Users in the database. Every query is scoped to one organisation, except the sign-in lookup by
// e-mail, which has no organisation yet and returns the candidates of all.
import { sql } from 'kysely';
import { isUniqueViolation } from '../../app/database/constraint-errors.js';
import type { Db, UsersTable, UserStatus } from '../../app/database/database.types.js';

export type UserChanges = Partial<Omit<UsersTable, 'id' | 'organization_id' | 'created_at'>>;

export interface UserListFilters {
  status?: UserStatus;
  /** Lower-cased words that must all occur in the e-mail or the name. */
  words: string[];
}

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

    async getUser({
      organizationId,
      userId,
    }: {
      organizationId: string;
      userId: string;
    }): Promise<UsersTable | undefined> {
      return db
        .selectFrom('users')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', userId)
        .executeTakeFirst();
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

    /** By e-mail key (and organisation, if given), oldest first. */
    async findUsersByEmailKey({
      emailKey,
      organizationId,
    }: {
      emailKey: string;
      organizationId?: string;
    }): Promise<UsersTable[]> {
      let query = db.selectFrom('users').selectAll().where('email_key', '=', emailKey);
      if (organizationId) query = query.where('organization_id', '=', organizationId);
      return query.orderBy('created_at').orderBy('id').limit(10).execute();
    },

    async getUserBySsoIdentity({
      issuer,
      subject,
    }: {
      issuer: string;
      subject: string;
    }): Promise<UsersTable | undefined> {
      return db
        .selectFrom('users')
        .selectAll()
        .where('sso_issuer', '=', issuer)
        .where('sso_subject', '=', subject)
        .executeTakeFirst();
    },

    /** By e-mail key, then id (keyset). */
    async listUsers({
      organizationId,
      filters,
      after,
      limit,
    }: {
      organizationId: string;
      filters: UserListFilters;
      after?: { key: string; id: string };
      limit: number;
    }): Promise<UsersTable[]> {
      let query = db.selectFrom('users').selectAll().where('organization_id', '=', organizationId);
      if (filters.status) query = query.where('status', '=', filters.status);
      for (const word of filters.words) {
        // Both sides are lower-cased by the application; LIKE wildcards in the word are plain characters.
        const pattern = `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
        query = query.where(sql<boolean>`${sql.ref('search_key')} like ${pattern} escape '\\'`);
      }
      if (after) {
        query = query.where((eb) =>
          eb.or([
            eb('email_key', '>', after.key),
            eb.and([eb('email_key', '=', after.key), eb('id', '>', after.id)]),
          ]),
        );
      }
      return query.orderBy('email_key').orderBy('id').limit(limit).execute();
    },

    async updateUser({
      organizationId,
      userId,
      changes,
    }: {
      organizationId: string;
      userId: string;
      changes: UserChanges;
    }): Promise<UsersTable | 'email_taken' | undefined> {
      try {
        return await db
          .updateTable('users')
          .set(changes)
          .where('organization_id', '=', organizationId)
          .where('id', '=', userId)
          .returningAll()
          .executeTakeFirst();
      } catch (error) {
        if (isUniqueViolation(error)) return 'email_taken';
        throw error;
      }
    },

    /** Records the TOTP time step just used; false when it is not newer than the last (a replay). */
    async useTotpStep({
      organizationId,
      userId,
      step,
    }: {
      organizationId: string;
      userId: string;
      step: number;
    }): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('organization_id', '=', organizationId)
        .where('id', '=', userId)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Users who take a seat of the plan: invited or active. */
    async countSeatUsers({ organizationId }: { organizationId: string }): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('organization_id', '=', organizationId)
        .where('status', 'in', ['invited', 'active'])
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Active users holding the administrator role, other than `exceptUserId`. */
    async countOtherActiveAdministrators({
      organizationId,
      exceptUserId,
    }: {
      organizationId: string;
      exceptUserId: string;
    }): Promise<number> {
      const row = await db
        .selectFrom('users')
        .innerJoin('roles', (join) =>
          join
            .onRef('roles.organization_id', '=', 'users.organization_id')
            .onRef('roles.id', '=', 'users.role_id'),
        )
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('users.organization_id', '=', organizationId)
        .where('users.status', '=', 'active')
        .where('roles.is_administrator', '=', 1)
        .where('users.id', '!=', exceptUserId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /**
     * Serialises changes that check a count of the organisation's users (plan limit, last administrator):
     * on PostgreSQL the no-op update holds the organisation's row lock until the transaction ends; SQLite
     * runs one write transaction at a time anyway.
     */
    async lockOrganization({ organizationId }: { organizationId: string }): Promise<void> {
      await db
        .updateTable('organizations')
        .set((eb) => ({ name: eb.ref('name') }))
        .where('id', '=', organizationId)
        .execute();
    },
  };
}
