// Setting up and removing second factors (U9) by the signed-in user: a TOTP app (confirmed with a first
// code), a phone number for SMS codes (verified with a code sent to it), passkeys, and one-time
// recovery codes (shown once, stored as hashes). Removing a factor or replacing the recovery codes needs
// the current password (ASVS 7.5.1). Setting up the first factor lifts the „enrol first“ state of a
// session in a tenant that requires a second factor.
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { UsersTable } from '../../app/database/database.types.js';
import { AppError, createValidationError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import { maxCodeAttempts, smsCodeLifetimeMs } from '../auth/auth.config.js';
import type { IdentityDependencies, IdentityRepositories, RequestOrigin } from '../auth/auth.dependencies.js';
import { phoneVerificationSms } from '../auth/auth.messages.js';
import { createToken, secretsEqual } from '../auth/auth.services.js';
import type { OrganizationRow } from '../auth/auth.repository.js';
import { allowedMethods } from '../auth/login.usecases.js';
import { createSmsCode, hashSmsCode, type RelyingParty } from '../auth/second-factor-login.usecases.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import { passkeyTimeoutMs, totpIssuer } from './second-factor.config.js';
import { createPasskeyRegistrationOptions, verifyPasskeyRegistration } from './passkeys.services.js';
import { createRecoveryCodes } from './recovery-codes.services.js';
import { createTotpSecret, totpUri, verifyTotp } from './totp.services.js';

export interface SecondFactorActor {
  organizationId: string;
  userId: string;
  sessionId: string;
  origin: RequestOrigin;
}

type Dependencies = Pick<IdentityDependencies, 'inTransaction' | 'now'>;

async function loadUser(repositories: IdentityRepositories, actor: SecondFactorActor) {
  const user = await repositories.users.getUser({
    organizationId: actor.organizationId,
    userId: actor.userId,
  });
  const organization = await repositories.auth.getOrganization({ organizationId: actor.organizationId });
  if (!user || !organization) throw new AppError('auth.required', 'Sign in first.');
  return { user, organization };
}

function ensureMethodAllowed(organization: OrganizationRow, method: string): void {
  if (!allowedMethods(organization).has(method)) {
    throw new AppError('second_factor.not_allowed', 'Your organisation does not allow this second factor.');
  }
}

async function ensureCurrentPassword(
  user: UsersTable,
  currentPassword: string | undefined,
  verifyPassword: (hash: string, password: string) => Promise<boolean>,
): Promise<void> {
  // SSO users have no password here; their identity provider vouched for them at sign-in.
  if (user.password_hash === null) return;
  if (!currentPassword || !(await verifyPassword(user.password_hash, currentPassword))) {
    throw createValidationError([{ path: 'currentPassword', message: 'is not your current password' }]);
  }
}

/** What an enrolment answers: recovery codes with the first factor, and the session's new token. */
export interface EnrolmentResult {
  recoveryCodes: string[] | null;
  sessionToken: string;
}

/**
 * Records the enrolment, lifts „enrol first“ and gives the session a new id and token (a change of
 * privilege, ASVS 7.2.4); recovery codes are created with the first factor.
 */
async function afterEnrolment(
  repositories: IdentityRepositories,
  { actor, method, now }: { actor: SecondFactorActor; method: string; now: () => Date },
): Promise<EnrolmentResult> {
  const key = { organizationId: actor.organizationId, userId: actor.userId };
  const { token, hash } = createToken();
  const rotated = await repositories.auth.rotateSession({
    sessionId: actor.sessionId,
    newSessionId: createId('ses'),
    newTokenHash: hash,
    method: `password+${method}`,
  });
  if (!rotated) throw new AppError('auth.required', 'Sign in first.');
  await recordSecurityEvent(
    repositories,
    { ...key, action: 'authn_mfa_enrol', ...actor.origin, details: { method } },
    { now },
  );
  if ((await repositories.secondFactors.listUnusedRecoveryCodes(key)).length > 0) {
    return { recoveryCodes: null, sessionToken: token };
  }
  return { recoveryCodes: await replaceRecoveryCodes(repositories, { actor, now }), sessionToken: token };
}

async function replaceRecoveryCodes(
  repositories: IdentityRepositories,
  { actor, now }: { actor: SecondFactorActor; now: () => Date },
): Promise<string[]> {
  const { codes, hashes } = createRecoveryCodes();
  const createdAt = now().toISOString();
  await repositories.secondFactors.replaceRecoveryCodes({
    organizationId: actor.organizationId,
    userId: actor.userId,
    codes: hashes.map((hash) => ({
      id: createId('mfa'),
      organization_id: actor.organizationId,
      user_id: actor.userId,
      code_hash: hash,
      created_at: createdAt,
      used_at: null,
    })),
  });
  return codes;
}

// TOTP ----------------------------------------------------------------------------------------------

/** A new secret and its otpauth:// URI (for the QR code); nothing is stored until it is confirmed. */
export async function startTotpEnrolment({
  actor,
  inTransaction,
}: { actor: SecondFactorActor } & Pick<Dependencies, 'inTransaction'>) {
  const { user, organization } = await inTransaction((repositories) => loadUser(repositories, actor));
  ensureMethodAllowed(organization, 'totp');
  const secret = createTotpSecret();
  return { secret, uri: totpUri({ secret, accountName: user.email, issuer: totpIssuer }) };
}

/** Stores the secret once the app shows a matching code. */
export async function confirmTotpEnrolment({
  actor,
  input,
  verifyPassword,
  inTransaction,
  now,
}: {
  actor: SecondFactorActor;
  input: { secret: string; code: string; currentPassword?: string | undefined };
  verifyPassword: (hash: string, password: string) => Promise<boolean>;
} & Dependencies) {
  const { user, organization } = await inTransaction((repositories) => loadUser(repositories, actor));
  ensureMethodAllowed(organization, 'totp');
  // Replacing an app already set up is a change of a factor: it needs the password (ASVS 7.5.1).
  if (user.totp_secret !== null) await ensureCurrentPassword(user, input.currentPassword, verifyPassword);
  const result = await verifyTotp({ secret: input.secret, code: input.code, now: now(), lastUsedStep: null });
  if (!result.valid)
    throw new AppError(
      'second_factor.invalid_code',
      'The code does not match: check the time on your phone and try again.',
    );
  return inTransaction(async (repositories) => {
    await repositories.users.updateUser({
      organizationId: actor.organizationId,
      userId: actor.userId,
      changes: { totp_secret: input.secret, totp_last_step: result.step, updated_at: now().toISOString() },
    });
    return afterEnrolment(repositories, { actor, method: 'totp', now });
  });
}

export async function removeTotp({
  actor,
  input,
  verifyPassword,
  inTransaction,
  now,
}: {
  actor: SecondFactorActor;
  input: { currentPassword?: string | undefined };
  verifyPassword: (hash: string, password: string) => Promise<boolean>;
} & Dependencies): Promise<void> {
  const { user } = await inTransaction((repositories) => loadUser(repositories, actor));
  await ensureCurrentPassword(user, input.currentPassword, verifyPassword);
  await inTransaction(async (repositories) => {
    await repositories.users.updateUser({
      organizationId: actor.organizationId,
      userId: actor.userId,
      changes: { totp_secret: null, totp_last_step: null, updated_at: now().toISOString() },
    });
    await recordSecurityEvent(
      repositories,
      {
        organizationId: actor.organizationId,
        userId: actor.userId,
        action: 'authn_mfa_remove',
        ...actor.origin,
        details: { method: 'totp' },
      },
      { now },
    );
  });
}

/** Ten new recovery codes, shown once; the old ones stop working. */
export async function regenerateRecoveryCodes({
  actor,
  input,
  verifyPassword,
  inTransaction,
  now,
}: {
  actor: SecondFactorActor;
  input: { currentPassword?: string | undefined };
  verifyPassword: (hash: string, password: string) => Promise<boolean>;
} & Dependencies): Promise<string[]> {
  const { user } = await inTransaction((repositories) => loadUser(repositories, actor));
  await ensureCurrentPassword(user, input.currentPassword, verifyPassword);
  return inTransaction(async (repositories) => {
    const codes = await replaceRecoveryCodes(repositories, { actor, now });
    await recordSecurityEvent(
      repositories,
      {
        organizationId: actor.organizationId,
        userId: actor.userId,
        action: 'authn_mfa_enrol',
        ...actor.origin,
        details: { method: 'recovery_code' },
      },
      { now },
    );
    return codes;
  });
}

// Phone number for SMS codes ------------------------------------------------------------------------

/** Sends a code to the number; the number is stored only once the code comes back (U9). */
export async function startPhoneVerification({
  actor,
  input,
  inTransaction,
  now,
}: { actor: SecondFactorActor; input: { phone: string } } & Dependencies): Promise<void> {
  await inTransaction(async (repositories) => {
    const { organization } = await loadUser(repositories, actor);
    ensureMethodAllowed(organization, 'sms');
    const key = { organizationId: actor.organizationId, userId: actor.userId };
    // Text messages cost money: at most 3 verification codes an hour (against SMS pumping).
    const since = new Date(now().getTime() - 60 * 60 * 1000).toISOString();
    if (
      (await repositories.auth.countUserChallengesSince({ ...key, purpose: 'phone_verification', since })) >=
      3
    ) {
      throw new AppError('auth.rate_limited', 'Three codes have been sent this hour: try again later.');
    }
    // Only the newest code counts.
    await repositories.auth.finishUserChallenges({
      ...key,
      purpose: 'phone_verification',
      usedAt: now().toISOString(),
    });
    const challengeId = createId('chl');
    const { code, hash } = createSmsCode(challengeId);
    const createdAt = now();
    await repositories.auth.insertChallenge({
      challenge: {
        id: challengeId,
        organization_id: actor.organizationId,
        user_id: actor.userId,
        purpose: 'phone_verification',
        token_hash: createToken().hash,
        code_hash: hash,
        code_expires_at: new Date(createdAt.getTime() + smsCodeLifetimeMs).toISOString(),
        attempts: 0,
        data_json: JSON.stringify({ phone: input.phone }),
        created_at: createdAt.toISOString(),
        expires_at: new Date(createdAt.getTime() + smsCodeLifetimeMs).toISOString(),
        used_at: null,
      },
    });
    await repositories.outbox.enqueue({
      organizationId: actor.organizationId,
      channel: 'sms',
      to: input.phone,
      text: phoneVerificationSms({ code }),
    });
  });
}

export async function confirmPhoneVerification({
  actor,
  input,
  inTransaction,
  now,
}: { actor: SecondFactorActor; input: { code: string } } & Dependencies) {
  const key = { organizationId: actor.organizationId, userId: actor.userId };
  const outcome = await inTransaction(async (repositories) => {
    const challenge = await repositories.auth.findLatestUserChallenge({
      ...key,
      purpose: 'phone_verification',
    });
    if (!challenge || !challenge.code_hash || new Date(challenge.expires_at).getTime() <= now().getTime())
      return 'expired';
    if (
      !(await repositories.auth.reserveCodeAttempt({
        challengeId: challenge.id,
        maxAttempts: maxCodeAttempts,
      }))
    ) {
      return 'expired';
    }
    if (!secretsEqual(challenge.code_hash, hashSmsCode(challenge.id, input.code.replace(/\s+/g, ''))))
      return 'wrong';
    if (!(await repositories.auth.useChallenge({ challengeId: challenge.id, usedAt: now().toISOString() })))
      return 'expired';
    const { phone } = JSON.parse(challenge.data_json) as { phone: string };
    await repositories.users.updateUser({
      ...key,
      changes: { phone, phone_verified_at: now().toISOString(), updated_at: now().toISOString() },
    });
    return afterEnrolment(repositories, { actor, method: 'sms', now });
  });
  if (outcome === 'expired' || outcome === 'wrong') {
    throw new AppError(
      'second_factor.invalid_code',
      outcome === 'wrong' ? 'The code is wrong.' : 'The code has expired: request a new one.',
    );
  }
  return outcome;
}

// Passkeys ------------------------------------------------------------------------------------------

export async function startPasskeyRegistration({
  actor,
  relyingParty,
  inTransaction,
  now,
}: { actor: SecondFactorActor; relyingParty: RelyingParty } & Dependencies) {
  return inTransaction(async (repositories) => {
    const { user, organization } = await loadUser(repositories, actor);
    ensureMethodAllowed(organization, 'passkey');
    const existing = await repositories.secondFactors.listPasskeys({
      organizationId: actor.organizationId,
      userId: actor.userId,
    });
    const options = await createPasskeyRegistrationOptions({
      rpId: relyingParty.rpId,
      rpName: 'Zeugnisdesk',
      userId: user.id,
      userName: user.email,
      userDisplayName: `${user.first_name} ${user.last_name}`,
      existingCredentialIds: existing.map((passkey) => passkey.credential_id),
    });
    const createdAt = now();
    await repositories.auth.finishUserChallenges({
      organizationId: actor.organizationId,
      userId: actor.userId,
      purpose: 'passkey_registration',
      usedAt: createdAt.toISOString(),
    });
    await repositories.auth.insertChallenge({
      challenge: {
        id: createId('chl'),
        organization_id: actor.organizationId,
        user_id: actor.userId,
        purpose: 'passkey_registration',
        token_hash: createToken().hash,
        code_hash: null,
        code_expires_at: null,
        attempts: 0,
        data_json: JSON.stringify({ challenge: options.challenge }),
        created_at: createdAt.toISOString(),
        expires_at: new Date(createdAt.getTime() + passkeyTimeoutMs).toISOString(),
        used_at: null,
      },
    });
    return options;
  });
}

export async function finishPasskeyRegistration({
  actor,
  input,
  relyingParty,
  inTransaction,
  now,
}: {
  actor: SecondFactorActor;
  input: { name: string; response: RegistrationResponseJSON };
  relyingParty: RelyingParty;
} & Dependencies) {
  const key = { organizationId: actor.organizationId, userId: actor.userId };
  return inTransaction(async (repositories) => {
    const challenge = await repositories.auth.findLatestUserChallenge({
      ...key,
      purpose: 'passkey_registration',
    });
    if (!challenge || new Date(challenge.expires_at).getTime() <= now().getTime()) {
      throw new AppError('second_factor.invalid_code', 'The passkey registration has expired: start again.');
    }
    const { challenge: expectedChallenge } = JSON.parse(challenge.data_json) as { challenge: string };
    const result = await verifyPasskeyRegistration({
      response: input.response,
      expectedChallenge,
      expectedOrigin: relyingParty.origin,
      expectedRpId: relyingParty.rpId,
    });
    if (
      !result.verified ||
      !(await repositories.auth.useChallenge({ challengeId: challenge.id, usedAt: now().toISOString() }))
    ) {
      throw new AppError('second_factor.invalid_code', 'The passkey could not be verified.');
    }
    // A credential id is unique: the same authenticator cannot be registered twice (or by two users).
    if (await repositories.secondFactors.findPasskeyByCredentialId({ credentialId: result.credential.id })) {
      throw new AppError('second_factor.invalid_code', 'This passkey is already registered.');
    }
    const passkeyId = createId('mfa');
    await repositories.secondFactors.insertPasskey({
      passkey: {
        id: passkeyId,
        ...{ organization_id: actor.organizationId, user_id: actor.userId },
        credential_id: result.credential.id,
        public_key: result.credential.publicKey,
        counter: result.credential.counter,
        transports: result.credential.transports.join(',') || null,
        name: input.name,
        created_at: now().toISOString(),
        last_used_at: null,
      },
    });
    return { passkeyId, ...(await afterEnrolment(repositories, { actor, method: 'passkey', now })) };
  });
}

export async function listPasskeys({
  actor,
  inTransaction,
}: { actor: SecondFactorActor } & Pick<Dependencies, 'inTransaction'>) {
  return inTransaction(({ secondFactors }) =>
    secondFactors.listPasskeys({ organizationId: actor.organizationId, userId: actor.userId }),
  );
}

export async function removePasskey({
  actor,
  passkeyId,
  input,
  verifyPassword,
  inTransaction,
  now,
}: {
  actor: SecondFactorActor;
  passkeyId: string;
  input: { currentPassword?: string | undefined };
  verifyPassword: (hash: string, password: string) => Promise<boolean>;
} & Dependencies): Promise<void> {
  const { user } = await inTransaction((repositories) => loadUser(repositories, actor));
  await ensureCurrentPassword(user, input.currentPassword, verifyPassword);
  await inTransaction(async (repositories) => {
    const key = { organizationId: actor.organizationId, userId: actor.userId };
    if (!(await repositories.secondFactors.deletePasskey({ ...key, passkeyId }))) {
      throw new AppError('second_factor.not_found', `There is no passkey ${passkeyId}.`);
    }
    await recordSecurityEvent(
      repositories,
      { ...key, action: 'authn_mfa_remove', ...actor.origin, details: { method: 'passkey' } },
      { now },
    );
  });
}
