// Sign-in with Microsoft Entra ID (U10). The tenant configures its directory (tenant id), the app's
// client id and secret, and „SSO optional“ or „SSO only“. The browser's pending login (state, nonce,
// PKCE verifier) is kept server-side, bound to an HttpOnly cookie, used once. Users are matched by issuer
// and subject (Entra's `oid`), never by e-mail alone: the e-mail only links a user who is still
// *invited* in that organisation on their first SSO sign-in (the invitation shows the administrator
// meant this person); an active user with a password is never taken over through the e-mail claim.
// Before anyone is signed in, the sign-in page asks whether to offer the button (getSignInOptions).
import type { UsersTable } from '../../app/database/database.types.js';
import { AppError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import type { SsoIdentity, SsoSettings } from '../sso/sso.models.js';
import { completeSsoLogin, startSsoLogin } from '../sso/sso.services.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import { toEmailKey } from '../users/users.models.js';
import { challengeLifetimeMs } from './auth.config.js';
import type { IdentityDependencies, IdentityRepositories, RequestOrigin } from './auth.dependencies.js';
import type { OrganizationRow } from './auth.repository.js';
import { createToken, hashToken } from './auth.services.js';
import { startSession } from './sessions.usecases.js';

export function ssoSettingsOf(organization: OrganizationRow): SsoSettings | null {
  if (organization.sso_mode === 'off') return null;
  const { sso_tenant_id: tenantId, sso_client_id: clientId, sso_client_secret: clientSecret } = organization;
  if (!tenantId || !clientId || !clientSecret) return null;
  return {
    tenantId,
    clientId,
    clientSecret,
    ...(organization.sso_issuer ? { issuer: organization.sso_issuer } : {}),
  };
}

/** What the sign-in page offers (GET /auth/sign-in-options); see `signInOptionsSchema`. */
export interface SignInOptions {
  organization: { id: string; name: string } | null;
  sso: { provider: 'entra'; only: boolean } | null;
}

type SignInOptionsInput = Pick<IdentityDependencies, 'inTransaction'> & {
  organizationId?: string | undefined;
};

/**
 * The sign-in options of the organisation `organizationId` (from the sign-in link HR shares) or, without
 * it, of the installation's only organisation (self-hosted). An unknown id, or several organisations and
 * none named, answer `{ organization: null, sso: null }` with 200 — no 404 that would tell ids apart in
 * another way than the name does. SSO is offered only when it is on, fully configured and the contract
 * has not ended: exactly when `startSsoSignIn` would start it.
 */
export async function getSignInOptions({
  organizationId,
  inTransaction,
}: SignInOptionsInput): Promise<SignInOptions> {
  const organization = await inTransaction(async ({ auth }) => {
    if (organizationId !== undefined) return auth.getOrganization({ organizationId });
    const organizations = await auth.listOrganizations({ limit: 2 });
    return organizations.length === 1 ? organizations[0] : undefined;
  });
  if (!organization) return { organization: null, sso: null };
  const ssoOffered = ssoSettingsOf(organization) !== null && organization.contract_status !== 'ended';
  return {
    organization: { id: organization.id, name: organization.name },
    sso: ssoOffered ? { provider: 'entra', only: organization.sso_mode === 'only' } : null,
  };
}

function ssoFailed(): AppError {
  return new AppError('auth.sso_failed', 'The sign-in with Microsoft did not succeed.');
}

export async function startSsoSignIn({
  organizationId,
  redirectUri,
  inTransaction,
  now,
}: { organizationId: string; redirectUri: string } & Pick<IdentityDependencies, 'inTransaction' | 'now'>) {
  const organization = await inTransaction(({ auth }) => auth.getOrganization({ organizationId }));
  const settings = organization ? ssoSettingsOf(organization) : null;
  if (!organization || !settings || organization.contract_status === 'ended') {
    throw new AppError(
      'auth.sso_not_configured',
      'Sign-in with Microsoft is not set up for this organisation.',
    );
  }
  const { authorizationUrl, pending } = await startSsoLogin({ settings, redirectUri }).catch(() => {
    throw ssoFailed();
  });
  const { token, hash } = createToken();
  const createdAt = now();
  await inTransaction(({ auth }) =>
    auth.insertChallenge({
      challenge: {
        id: createId('chl'),
        organization_id: organization.id,
        user_id: null,
        purpose: 'sso',
        token_hash: hash,
        code_hash: null,
        code_expires_at: null,
        attempts: 0,
        data_json: JSON.stringify(pending),
        created_at: createdAt.toISOString(),
        expires_at: new Date(createdAt.getTime() + challengeLifetimeMs).toISOString(),
        used_at: null,
      },
    }),
  );
  return { authorizationUrl, challengeToken: token };
}

/** The user the identity belongs to: by (issuer, subject), or an invited user of that e-mail to link. */
async function findOrLinkUser(
  repositories: IdentityRepositories,
  { identity, organizationId, now }: { identity: SsoIdentity; organizationId: string; now: () => Date },
): Promise<UsersTable | null> {
  const known = await repositories.users.getUserBySsoIdentity({
    issuer: identity.issuer,
    subject: identity.subject,
  });
  if (known) return known.organization_id === organizationId ? known : null;
  const email = identity.email ?? identity.preferredUsername;
  if (!email) return null;
  const invited = await repositories.users.getUserByEmailKey({ organizationId, emailKey: toEmailKey(email) });
  if (!invited || invited.status !== 'invited' || invited.sso_subject !== null) return null;
  const timestamp = now().toISOString();
  const linked = await repositories.users.updateUser({
    organizationId,
    userId: invited.id,
    changes: {
      sso_issuer: identity.issuer,
      sso_subject: identity.subject,
      status: 'active',
      updated_at: timestamp,
    },
  });
  await repositories.auth.deleteUserTokens({ organizationId, userId: invited.id, purpose: 'invitation' });
  if (!linked || linked === 'email_taken') return null;
  await recordSecurityEvent(
    repositories,
    { organizationId, userId: invited.id, action: 'user_invitation_accepted', details: { method: 'sso' } },
    { now },
  );
  return linked;
}

/** Completes the login from the provider's redirect: a session, or `auth.sso_failed` (reason logged). */
export async function completeSsoSignIn({
  challengeToken,
  callbackUrl,
  redirectUri,
  origin,
  inTransaction,
  now,
}: {
  challengeToken: string;
  callbackUrl: URL;
  redirectUri: string;
  origin: RequestOrigin;
} & Pick<IdentityDependencies, 'inTransaction' | 'now'>): Promise<{ sessionToken: string }> {
  // The pending login is spent first, whatever comes next: a callback works once.
  const pending = await inTransaction(async ({ auth }) => {
    const challenge = await auth.findChallenge({ tokenHash: hashToken(challengeToken) });
    if (
      !challenge ||
      challenge.purpose !== 'sso' ||
      new Date(challenge.expires_at).getTime() <= now().getTime()
    ) {
      return null;
    }
    if (!(await auth.useChallenge({ challengeId: challenge.id, usedAt: now().toISOString() }))) return null;
    const organization = await auth.getOrganization({ organizationId: challenge.organization_id });
    return organization ? { challenge, organization } : null;
  });
  if (!pending) throw ssoFailed();
  const { organization, challenge } = pending;
  const settings = ssoSettingsOf(organization);
  const fail = async (reason: string): Promise<never> => {
    await inTransaction((repositories) =>
      recordSecurityEvent(
        repositories,
        {
          organizationId: organization.id,
          action: 'authn_login_fail',
          reason,
          ...origin,
          details: { method: 'sso' },
        },
        { now },
      ),
    );
    throw ssoFailed();
  };
  if (!settings) return fail('sso_not_configured');
  let identity: SsoIdentity;
  try {
    identity = await completeSsoLogin({
      settings,
      redirectUri,
      callbackUrl,
      pending: JSON.parse(challenge.data_json),
    });
  } catch (error) {
    const reason = (error as { reason?: unknown }).reason;
    return fail(typeof reason === 'string' ? `sso_${reason}` : 'sso_error');
  }
  const outcome = await inTransaction(async (repositories) => {
    const user = await findOrLinkUser(repositories, { identity, organizationId: organization.id, now });
    if (!user || user.status !== 'active' || user.locked_at !== null) return null;
    return startSession(repositories, { user, organization, method: 'sso', origin, now });
  });
  if (!outcome) return fail('sso_unknown_user');
  return { sessionToken: outcome.token };
}
