// The organisation's account data (plan, seats) and its sign-in settings, which administrators change:
// password policy preset, session timeouts, second factor (required, allowed methods) and Entra ID SSO.
import { AppError, createValidationError } from '../../app/http-errors.js';
import type { IdentityDependencies, RequestOrigin } from '../auth/auth.dependencies.js';
import type { OrganizationRow } from '../auth/auth.repository.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import type { UpdateSecuritySettingsInput } from './organization.schemas.js';

type Dependencies = Pick<IdentityDependencies, 'inTransaction' | 'now'>;

export function formatSecuritySettings(organization: OrganizationRow) {
  return {
    passwordPolicy: organization.password_policy,
    sessionIdleMinutes: organization.session_idle_minutes,
    sessionAbsoluteHours: organization.session_absolute_hours,
    secondFactorRequired: organization.second_factor_required === 1,
    secondFactorMethods: organization.second_factor_methods
      .split(',')
      .filter((method): method is 'totp' | 'passkey' | 'sms' => ['totp', 'passkey', 'sms'].includes(method)),
    ssoMode: organization.sso_mode,
    ssoTenantId: organization.sso_tenant_id,
    ssoClientId: organization.sso_client_id,
    ssoClientSecretSet: organization.sso_client_secret !== null,
  };
}

async function loadOrganization(
  repositories: Parameters<Parameters<Dependencies['inTransaction']>[0]>[0],
  organizationId: string,
) {
  const organization = await repositories.auth.getOrganization({ organizationId });
  if (!organization) throw new AppError('auth.required', 'The organisation no longer exists.');
  return organization;
}

export async function getAccount({
  organizationId,
  inTransaction,
}: { organizationId: string } & Pick<Dependencies, 'inTransaction'>) {
  return inTransaction(async (repositories) => {
    const organization = await loadOrganization(repositories, organizationId);
    return {
      id: organization.id,
      name: organization.name,
      contractStatus: organization.contract_status,
      planMaxUsers: organization.plan_max_users,
      seatsUsed: await repositories.users.countSeatUsers({ organizationId }),
    };
  });
}

export async function getSecuritySettings({
  organizationId,
  inTransaction,
}: { organizationId: string } & Pick<Dependencies, 'inTransaction'>) {
  return inTransaction(async (repositories) =>
    formatSecuritySettings(await loadOrganization(repositories, organizationId)),
  );
}

export async function updateSecuritySettings({
  actor,
  input,
  inTransaction,
  now,
}: {
  actor: { organizationId: string; userId: string; origin: RequestOrigin };
  input: UpdateSecuritySettingsInput;
} & Dependencies) {
  const { organizationId } = actor;
  return inTransaction(async (repositories) => {
    const current = await loadOrganization(repositories, organizationId);
    const next = {
      sso_mode: input.ssoMode ?? current.sso_mode,
      sso_tenant_id: input.ssoTenantId !== undefined ? input.ssoTenantId : current.sso_tenant_id,
      sso_client_id: input.ssoClientId !== undefined ? input.ssoClientId : current.sso_client_id,
      sso_client_secret:
        input.ssoClientSecret !== undefined ? input.ssoClientSecret : current.sso_client_secret,
    };
    if (next.sso_mode !== 'off' && (!next.sso_tenant_id || !next.sso_client_id || !next.sso_client_secret)) {
      throw createValidationError([
        { path: 'ssoMode', message: 'needs the tenant id, client id and client secret of the Entra ID app' },
      ]);
    }
    const updated = await repositories.auth.updateOrganizationSettings({
      organizationId,
      changes: {
        ...(input.passwordPolicy ? { password_policy: input.passwordPolicy } : {}),
        ...(input.sessionIdleMinutes ? { session_idle_minutes: input.sessionIdleMinutes } : {}),
        ...(input.sessionAbsoluteHours ? { session_absolute_hours: input.sessionAbsoluteHours } : {}),
        ...(input.secondFactorRequired !== undefined
          ? { second_factor_required: input.secondFactorRequired ? 1 : 0 }
          : {}),
        ...(input.secondFactorMethods ? { second_factor_methods: input.secondFactorMethods.join(',') } : {}),
        ...next,
      },
    });
    await recordSecurityEvent(
      repositories,
      {
        organizationId,
        userId: actor.userId,
        action: 'security_settings_changed',
        ...actor.origin,
        // The names of the changed settings, never their values (the client secret is one).
        details: { changed: Object.keys(input).sort().join(',') },
      },
      { now },
    );
    return formatSecuritySettings(updated);
  });
}
