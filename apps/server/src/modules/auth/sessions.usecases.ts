// Server-side sessions: created at sign-in with a fresh token (never reused: no session fixation),
// resolved on every request with the user's current status, role and scope (a deactivation or role
// change takes effect on the next request), ended by idle and absolute timeouts, logout, logout
// everywhere, deactivation and password reset.
import type { ContractStatus, UsersTable } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import { parsePermissions, parseScope, type Access } from '../access/access.models.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import { sessionTouchIntervalMs } from './auth.config.js';
import type { IdentityDependencies, IdentityRepositories, RequestOrigin } from './auth.dependencies.js';
import type { OrganizationRow } from './auth.repository.js';
import { createToken, hashToken } from './auth.services.js';

/** The session as the request sees it: who, with which rights, and what they still have to do. */
export interface ResolvedSession extends Access {
  sessionId: string;
  organizationId: string;
  /** The tenant requires a second factor and the user has none yet: only enrolment is allowed. */
  mustEnrolSecondFactor: boolean;
  contractStatus: ContractStatus;
}

export const enrolmentRequiredMethod = 'password+enrolment_required';

/** Creates a session for the user (inside the caller's transaction) and records the sign-in. */
export async function startSession(
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
): Promise<{ token: string; sessionId: string }> {
  const { token, hash } = createToken();
  const createdAt = now();
  const sessionId = createId('ses');
  await repositories.auth.insertSession({
    session: {
      id: sessionId,
      organization_id: user.organization_id,
      user_id: user.id,
      token_hash: hash,
      method,
      ip_address: origin.ipAddress,
      user_agent: origin.userAgent?.slice(0, 512) ?? null,
      created_at: createdAt.toISOString(),
      last_seen_at: createdAt.toISOString(),
      expires_at: new Date(
        createdAt.getTime() + organization.session_absolute_hours * 3_600_000,
      ).toISOString(),
    },
  });
  await repositories.users.updateUser({
    organizationId: user.organization_id,
    userId: user.id,
    changes: { last_login_at: createdAt.toISOString() },
  });
  await recordSecurityEvent(
    repositories,
    {
      organizationId: user.organization_id,
      userId: user.id,
      action: method === 'sso' ? 'authn_sso_login' : 'authn_login_success',
      ...origin,
      details: { method },
    },
    { now },
  );
  return { token, sessionId };
}

/**
 * The session of a request's token, or null when there is none, it expired (idle or absolute), the user
 * is no longer active, or the organisation's contract has ended. Expired sessions are deleted.
 */
export async function resolveSession({
  token,
  inTransaction,
  now,
}: { token: string } & Pick<IdentityDependencies, 'inTransaction' | 'now'>): Promise<ResolvedSession | null> {
  const tokenHash = hashToken(token);
  return inTransaction(async ({ auth }) => {
    const found = await auth.findSessionForRequest({ tokenHash });
    if (!found) return null;
    const current = now();
    const idleDeadline = new Date(found.lastSeenAt).getTime() + found.idleMinutes * 60_000;
    const isExpired =
      current.getTime() >= new Date(found.expiresAt).getTime() || current.getTime() >= idleDeadline;
    if (isExpired || found.userStatus !== 'active' || found.contractStatus === 'ended') {
      await auth.deleteSession({ sessionId: found.sessionId });
      return null;
    }
    if (current.getTime() - new Date(found.lastSeenAt).getTime() >= sessionTouchIntervalMs) {
      await auth.touchSession({ sessionId: found.sessionId, lastSeenAt: current.toISOString() });
    }
    return {
      sessionId: found.sessionId,
      organizationId: found.organizationId,
      userId: found.userId,
      isAdministrator: found.isAdministrator === 1,
      permissions: parsePermissions(found.permissionsJson),
      scope: parseScope({ scopeAll: found.scopeAll, scopeJson: found.scopeJson }),
      mustEnrolSecondFactor: found.method === enrolmentRequiredMethod,
      contractStatus: found.contractStatus,
    };
  });
}

export async function endSession({
  session,
  origin,
  inTransaction,
  now,
}: {
  session: Pick<ResolvedSession, 'sessionId' | 'organizationId' | 'userId'>;
  origin: RequestOrigin;
} & Pick<IdentityDependencies, 'inTransaction' | 'now'>): Promise<void> {
  await inTransaction(async (repositories) => {
    await repositories.auth.deleteSession({ sessionId: session.sessionId });
    await recordSecurityEvent(
      repositories,
      { organizationId: session.organizationId, userId: session.userId, action: 'authn_logout', ...origin },
      { now },
    );
  });
}

/** Ends every session of the user, this one included. */
export async function endAllSessions({
  session,
  origin,
  inTransaction,
  now,
}: { session: Pick<ResolvedSession, 'organizationId' | 'userId'>; origin: RequestOrigin } & Pick<
  IdentityDependencies,
  'inTransaction' | 'now'
>): Promise<number> {
  return inTransaction(async (repositories) => {
    const ended = await repositories.auth.deleteUserSessions({
      organizationId: session.organizationId,
      userId: session.userId,
    });
    await recordSecurityEvent(
      repositories,
      {
        organizationId: session.organizationId,
        userId: session.userId,
        action: 'session_revoked_all',
        ...origin,
        details: { sessions: ended },
      },
      { now },
    );
    return ended;
  });
}
