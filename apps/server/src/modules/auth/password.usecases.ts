// Passwords: forgotten (U5), set through an invitation (U2), changed by their owner. Links are single
// use (a conditional update marks them), expire, and are bound to the e-mail address they were sent to.
// The answer to „forgot password“ is the same whether or not the address exists. After a reset every
// session of the user ends; an enrolled second factor is still asked for at the next sign-in, because
// the reset touches only the password.
import type { UsersTable } from '../../app/database/database.types.js';
import { AppError, createValidationError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import {
  checkPassword,
  describePasswordPolicy,
  type PasswordPolicyPreset,
} from '../users/password-policy.services.js';
import { toEmailKey } from '../users/users.models.js';
import type { HashPassword } from '../users/users.services.js';
import { maxFailedLogins, passwordResetLifetimeMs } from './auth.config.js';
import type { IdentityDependencies, IdentityRepositories, RequestOrigin } from './auth.dependencies.js';
import { renderMail } from '../email-templates/email-templates.usecases.js';
import { passwordChangedMail } from './auth.messages.js';
import type { OrganizationRow } from './auth.repository.js';
import { createToken, hashToken } from './auth.services.js';
import { lockAfterFailures } from './login.usecases.js';

function invalidLink(): AppError {
  return new AppError('auth.invalid_token', 'This link is invalid, expired or already used.');
}

/** The policy's problems as a validation error at `password`, or nothing. */
export function ensurePasswordAcceptable(
  password: string,
  {
    preset,
    user,
    organization,
  }: { preset: PasswordPolicyPreset; user: UsersTable; organization: OrganizationRow },
  path = 'password',
): void {
  const problems = checkPassword(password, preset, {
    email: user.email,
    firstName: user.first_name,
    lastName: user.last_name,
    contextWords: [organization.name, 'Zeugnisdesk'],
  });
  if (problems.length > 0) {
    throw createValidationError(problems.map((problem) => ({ path, message: problem.message })));
  }
}

/** The valid, unused, unexpired token of this purpose with its user and organisation, or an error. */
async function findUsableToken(
  repositories: IdentityRepositories,
  { token, purpose, now }: { token: string; purpose: 'invitation' | 'password_reset'; now: () => Date },
) {
  const row = await repositories.auth.findToken({ tokenHash: hashToken(token), purpose });
  if (!row || row.used_at !== null || new Date(row.expires_at).getTime() <= now().getTime())
    throw invalidLink();
  const user = await repositories.users.getUser({ organizationId: row.organization_id, userId: row.user_id });
  const organization = await repositories.auth.getOrganization({ organizationId: row.organization_id });
  // Bound to the address it was sent to: a changed address invalidates it.
  if (!user || !organization || user.email_key !== row.email_key) throw invalidLink();
  return { row, user, organization };
}

// Forgotten password ----------------------------------------------------------------------------------

/**
 * Sends a reset link if the address belongs to an active user who may sign in with a password; answers
 * nothing either way (the route always says „if the address is known, a link is on its way“).
 */
export async function requestPasswordReset({
  input,
  origin,
  inTransaction,
  now,
  publicUrl,
}: { input: { email: string }; origin: RequestOrigin } & IdentityDependencies): Promise<void> {
  const emailKey = toEmailKey(input.email);
  await inTransaction(async (repositories) => {
    const candidates = await repositories.users.findUsersByEmailKey({ emailKey });
    for (const user of candidates) {
      const organization = await repositories.auth.getOrganization({ organizationId: user.organization_id });
      if (!organization || user.status !== 'active' || organization.sso_mode === 'only') continue;
      if (organization.contract_status === 'ended') continue;
      const key = { organizationId: user.organization_id, userId: user.id };
      await repositories.auth.deleteUserTokens({ ...key, purpose: 'password_reset' });
      const { token, hash } = createToken();
      const createdAt = now();
      await repositories.auth.insertToken({
        token: {
          id: createId('tok'),
          organization_id: user.organization_id,
          user_id: user.id,
          purpose: 'password_reset',
          token_hash: hash,
          email_key: user.email_key,
          created_at: createdAt.toISOString(),
          expires_at: new Date(createdAt.getTime() + passwordResetLifetimeMs).toISOString(),
          used_at: null,
        },
      });
      await repositories.outbox.enqueue({
        organizationId: user.organization_id,
        channel: 'email',
        to: user.email,
        ...(await renderMail(repositories, {
          organizationId: user.organization_id,
          key: 'password_reset',
          language: 'de',
          values: {
            'user.name': `${user.first_name} ${user.last_name}`,
            link: `${publicUrl}/passwort-zuruecksetzen#token=${token}`,
            validMinutes: String(Math.round(passwordResetLifetimeMs / 60_000)),
          },
        })),
      });
      await recordSecurityEvent(
        repositories,
        { ...key, action: 'authn_password_reset_request', ...origin },
        { now },
      );
    }
  });
}

/** What the reset page shows before the new password is chosen: the policy's rules. */
export async function inspectPasswordReset({
  token,
  inTransaction,
  now,
}: { token: string } & Pick<IdentityDependencies, 'inTransaction' | 'now'>) {
  const { user, organization } = await inTransaction((repositories) =>
    findUsableToken(repositories, { token, purpose: 'password_reset', now }),
  );
  if (user.status !== 'active' || organization.sso_mode === 'only') throw invalidLink();
  return { passwordPolicy: describePasswordPolicy(organization.password_policy) };
}

/** Sets the new password, spends the link, ends every session of the user. */
export async function completePasswordReset({
  input,
  origin,
  inTransaction,
  now,
  hashPassword,
}: {
  input: { token: string; password: string };
  origin: RequestOrigin;
  hashPassword: HashPassword;
} & Pick<IdentityDependencies, 'inTransaction' | 'now'>): Promise<void> {
  const { user, organization } = await inTransaction((repositories) =>
    findUsableToken(repositories, { token: input.token, purpose: 'password_reset', now }),
  );
  if (user.status !== 'active' || organization.sso_mode === 'only') throw invalidLink();
  ensurePasswordAcceptable(input.password, { preset: organization.password_policy, user, organization });
  const passwordHash = await hashPassword(input.password);
  await inTransaction(async (repositories) => {
    const { row } = await findUsableToken(repositories, {
      token: input.token,
      purpose: 'password_reset',
      now,
    });
    if (!(await repositories.auth.useToken({ tokenId: row.id, usedAt: now().toISOString() })))
      throw invalidLink();
    await setPassword(repositories, { user, passwordHash, now });
    await recordSecurityEvent(
      repositories,
      {
        organizationId: user.organization_id,
        userId: user.id,
        action: 'authn_password_reset_complete',
        ...origin,
      },
      { now },
    );
  });
}

async function setPassword(
  repositories: IdentityRepositories,
  {
    user,
    passwordHash,
    now,
    keepSessionId,
  }: { user: UsersTable; passwordHash: string; now: () => Date; keepSessionId?: string },
) {
  const key = { organizationId: user.organization_id, userId: user.id };
  const changedAt = now();
  await repositories.users.updateUser({
    ...key,
    changes: {
      password_hash: passwordHash,
      password_changed_at: changedAt.toISOString(),
      updated_at: changedAt.toISOString(),
    },
  });
  await repositories.auth.deleteUserSessions({
    ...key,
    ...(keepSessionId ? { exceptSessionId: keepSessionId } : {}),
  });
  await repositories.auth.deleteUserTokens({ ...key, purpose: 'password_reset' });
  await repositories.outbox.enqueue({
    organizationId: user.organization_id,
    channel: 'email',
    to: user.email,
    ...passwordChangedMail({
      firstName: user.first_name,
      changedAt,
      sessionsEnded: keepSessionId ? 'others' : 'all',
    }),
  });
}

// Invitations -----------------------------------------------------------------------------------------

/** What the invitation page shows before the invitee chooses a password. */
export async function inspectInvitation({
  token,
  inTransaction,
  now,
}: { token: string } & Pick<IdentityDependencies, 'inTransaction' | 'now'>) {
  const { user, organization } = await inTransaction((repositories) =>
    findUsableToken(repositories, { token, purpose: 'invitation', now }),
  );
  if (user.status !== 'invited') throw invalidLink();
  return {
    email: user.email,
    firstName: user.first_name,
    lastName: user.last_name,
    organizationName: organization.name,
    passwordPolicy: describePasswordPolicy(organization.password_policy),
    ssoOnly: organization.sso_mode === 'only',
  };
}

/** The invitee sets a password and becomes active; the link is spent. */
export async function acceptInvitation({
  input,
  origin,
  inTransaction,
  now,
  hashPassword,
}: {
  input: { token: string; password: string };
  origin: RequestOrigin;
  hashPassword: HashPassword;
} & Pick<IdentityDependencies, 'inTransaction' | 'now'>): Promise<{ user: UsersTable }> {
  const { user, organization } = await inTransaction((repositories) =>
    findUsableToken(repositories, { token: input.token, purpose: 'invitation', now }),
  );
  if (user.status !== 'invited') throw invalidLink();
  if (organization.sso_mode === 'only') {
    throw new AppError(
      'auth.sso_only',
      'Your organisation signs in with Microsoft only: use „Mit Microsoft anmelden“.',
    );
  }
  ensurePasswordAcceptable(input.password, { preset: organization.password_policy, user, organization });
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (repositories) => {
    const { row } = await findUsableToken(repositories, { token: input.token, purpose: 'invitation', now });
    if (!(await repositories.auth.useToken({ tokenId: row.id, usedAt: now().toISOString() })))
      throw invalidLink();
    const timestamp = now().toISOString();
    const updated = await repositories.users.updateUser({
      organizationId: user.organization_id,
      userId: user.id,
      changes: {
        password_hash: passwordHash,
        password_changed_at: timestamp,
        status: 'active',
        updated_at: timestamp,
      },
    });
    await recordSecurityEvent(
      repositories,
      {
        organizationId: user.organization_id,
        userId: user.id,
        action: 'user_invitation_accepted',
        ...origin,
      },
      { now },
    );
    return { user: updated as UsersTable };
  });
}

// Changing one's own password -------------------------------------------------------------------------

/** Needs the current password (ASVS 6.2.3); ends the user's other sessions. */
export async function changePassword({
  actor,
  input,
  origin,
  inTransaction,
  now,
  hashPassword,
  verifyPassword,
}: {
  actor: { organizationId: string; userId: string; sessionId: string };
  input: { currentPassword: string; newPassword: string };
  origin: RequestOrigin;
  hashPassword: HashPassword;
  verifyPassword: (hash: string, password: string) => Promise<boolean>;
} & Pick<IdentityDependencies, 'inTransaction' | 'now'>): Promise<void> {
  const { user, organization } = await inTransaction(async ({ users, auth }) => ({
    user: await users.getUser({ organizationId: actor.organizationId, userId: actor.userId }),
    organization: await auth.getOrganization({ organizationId: actor.organizationId }),
  }));
  if (!user || !organization) throw new AppError('auth.required', 'Sign in first.');
  // Guesses at the current password count like failed sign-ins (a stolen session must not become an
  // unlimited password oracle).
  const key = { organizationId: user.organization_id, userId: user.id };
  const reserved = await inTransaction(({ auth }) => auth.reserveLoginAttempt({ ...key, maxFailedLogins }));
  const isRight =
    reserved !== undefined &&
    user.password_hash !== null &&
    (await verifyPassword(user.password_hash, input.currentPassword));
  if (!isRight) {
    if (reserved !== undefined) {
      await inTransaction((repositories) =>
        lockAfterFailures(repositories, { user, failedCount: reserved, origin, now }),
      );
    }
    throw createValidationError([{ path: 'currentPassword', message: 'is not your current password' }]);
  }
  await inTransaction(({ auth }) => auth.clearFailedLogins(key));
  ensurePasswordAcceptable(
    input.newPassword,
    { preset: organization.password_policy, user, organization },
    'newPassword',
  );
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(async (repositories) => {
    await setPassword(repositories, { user, passwordHash, now, keepSessionId: actor.sessionId });
    await recordSecurityEvent(
      repositories,
      { organizationId: user.organization_id, userId: user.id, action: 'authn_password_change', ...origin },
      { now },
    );
  });
}
