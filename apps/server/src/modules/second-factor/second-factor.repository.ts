// Second factors in the database: passkeys and recovery codes of a user (the TOTP secret and the
// verified phone number live on the user). A recovery code is used by a conditional update, so two
// concurrent sign-ins cannot both spend it.
import type { Db, UserPasskeysTable, UserRecoveryCodesTable } from '../../app/database/database.types.js';

export type SecondFactorRepository = ReturnType<typeof createSecondFactorRepository>;

export interface UserKey {
  organizationId: string;
  userId: string;
}

export function createSecondFactorRepository({ db }: { db: Db }) {
  return {
    async listPasskeys({ organizationId, userId }: UserKey): Promise<UserPasskeysTable[]> {
      return db
        .selectFrom('user_passkeys')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },

    async findPasskeyByCredentialId({ credentialId }: { credentialId: string }) {
      return db
        .selectFrom('user_passkeys')
        .select(['id', 'organization_id', 'user_id'])
        .where('credential_id', '=', credentialId)
        .executeTakeFirst();
    },

    async insertPasskey({ passkey }: { passkey: UserPasskeysTable }): Promise<void> {
      await db.insertInto('user_passkeys').values(passkey).execute();
    },

    async updatePasskeyCounter({
      passkeyId,
      counter,
      usedAt,
    }: {
      passkeyId: string;
      counter: number;
      usedAt: string;
    }): Promise<void> {
      await db
        .updateTable('user_passkeys')
        .set({ counter, last_used_at: usedAt })
        .where('id', '=', passkeyId)
        .execute();
    },

    async deletePasskey({
      organizationId,
      userId,
      passkeyId,
    }: UserKey & { passkeyId: string }): Promise<boolean> {
      const result = await db
        .deleteFrom('user_passkeys')
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .where('id', '=', passkeyId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async listUnusedRecoveryCodes({ organizationId, userId }: UserKey): Promise<UserRecoveryCodesTable[]> {
      return db
        .selectFrom('user_recovery_codes')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .orderBy('id')
        .execute();
    },

    async replaceRecoveryCodes({
      organizationId,
      userId,
      codes,
    }: UserKey & { codes: UserRecoveryCodesTable[] }) {
      await db
        .deleteFrom('user_recovery_codes')
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .execute();
      if (codes.length > 0) await db.insertInto('user_recovery_codes').values(codes).execute();
    },

    /** Spends the code; false when it was already spent (by a concurrent request). */
    async useRecoveryCode({ codeId, usedAt }: { codeId: string; usedAt: string }): Promise<boolean> {
      const result = await db
        .updateTable('user_recovery_codes')
        .set({ used_at: usedAt })
        .where('id', '=', codeId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
