// Sign-in state in the database: sessions, single-use tokens, pending sign-ins, the failed-login counter
// and the rate-limit counters. Counters and single use are enforced by conditional updates, so that
// concurrent requests cannot exceed a limit or use a token twice.
import type {
  AuthTokenPurpose,
  ContractStatus,
  AuthTokensTable,
  Db,
  LoginChallengesTable,
  OrganizationsTable,
  SessionsTable,
} from '../../app/database/database.types.js';
import type { Selectable } from 'kysely';

export type OrganizationRow = Selectable<OrganizationsTable>;

/** What a request needs to know about its session, read in one query. */
export interface SessionForRequest {
  sessionId: string;
  organizationId: string;
  userId: string;
  method: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userStatus: string;
  isAdministrator: number;
  permissionsJson: string;
  scopeAll: number;
  scopeJson: string;
  idleMinutes: number;
  contractStatus: ContractStatus;
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;

export function createAuthRepository({ db }: { db: Db }) {
  return {
    async getOrganization({
      organizationId,
    }: {
      organizationId: string;
    }): Promise<OrganizationRow | undefined> {
      return db.selectFrom('organizations').selectAll().where('id', '=', organizationId).executeTakeFirst();
    },

    /**
     * The first `limit` organisations by id — for the sign-in page of an installation without a chosen
     * organisation, which only needs to know whether there is exactly one.
     */
    async listOrganizations({ limit }: { limit: number }): Promise<OrganizationRow[]> {
      return db.selectFrom('organizations').selectAll().orderBy('id').limit(limit).execute();
    },

    async updateOrganizationSettings({
      organizationId,
      changes,
    }: {
      organizationId: string;
      changes: Partial<
        Pick<
          OrganizationRow,
          | 'password_policy'
          | 'session_idle_minutes'
          | 'session_absolute_hours'
          | 'second_factor_required'
          | 'second_factor_methods'
          | 'sso_mode'
          | 'sso_tenant_id'
          | 'sso_client_id'
          | 'sso_client_secret'
        >
      >;
    }): Promise<OrganizationRow> {
      return db
        .updateTable('organizations')
        .set(changes)
        .where('id', '=', organizationId)
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    // Sessions.
    async insertSession({ session }: { session: SessionsTable }): Promise<void> {
      await db.insertInto('sessions').values(session).execute();
    },

    async findSessionForRequest({
      tokenHash,
    }: {
      tokenHash: string;
    }): Promise<SessionForRequest | undefined> {
      return db
        .selectFrom('sessions')
        .innerJoin('users', (join) =>
          join
            .onRef('users.organization_id', '=', 'sessions.organization_id')
            .onRef('users.id', '=', 'sessions.user_id'),
        )
        .innerJoin('roles', (join) =>
          join
            .onRef('roles.organization_id', '=', 'users.organization_id')
            .onRef('roles.id', '=', 'users.role_id'),
        )
        .innerJoin('organizations', 'organizations.id', 'sessions.organization_id')
        .select([
          'sessions.id as sessionId',
          'sessions.organization_id as organizationId',
          'sessions.user_id as userId',
          'sessions.method as method',
          'sessions.created_at as createdAt',
          'sessions.last_seen_at as lastSeenAt',
          'sessions.expires_at as expiresAt',
          'users.status as userStatus',
          'roles.is_administrator as isAdministrator',
          'roles.permissions_json as permissionsJson',
          'users.scope_all as scopeAll',
          'users.scope_json as scopeJson',
          'organizations.session_idle_minutes as idleMinutes',
          'organizations.contract_status as contractStatus',
        ])
        .where('sessions.token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    /**
     * Replaces the session by one with a new id and token (same user, lifetime and client) — at a
     * change of privilege, so that a token seen before the change is worth nothing after it.
     */
    async rotateSession({
      sessionId,
      newSessionId,
      newTokenHash,
      method,
    }: {
      sessionId: string;
      newSessionId: string;
      newTokenHash: string;
      method: string;
    }): Promise<boolean> {
      const old = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
      if (!old) return false;
      await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
      await db
        .insertInto('sessions')
        .values({ ...old, id: newSessionId, token_hash: newTokenHash, method })
        .execute();
      return true;
    },

    async touchSession({ sessionId, lastSeenAt }: { sessionId: string; lastSeenAt: string }): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt })
        .where('id', '=', sessionId)
        .execute();
    },

    async deleteSession({ sessionId }: { sessionId: string }): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
    },

    /** Ends every session of the user (but `exceptSessionId`); returns how many. */
    async deleteUserSessions({
      organizationId,
      userId,
      exceptSessionId,
    }: {
      organizationId: string;
      userId: string;
      exceptSessionId?: string;
    }): Promise<number> {
      let query = db
        .deleteFrom('sessions')
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId);
      if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deleteExpiredSessions({ before }: { before: string }): Promise<number> {
      const result = await db.deleteFrom('sessions').where('expires_at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deleteExpiredTokensAndChallenges({ before }: { before: string }): Promise<number> {
      const tokens = await db.deleteFrom('auth_tokens').where('expires_at', '<', before).executeTakeFirst();
      const challenges = await db
        .deleteFrom('login_challenges')
        .where('expires_at', '<', before)
        .executeTakeFirst();
      return Number(tokens.numDeletedRows) + Number(challenges.numDeletedRows);
    },

    // Single-use tokens.
    async insertToken({ token }: { token: AuthTokensTable }): Promise<void> {
      await db.insertInto('auth_tokens').values(token).execute();
    },

    async deleteUserTokens({
      organizationId,
      userId,
      purpose,
    }: {
      organizationId: string;
      userId: string;
      purpose: AuthTokenPurpose;
    }): Promise<void> {
      await db
        .deleteFrom('auth_tokens')
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .execute();
    },

    async findToken({
      tokenHash,
      purpose,
    }: {
      tokenHash: string;
      purpose: AuthTokenPurpose;
    }): Promise<AuthTokensTable | undefined> {
      return db
        .selectFrom('auth_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .executeTakeFirst();
    },

    /** Marks the token used; false when it already was (a concurrent request won). */
    async useToken({ tokenId, usedAt }: { tokenId: string; usedAt: string }): Promise<boolean> {
      const result = await db
        .updateTable('auth_tokens')
        .set({ used_at: usedAt })
        .where('id', '=', tokenId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    // Pending sign-ins.
    async insertChallenge({ challenge }: { challenge: LoginChallengesTable }): Promise<void> {
      await db.insertInto('login_challenges').values(challenge).execute();
    },

    async findChallenge({ tokenHash }: { tokenHash: string }): Promise<LoginChallengesTable | undefined> {
      return db
        .selectFrom('login_challenges')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    async countUserChallengesSince({
      organizationId,
      userId,
      purpose,
      since,
    }: {
      organizationId: string;
      userId: string;
      purpose: 'phone_verification' | 'passkey_registration';
      since: string;
    }): Promise<number> {
      const row = await db
        .selectFrom('login_challenges')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .where('created_at', '>=', since)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Ends the user's unfinished ceremonies of this kind, so that only a new one counts. */
    async finishUserChallenges({
      organizationId,
      userId,
      purpose,
      usedAt,
    }: {
      organizationId: string;
      userId: string;
      purpose: 'phone_verification' | 'passkey_registration';
      usedAt: string;
    }): Promise<void> {
      await db
        .updateTable('login_challenges')
        .set({ used_at: usedAt })
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .execute();
    },

    /** The newest unfinished ceremony of a user (phone verification, passkey registration). */
    async findLatestUserChallenge({
      organizationId,
      userId,
      purpose,
    }: {
      organizationId: string;
      userId: string;
      purpose: 'phone_verification' | 'passkey_registration';
    }): Promise<LoginChallengesTable | undefined> {
      return db
        .selectFrom('login_challenges')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    async updateChallenge({
      challengeId,
      changes,
    }: {
      challengeId: string;
      changes: Partial<
        Pick<LoginChallengesTable, 'code_hash' | 'code_expires_at' | 'attempts' | 'data_json'>
      >;
    }): Promise<void> {
      await db.updateTable('login_challenges').set(changes).where('id', '=', challengeId).execute();
    },

    /**
     * Counts one attempt at the challenge's code; false when the attempts are used up or the
     * challenge is finished. Done before the code is compared, so parallel guesses cannot exceed the cap.
     */
    async reserveCodeAttempt({ challengeId, maxAttempts }: { challengeId: string; maxAttempts: number }) {
      const result = await db
        .updateTable('login_challenges')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', challengeId)
        .where('used_at', 'is', null)
        .where('attempts', '<', maxAttempts)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Finishes the challenge; false when it already was (used once only). */
    async useChallenge({ challengeId, usedAt }: { challengeId: string; usedAt: string }): Promise<boolean> {
      const result = await db
        .updateTable('login_challenges')
        .set({ used_at: usedAt })
        .where('id', '=', challengeId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    // The failed-login counter (U4, L2).
    /**
     * Reserves one password attempt before the password is checked: counts it unless the account is
     * locked or the count has reached the limit. Returns the new count, or undefined when no attempt is
     * left — so parallel guesses cannot exceed the limit.
     */
    async reserveLoginAttempt({
      organizationId,
      userId,
      maxFailedLogins,
    }: {
      organizationId: string;
      userId: string;
      maxFailedLogins: number;
    }): Promise<number | undefined> {
      const row = await db
        .updateTable('users')
        .set((eb) => ({ failed_login_count: eb('failed_login_count', '+', 1) }))
        .where('organization_id', '=', organizationId)
        .where('id', '=', userId)
        .where('locked_at', 'is', null)
        .where('failed_login_count', '<', maxFailedLogins)
        .returning('failed_login_count')
        .executeTakeFirst();
      return row?.failed_login_count;
    },

    /** Gives back the attempt reserved for a password that turned out right (a second factor is due). */
    async releaseLoginAttempt({ organizationId, userId }: { organizationId: string; userId: string }) {
      await db
        .updateTable('users')
        .set((eb) => ({ failed_login_count: eb('failed_login_count', '-', 1) }))
        .where('organization_id', '=', organizationId)
        .where('id', '=', userId)
        .where('failed_login_count', '>', 0)
        .execute();
    },

    async clearFailedLogins({ organizationId, userId }: { organizationId: string; userId: string }) {
      await db
        .updateTable('users')
        .set({ failed_login_count: 0 })
        .where('organization_id', '=', organizationId)
        .where('id', '=', userId)
        .execute();
    },

    /** Locks the account; false when it already was locked. */
    async lockUser({
      organizationId,
      userId,
      lockedAt,
    }: {
      organizationId: string;
      userId: string;
      lockedAt: string;
    }): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ locked_at: lockedAt })
        .where('organization_id', '=', organizationId)
        .where('id', '=', userId)
        .where('locked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    // Rate limits: a fixed window per key, counted by one upsert that both databases run.
    async countRequest({ key, windowStart }: { key: string; windowStart: string }): Promise<number> {
      const row = await db
        .insertInto('rate_limit_buckets')
        .values({ key, window_start: windowStart, count: 1 })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet((eb) => ({
            count: eb
              .case()
              .when('rate_limit_buckets.window_start', '=', windowStart)
              .then(eb('rate_limit_buckets.count', '+', 1))
              .else(1)
              .end(),
            window_start: windowStart,
          })),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return row.count;
    },

    async deleteStaleRateLimits({ before }: { before: string }): Promise<void> {
      await db.deleteFrom('rate_limit_buckets').where('window_start', '<', before).execute();
    },
  };
}
