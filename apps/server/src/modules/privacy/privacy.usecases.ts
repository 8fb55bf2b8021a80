// The tenant's privacy settings: whether certificate changes are recorded (L4), and whether every
// handover link needs a one-time code and by which channels it may be sent (H3). Reading needs the area
// „Datenschutz“ at read level, changing it at write level (checked by the routes); a change is written
// to the security log in the same transaction.
import type { TransactionRunner } from '../../app/database/transaction.js';
import { AppError } from '../../app/http-errors.js';
import type { RequestOrigin } from '../auth/auth.dependencies.js';
import type { SecurityLogRepository } from '../security-log/security-log.repository.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import type { PrivacyRepository, PrivacySettingsRow } from './privacy.repository.js';
import {
  handoverCodeChannels,
  type HandoverCodeChannel,
  type PrivacySettings,
  type UpdatePrivacySettingsInput,
} from './privacy.schemas.js';

export interface PrivacyRepositories {
  privacy: PrivacyRepository;
  securityLog: SecurityLogRepository;
}

export interface PrivacyDependencies {
  inTransaction: TransactionRunner<PrivacyRepositories>;
  now: () => Date;
}

/** The stored channel list, in a fixed order, unknown entries dropped. */
export function parseHandoverCodeChannels(stored: string): HandoverCodeChannel[] {
  const listed = new Set(stored.split(','));
  return handoverCodeChannels.filter((channel) => listed.has(channel));
}

export function formatPrivacySettings(row: PrivacySettingsRow): PrivacySettings {
  return {
    changeTracking: row.change_tracking === 1,
    handoverCode: {
      required: row.handover_code_required === 1,
      channels: parseHandoverCodeChannels(row.handover_code_channels),
    },
  };
}

function organizationGone(): AppError {
  return new AppError('auth.required', 'The organisation no longer exists.');
}

export async function getPrivacySettings({
  organizationId,
  inTransaction,
}: { organizationId: string } & Pick<PrivacyDependencies, 'inTransaction'>): Promise<PrivacySettings> {
  return inTransaction(async ({ privacy }) => {
    const row = await privacy.getSettings({ organizationId });
    if (!row) throw organizationGone();
    return formatPrivacySettings(row);
  });
}

export async function updatePrivacySettings({
  actor,
  input,
  inTransaction,
  now,
}: {
  actor: { organizationId: string; userId: string; origin: RequestOrigin };
  input: UpdatePrivacySettingsInput;
} & PrivacyDependencies): Promise<PrivacySettings> {
  const { organizationId } = actor;
  return inTransaction(async (repositories) => {
    const current = await repositories.privacy.getSettings({ organizationId });
    if (!current) throw organizationGone();
    const { changeTracking, handoverCode } = input;
    const changes = {
      ...(changeTracking === undefined ? {} : { change_tracking: changeTracking ? 1 : 0 }),
      ...(handoverCode?.required === undefined
        ? {}
        : { handover_code_required: handoverCode.required ? 1 : 0 }),
      ...(handoverCode?.channels === undefined
        ? {}
        : {
            handover_code_channels: handoverCodeChannels
              .filter((c) => handoverCode.channels?.includes(c))
              .join(','),
          }),
    };
    // Only what really changes: the log names the settings that differ afterwards, with their new values
    // (none is secret; the keys avoid words like „code“ that the log refuses as possibly secret).
    const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter(
      (column) => changes[column] !== current[column],
    );
    const updated = await repositories.privacy.updateSettings({ organizationId, changes });
    if (!updated) throw organizationGone();
    if (changed.length > 0) {
      const settings = formatPrivacySettings(updated);
      const details: Record<string, string | boolean> = { settings: 'privacy' };
      if (changed.includes('change_tracking')) details.changeTracking = settings.changeTracking;
      if (changed.includes('handover_code_required'))
        details.handoverSecondFactorRequired = settings.handoverCode.required;
      if (changed.includes('handover_code_channels'))
        details.handoverSecondFactorChannels = settings.handoverCode.channels.join(',');
      await recordSecurityEvent(
        repositories,
        {
          organizationId,
          userId: actor.userId,
          action: 'privacy_settings_changed',
          ...actor.origin,
          details,
        },
        { now },
      );
    }
    return formatPrivacySettings(updated);
  });
}
