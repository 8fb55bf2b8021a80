// Sign-in with e-mail and password (U4, L2). Every refusal — unknown address, wrong password, locked,
// deactivated or invited account, SSO-only tenant — answers the same `auth.invalid_credentials` after
// the same work (one Argon2id verification), so the answer does not reveal which it was; the reason goes
// to the security log only. An attempt is counted before the password is checked (a conditional update),
// so parallel guesses cannot exceed the limit of 5; the fifth failure locks the account until an
// administrator unlocks it, and the user is told by e-mail. The password check runs outside any
// transaction: on SQLite a transaction holds the only connection.
import type { UsersTable } from '../../app/database/database.types.js';
import { AppError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import type { LoginFailReason } from '../security-log/security-log.models.js';
import { toEmailKey } from '../users/users.models.js';
import type { HashPassword } from '../users/users.services.js';
import { challengeLifetimeMs, maxFailedLogins } from './auth.config.js';
import type { IdentityDependencies, IdentityRepositories, RequestOrigin } from './auth.dependencies.js';
import { formatMailDateTime } from '../email-templates/email-templates.services.js';
import { renderMail } from '../email-templates/email-templates.usecases.js';
import type { OrganizationRow } from './auth.repository.js';
import { createToken } from './auth.services.js';
import { enrolmentRequiredMethod, startSession } from './sessions.usecases.js';

export type SecondFactorMethod = 'totp' | 'passkey' | 'sms' | 'recovery_code';

export type SignInOutcome =
  | { kind: 'signed_in'; sessionToken: string; user: UsersTable; mustEnrolSecondFactor: boolean }
  | { kind: 'second_factor'; challengeToken: string; methods: SecondFactorMethod[] };

export interface PasswordSignInDependencies extends Pick<IdentityDependencies, 'inTransaction' | 'now'> {
  verifyPassword: (hash: string, password: string) => Promise<boolean>;
  verifyDummyPassword: (password: string) => Promise<void>;
  hashPassword: HashPassword;
  needsRehash: (hash: string) => boolean;
}

export function invalidCredentials(): AppError {
  return new AppError('auth.invalid_credentials', 'The e-mail address or the password is wrong.');
}

/** The methods of the tenant's allowed list. */
export function allowedMethods(organization: OrganizationRow): Set<string> {
  return new Set(organization.second_factor_methods.split(',').map((method) => method.trim()));
}

/** The second factors the user has and the tenant allows; recovery codes only next to another one. */
export async function availableSecondFactors(
  { secondFactors }: IdentityRepositories,
  user: UsersTable,
  organization: OrganizationRow,
): Promise<SecondFactorMethod[]> {
  const allowed = allowedMethods(organization);
  const key = { organizationId: user.organization_id, userId: user.id };
  const methods: SecondFactorMethod[] = [];
  if (allowed.has('totp') && user.totp_secret !== null) methods.push('totp');
  if (allowed.has('passkey') && (await secondFactors.listPasskeys(key)).length > 0) methods.push('passkey');
  if (allowed.has('sms') && user.phone !== null && user.phone_verified_at !== null) methods.push('sms');
  if (methods.length > 0 && (await secondFactors.listUnusedRecoveryCodes(key)).length > 0) {
    methods.push('recovery_code');
  }
  return methods;
}

/** Why this account may not sign in with a password at all, or null. */
function refusalOf(user: UsersTable, organization: OrganizationRow): LoginFailReason | null {
  if (organization.contract_status === 'ended') return 'organization_ended';
  if (user.status === 'invited') return 'user_invited';
  if (user.status !== 'active') return 'user_inactive';
  if (organization.sso_mode === 'only') return 'sso_only';
  if (user.password_hash === null) return 'wrong_password';
  if (user.locked_at !== null) return 'account_locked';
  return null;
}

/**
 * After the first factor: a pending sign-in if the user has a second factor, else a session (flagged
 * „enrol a second factor first“ when the tenant requires one and the user has none).
 */
export async function continueAfterFirstFactor(
  repositories: IdentityRepositories,
  {
    user,
    organization,
    method,
    origin,
    now,
  }: {
    user: UsersTable;
    organization: OrganizationRow;
    method: string;
    origin: RequestOrigin;
    now: () => Date;
  },
): Promise<SignInOutcome> {
  const methods = await availableSecondFactors(repositories, user, organization);
  if (methods.length > 0) {
    const { token, hash } = createToken();
    const createdAt = now();
    await repositories.auth.insertChallenge({
      challenge: {
        id: createId('chl'),
        organization_id: user.organization_id,
        user_id: user.id,
        purpose: 'second_factor',
        token_hash: hash,
        code_hash: null,
        code_expires_at: null,
        attempts: 0,
        data_json: JSON.stringify({ firstFactor: method }),
        created_at: createdAt.toISOString(),
        expires_at: new Date(createdAt.getTime() + challengeLifetimeMs).toISOString(),
        used_at: null,
      },
    });
    return { kind: 'second_factor', challengeToken: token, methods };
  }
  const mustEnrol = organization.second_factor_required === 1;
  const { token } = await startSession(repositories, {
    user,
    organization,
    method: mustEnrol ? enrolmentRequiredMethod : method,
    origin,
    now,
  });
  return { kind: 'signed_in', sessionToken: token, user, mustEnrolSecondFactor: mustEnrol };
}

interface Failure {
  user: UsersTable | null;
  reason: LoginFailReason;
  failedCount?: number;
}

export async function signInWithPassword({
  input,
  origin,
  inTransaction,
  now,
  verifyPassword,
  verifyDummyPassword,
  hashPassword,
  needsRehash,
}: {
  input: { email: string; password: string; organizationId?: string };
  origin: RequestOrigin;
} & PasswordSignInDependencies): Promise<SignInOutcome> {
  const emailKey = toEmailKey(input.email);
  const candidates = await inTransaction(async ({ users, auth }) => {
    const found = await users.findUsersByEmailKey({
      emailKey,
      ...(input.organizationId ? { organizationId: input.organizationId } : {}),
    });
    const withOrganizations: { user: UsersTable; organization: OrganizationRow }[] = [];
    for (const user of found) {
      const organization = await auth.getOrganization({ organizationId: user.organization_id });
      if (organization) withOrganizations.push({ user, organization });
    }
    return withOrganizations;
  });

  const failures: Failure[] = [];
  let hasVerified = false;
  for (const { user, organization } of candidates) {
    const refusal = refusalOf(user, organization);
    if (refusal) {
      failures.push({ user, reason: refusal });
      continue;
    }
    const reserved = await inTransaction(({ auth }) =>
      auth.reserveLoginAttempt({ organizationId: user.organization_id, userId: user.id, maxFailedLogins }),
    );
    if (reserved === undefined) {
      failures.push({ user, reason: 'account_locked' });
      continue;
    }
    hasVerified = true;
    if (await verifyPassword(user.password_hash ?? '', input.password)) {
      const rehashed =
        user.password_hash && needsRehash(user.password_hash) ? await hashPassword(input.password) : null;
      return inTransaction(async (repositories) => {
        const key = { organizationId: user.organization_id, userId: user.id };
        if (rehashed) {
          await repositories.users.updateUser({ ...key, changes: { password_hash: rehashed } });
        }
        const outcome = await continueAfterFirstFactor(repositories, {
          user,
          organization,
          method: 'password',
          origin,
          now,
        });
        // With a second factor due, earlier failures stay counted until that factor is right too —
        // knowing the password must not buy fresh guesses at the second factor — but this right
        // password is not one of them (abandoned second steps must not lock the account).
        if (outcome.kind === 'signed_in') await repositories.auth.clearFailedLogins(key);
        else await repositories.auth.releaseLoginAttempt(key);
        return outcome;
      });
    }
    failures.push({ user, reason: 'wrong_password', failedCount: reserved });
  }
  // The same work as a real check, whatever the reason.
  if (!hasVerified) await verifyDummyPassword(input.password);
  if (candidates.length === 0) failures.push({ user: null, reason: 'unknown_user' });
  await inTransaction((repositories) =>
    recordFailures(repositories, failures, { subject: input.email, origin, now }),
  );
  throw invalidCredentials();
}

async function recordFailures(
  repositories: IdentityRepositories,
  failures: Failure[],
  { subject, origin, now }: { subject: string; origin: RequestOrigin; now: () => Date },
): Promise<void> {
  for (const { user, reason, failedCount } of failures) {
    await recordSecurityEvent(
      repositories,
      {
        organizationId: user?.organization_id ?? null,
        userId: user?.id ?? null,
        action: 'authn_login_fail',
        reason,
        subject,
        ...origin,
      },
      { now },
    );
    if (user && failedCount !== undefined)
      await lockAfterFailures(repositories, { user, failedCount, origin, now });
  }
}

/** At the fifth failure: locks the account, records it and tells the user by e-mail (once). */
export async function lockAfterFailures(
  repositories: IdentityRepositories,
  {
    user,
    failedCount,
    origin,
    now,
  }: { user: UsersTable; failedCount: number; origin: RequestOrigin; now: () => Date },
): Promise<void> {
  if (failedCount < maxFailedLogins) return;
  const lockedAt = now();
  const key = { organizationId: user.organization_id, userId: user.id };
  if (!(await repositories.auth.lockUser({ ...key, lockedAt: lockedAt.toISOString() }))) return;
  await recordSecurityEvent(
    repositories,
    { ...key, action: 'authn_login_lock', reason: 'too_many_failures', ...origin },
    { now },
  );
  await repositories.outbox.enqueue({
    organizationId: user.organization_id,
    channel: 'email',
    to: user.email,
    ...(await renderMail(repositories, {
      organizationId: user.organization_id,
      key: 'lockout_notice',
      language: 'de',
      values: {
        'user.name': `${user.first_name} ${user.last_name}`,
        time: formatMailDateTime(lockedAt, 'de'),
      },
    })),
  });
}
