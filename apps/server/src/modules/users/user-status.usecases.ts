// The status of a user: deactivation (U3, immediate: the sessions end in the same transaction),
// reactivation (within the plan's limit) and unlocking after too many failed sign-ins (U4).
import type { UsersTable } from '../../app/database/database.types.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import {
  ensureNotLastAdministrator,
  ensureSeatAvailable,
  userNotFound,
  type UserActionInput,
} from './users.usecases.js';

/** U3: from now on no sign-in; every session of the user ends in the same transaction. */
export async function deactivateUser({ actor, userId, origin, inTransaction, now }: UserActionInput) {
  const { organizationId } = actor;
  return inTransaction(async (repositories) => {
    const { users, auth } = repositories;
    await users.lockOrganization({ organizationId });
    const user = await users.getUser({ organizationId, userId });
    if (!user) throw userNotFound(userId);
    if (user.status === 'deactivated') return user;
    await ensureNotLastAdministrator(repositories, user);
    const updated = await users.updateUser({
      organizationId,
      userId,
      changes: { status: 'deactivated', updated_at: now().toISOString() },
    });
    await auth.deleteUserSessions({ organizationId, userId });
    await auth.deleteUserTokens({ organizationId, userId, purpose: 'invitation' });
    await auth.deleteUserTokens({ organizationId, userId, purpose: 'password_reset' });
    await recordSecurityEvent(
      repositories,
      { organizationId, userId, actorUserId: actor.userId, action: 'user_deactivated', ...origin },
      { now },
    );
    return updated as UsersTable;
  });
}

/** Reactivates a deactivated user (as active if they had set a password, else as invited again). */
export async function reactivateUser({ actor, userId, origin, inTransaction, now }: UserActionInput) {
  const { organizationId } = actor;
  return inTransaction(async (repositories) => {
    const { users } = repositories;
    await users.lockOrganization({ organizationId });
    const user = await users.getUser({ organizationId, userId });
    if (!user) throw userNotFound(userId);
    if (user.status !== 'deactivated') return user;
    await ensureSeatAvailable(repositories, organizationId);
    const hasSignIn = user.password_hash !== null || user.sso_subject !== null;
    const updated = await users.updateUser({
      organizationId,
      userId,
      changes: { status: hasSignIn ? 'active' : 'invited', updated_at: now().toISOString() },
    });
    await recordSecurityEvent(
      repositories,
      { organizationId, userId, actorUserId: actor.userId, action: 'user_reactivated', ...origin },
      { now },
    );
    return updated as UsersTable;
  });
}

/** Lifts the lock after too many failed sign-ins (U4) and resets the counter. */
export async function unlockUser({ actor, userId, origin, inTransaction, now }: UserActionInput) {
  const { organizationId } = actor;
  return inTransaction(async (repositories) => {
    const { users } = repositories;
    const user = await users.getUser({ organizationId, userId });
    if (!user) throw userNotFound(userId);
    const updated = await users.updateUser({
      organizationId,
      userId,
      changes: { locked_at: null, failed_login_count: 0, updated_at: now().toISOString() },
    });
    if (user.locked_at !== null) {
      await recordSecurityEvent(
        repositories,
        { organizationId, userId, actorUserId: actor.userId, action: 'authn_login_unlock', ...origin },
        { now },
      );
    }
    return updated as UsersTable;
  });
}
