// The second step of a sign-in (U9): the password was right, a pending sign-in (challenge) waits in an
// HttpOnly cookie of this browser, and one of the user's second factors completes it — a TOTP code, a
// code sent by SMS (6 digits, exactly 5 minutes, single use), a passkey, or a recovery code. A
// challenge allows 5 attempts in all (counted before the code is compared, so parallel guesses cannot
// exceed it), lives 10 minutes, and is used once: the session is created in the transaction that marks
// it used.
import { createHash, randomInt } from 'node:crypto';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { LoginChallengesTable, UsersTable } from '../../app/database/database.types.js';
import { AppError } from '../../app/http-errors.js';
import {
  createPasskeyAuthenticationOptions,
  verifyPasskeyAuthentication,
} from '../second-factor/passkeys.services.js';
import { findRecoveryCode } from '../second-factor/recovery-codes.services.js';
import { verifyTotp } from '../second-factor/totp.services.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import { maxCodeAttempts, maxFailedLogins, smsCodeLifetimeMs } from './auth.config.js';
import type { IdentityDependencies, IdentityRepositories, RequestOrigin } from './auth.dependencies.js';
import { signInCodeSms } from './auth.messages.js';
import type { OrganizationRow } from './auth.repository.js';
import { hashToken, secretsEqual } from './auth.services.js';
import { availableSecondFactors, lockAfterFailures, type SecondFactorMethod } from './login.usecases.js';
import { startSession } from './sessions.usecases.js';

/** Where passkeys are bound: the host and origin of PUBLIC_URL. */
export interface RelyingParty {
  rpId: string;
  origin: string;
}

export function relyingPartyOf(publicUrl: string): RelyingParty {
  const url = new URL(publicUrl);
  return { rpId: url.hostname, origin: url.origin };
}

/** Thrown inside a transaction to roll it back when the answer turns out wrong. */
class RejectedAnswer extends Error {}

function challengeExpired(): AppError {
  return new AppError('auth.challenge_expired', 'The sign-in has expired: start again with your password.');
}

function invalidCode(): AppError {
  return new AppError('auth.invalid_code', 'The code is wrong or has expired.');
}

/** A six-digit code from the CSPRNG, and its hash bound to the challenge. */
export function createSmsCode(challengeId: string): { code: string; hash: string } {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  return { code, hash: hashSmsCode(challengeId, code) };
}

export function hashSmsCode(challengeId: string, code: string): string {
  return createHash('sha256').update(`${challengeId}:${code}`, 'utf8').digest('hex');
}

interface PendingSignIn {
  challenge: LoginChallengesTable;
  user: UsersTable;
  organization: OrganizationRow;
  methods: SecondFactorMethod[];
}

async function loadPendingSignIn(
  repositories: IdentityRepositories,
  { token, now }: { token: string; now: () => Date },
): Promise<PendingSignIn> {
  const challenge = await repositories.auth.findChallenge({ tokenHash: hashToken(token) });
  if (
    !challenge ||
    challenge.purpose !== 'second_factor' ||
    challenge.user_id === null ||
    challenge.used_at !== null ||
    new Date(challenge.expires_at).getTime() <= now().getTime()
  ) {
    throw challengeExpired();
  }
  const user = await repositories.users.getUser({
    organizationId: challenge.organization_id,
    userId: challenge.user_id,
  });
  const organization = await repositories.auth.getOrganization({ organizationId: challenge.organization_id });
  // Deactivated or locked meanwhile: the pending sign-in dies with it.
  if (!user || !organization || user.status !== 'active' || user.locked_at !== null) throw challengeExpired();
  const methods = await availableSecondFactors(repositories, user, organization);
  return { challenge, user, organization, methods };
}

/** What the second step offers: the methods, for the sign-in page. */
export async function describePendingSignIn({
  token,
  inTransaction,
  now,
}: { token: string } & Pick<IdentityDependencies, 'inTransaction' | 'now'>) {
  const { methods, user } = await inTransaction((repositories) =>
    loadPendingSignIn(repositories, { token, now }),
  );
  const phone = methods.includes('sms') ? (user.phone ?? '') : '';
  return { methods, phoneHint: phone ? `…${phone.slice(-3)}` : null };
}

/** Sends a fresh SMS code (the old one stops working); at most 3 per pending sign-in. */
export async function sendSignInSms({
  token,
  inTransaction,
  now,
}: { token: string } & Pick<IdentityDependencies, 'inTransaction' | 'now'>): Promise<void> {
  await inTransaction(async (repositories) => {
    const { challenge, user, methods } = await loadPendingSignIn(repositories, { token, now });
    if (challenge.attempts >= maxCodeAttempts) throw challengeExpired();
    if (!methods.includes('sms') || !user.phone) {
      throw new AppError(
        'second_factor.not_allowed',
        'Sign-in codes by SMS are not available for this account.',
      );
    }
    const data = JSON.parse(challenge.data_json) as { smsSent?: number };
    const sent = data.smsSent ?? 0;
    if (sent >= 3) {
      throw new AppError('auth.rate_limited', 'Three codes have been sent: start again with your password.');
    }
    const { code, hash } = createSmsCode(challenge.id);
    await repositories.auth.updateChallenge({
      challengeId: challenge.id,
      changes: {
        code_hash: hash,
        code_expires_at: new Date(now().getTime() + smsCodeLifetimeMs).toISOString(),
        data_json: JSON.stringify({ ...data, smsSent: sent + 1 }),
      },
    });
    await repositories.outbox.enqueue({
      organizationId: user.organization_id,
      channel: 'sms',
      to: user.phone,
      text: signInCodeSms({ code }),
    });
  });
}

/** The WebAuthn options for the second step; the challenge is kept with the pending sign-in. */
export async function startPasskeySignIn({
  token,
  relyingParty,
  inTransaction,
  now,
}: { token: string; relyingParty: RelyingParty } & Pick<IdentityDependencies, 'inTransaction' | 'now'>) {
  return inTransaction(async (repositories) => {
    const { challenge, user, methods } = await loadPendingSignIn(repositories, { token, now });
    if (challenge.attempts >= maxCodeAttempts) throw challengeExpired();
    if (!methods.includes('passkey')) {
      throw new AppError('second_factor.not_allowed', 'This account has no passkey.');
    }
    const passkeys = await repositories.secondFactors.listPasskeys({
      organizationId: user.organization_id,
      userId: user.id,
    });
    const options = await createPasskeyAuthenticationOptions({
      rpId: relyingParty.rpId,
      allowCredentialIds: passkeys.map((passkey) => passkey.credential_id),
    });
    const data = JSON.parse(challenge.data_json) as Record<string, unknown>;
    await repositories.auth.updateChallenge({
      challengeId: challenge.id,
      changes: { data_json: JSON.stringify({ ...data, webauthnChallenge: options.challenge }) },
    });
    return options;
  });
}

export type SecondFactorAnswer =
  | { method: 'totp'; code: string }
  | { method: 'sms'; code: string }
  | { method: 'recovery_code'; code: string }
  | { method: 'passkey'; response: AuthenticationResponseJSON };

/**
 * Checks the answer; on success the pending sign-in becomes a session. Every failure is the same
 * `auth.invalid_code` and is recorded; after 5 failures the pending sign-in is spent.
 */
export async function completeSecondFactor({
  token,
  answer,
  origin,
  relyingParty,
  inTransaction,
  now,
}: {
  token: string;
  answer: SecondFactorAnswer;
  origin: RequestOrigin;
  relyingParty: RelyingParty;
} & Pick<IdentityDependencies, 'inTransaction' | 'now'>) {
  const pending = await inTransaction(async (repositories) => {
    const loaded = await loadPendingSignIn(repositories, { token, now });
    if (!loaded.methods.includes(answer.method)) {
      throw new AppError(
        'second_factor.not_allowed',
        'This second factor is not available for this account.',
      );
    }
    // Two counts: this pending sign-in allows 5 answers, and every wrong answer also counts as a failed
    // sign-in of the account (locked at 5, like wrong passwords), so new sign-ins buy no new guesses.
    const reserved = await repositories.auth.reserveCodeAttempt({
      challengeId: loaded.challenge.id,
      maxAttempts: maxCodeAttempts,
    });
    const failedCount = reserved
      ? await repositories.auth.reserveLoginAttempt({
          organizationId: loaded.user.organization_id,
          userId: loaded.user.id,
          maxFailedLogins,
        })
      : undefined;
    return {
      ...loaded,
      reserved: reserved && failedCount !== undefined,
      failedCount: failedCount ?? maxFailedLogins,
    };
  });
  const { challenge, user, organization } = pending;
  const key = { organizationId: user.organization_id, userId: user.id };
  const verdict = pending.reserved ? await check(pending, answer, { relyingParty, now }) : null;

  if (verdict) {
    // A lost race (code or challenge spent meanwhile) or a wrong recovery code or passkey rolls the
    // whole transaction back: nothing is spent by a failed answer.
    const outcome = await inTransaction(async (repositories) => {
      const spent =
        (await repositories.auth.useChallenge({ challengeId: challenge.id, usedAt: now().toISOString() })) &&
        (await verdict.commit(repositories));
      if (!spent) throw new RejectedAnswer();
      await repositories.auth.clearFailedLogins(key);
      return startSession(repositories, {
        user,
        organization,
        method: `password+${answer.method}`,
        origin,
        now,
      });
    }).catch((error: unknown) => {
      if (error instanceof RejectedAnswer) return null;
      throw error;
    });
    if (outcome) return { sessionToken: outcome.token, user };
  }
  await inTransaction(async (repositories) => {
    await recordSecurityEvent(
      repositories,
      {
        ...key,
        action: 'authn_mfa_fail',
        reason: pending.reserved ? 'wrong_code' : 'too_many_attempts',
        ...origin,
        details: { method: answer.method },
      },
      { now },
    );
    await lockAfterFailures(repositories, { user, failedCount: pending.failedCount, origin, now });
  });
  throw pending.reserved ? invalidCode() : challengeExpired();
}

/** Verifies the answer; `commit` then spends it inside the session's transaction (false: lost a race). */
async function check(
  { challenge, user }: PendingSignIn,
  answer: SecondFactorAnswer,
  { relyingParty, now }: { relyingParty: RelyingParty; now: () => Date },
): Promise<{ commit: (repositories: IdentityRepositories) => Promise<boolean> } | null> {
  const key = { organizationId: user.organization_id, userId: user.id };
  switch (answer.method) {
    case 'totp': {
      if (!user.totp_secret) return null;
      const result = await verifyTotp({
        secret: user.totp_secret,
        code: answer.code,
        now: now(),
        lastUsedStep: user.totp_last_step,
      });
      if (!result.valid) return null;
      // A code works once: the step is stored only if it is newer than the last one used.
      return { commit: (repositories) => repositories.users.useTotpStep({ ...key, step: result.step }) };
    }
    case 'sms': {
      const expired =
        !challenge.code_expires_at || new Date(challenge.code_expires_at).getTime() <= now().getTime();
      if (expired || !challenge.code_hash) return null;
      if (!secretsEqual(challenge.code_hash, hashSmsCode(challenge.id, answer.code.replace(/\s+/g, ''))))
        return null;
      return { commit: async () => true };
    }
    case 'recovery_code': {
      return {
        commit: async (repositories) => {
          const codes = await repositories.secondFactors.listUnusedRecoveryCodes(key);
          const index = findRecoveryCode(
            answer.code,
            codes.map((code) => code.code_hash),
          );
          const found = codes[index];
          if (!found) return false;
          return repositories.secondFactors.useRecoveryCode({
            codeId: found.id,
            usedAt: now().toISOString(),
          });
        },
      };
    }
    case 'passkey': {
      const data = JSON.parse(challenge.data_json) as { webauthnChallenge?: string };
      if (!data.webauthnChallenge) return null;
      return {
        commit: async (repositories) => {
          const passkeys = await repositories.secondFactors.listPasskeys(key);
          const passkey = passkeys.find((candidate) => candidate.credential_id === answer.response.id);
          if (!passkey) return false;
          const result = await verifyPasskeyAuthentication({
            response: answer.response,
            expectedChallenge: data.webauthnChallenge ?? '',
            expectedOrigin: relyingParty.origin,
            expectedRpId: relyingParty.rpId,
            credential: {
              id: passkey.credential_id,
              publicKey: passkey.public_key,
              counter: passkey.counter,
            },
          });
          if (!result.verified) return false;
          await repositories.secondFactors.updatePasskeyCounter({
            passkeyId: passkey.id,
            counter: result.newCounter,
            usedAt: now().toISOString(),
          });
          return true;
        },
      };
    }
  }
}
