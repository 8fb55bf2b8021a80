// The tenant's privacy settings in the organisation's row (columns of migration 0009).
import type { Db } from '../../app/database/database.types.js';

export interface PrivacySettingsRow {
  change_tracking: number;
  handover_code_required: number;
  handover_code_channels: string;
}

export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;

export function createPrivacyRepository({ db }: { db: Db }) {
  return {
    async getSettings({
      organizationId,
    }: {
      organizationId: string;
    }): Promise<PrivacySettingsRow | undefined> {
      return db
        .selectFrom('organizations')
        .select(['change_tracking', 'handover_code_required', 'handover_code_channels'])
        .where('id', '=', organizationId)
        .executeTakeFirst();
    },

    /** Changes the given columns; the row as it is afterwards, or undefined if there is none. */
    async updateSettings({
      organizationId,
      changes,
    }: {
      organizationId: string;
      changes: Partial<PrivacySettingsRow>;
    }): Promise<PrivacySettingsRow | undefined> {
      if (Object.keys(changes).length > 0) {
        await db.updateTable('organizations').set(changes).where('id', '=', organizationId).execute();
      }
      return this.getSettings({ organizationId });
    },
  };
}
