// Users (U1–U4): the first administrator, invitations (U2), changes of name, role and scope,
// deactivation (U3) and unlocking. Passwords are hashed before the transaction starts (about 70 ms), and
// only the hash is stored. The plan limit and the last administrator are checked under the
// organisation's lock, so two concurrent changes cannot both pass.
import type { RolesTable, UsersTable } from '../../app/database/database.types.js';
import type { TransactionRunner } from '../../app/database/transaction.js';
import { decodeCursor, encodeCursor } from '../../app/api/cursor.js';
import { AppError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import { serializeScope, type Access, type CertificateScope } from '../access/access.models.js';
import type { IdentityDependencies, IdentityRepositories, RequestOrigin } from '../auth/auth.dependencies.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import { toEmailKey, toUserSearchKey } from './users.models.js';
import type { UserChanges } from './users.repository.js';
import type { HashPassword } from './users.services.js';

export function userNotFound(userId: string): AppError {
  return new AppError('user.not_found', `There is no user ${userId}.`);
}

// The first administrator -----------------------------------------------------------------------------

export interface CreateAdministratorInput {
  email: string;
  firstName: string;
  lastName: string;
  password: string;
}

/** The organisation's first user, with the administrator role and scope; used by the first start. */
export async function createAdministrator({
  organizationId,
  input,
  inTransaction,
  now,
  hashPassword,
}: {
  organizationId: string;
  input: CreateAdministratorInput;
  inTransaction: TransactionRunner<Pick<IdentityRepositories, 'users' | 'roles'>>;
  now: () => Date;
  hashPassword: HashPassword;
}): Promise<{ user: UsersTable }> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async ({ users, roles }) => {
    const role = await ensureAdministratorRole({ roles, organizationId, now });
    const timestamp = now().toISOString();
    const user: UsersTable = {
      ...newUserRow({
        organizationId,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
      }),
      password_hash: passwordHash,
      password_changed_at: timestamp,
      status: 'active',
      role_id: role.id,
      ...serializeScope({ all: true }),
      created_at: timestamp,
      updated_at: timestamp,
    };
    if ((await users.insertUser({ user })) === 'email_taken') {
      throw new AppError('user.email_taken', `The e-mail address ${user.email} is already taken.`);
    }
    return { user };
  });
}

/** The built-in „Administrator“ role of the organisation, created if it does not exist yet. */
export async function ensureAdministratorRole({
  roles,
  organizationId,
  now,
}: {
  roles: IdentityRepositories['roles'];
  organizationId: string;
  now: () => Date;
}) {
  const existing = await roles.getAdministratorRole({ organizationId });
  if (existing) return existing;
  const timestamp = now().toISOString();
  const role = {
    id: createId('rol'),
    organization_id: organizationId,
    name: 'Administrator',
    name_key: 'administrator',
    is_administrator: 1,
    permissions_json: '{}',
    created_at: timestamp,
    updated_at: timestamp,
  };
  await roles.insertRole({ role });
  return role;
}

export function newUserRow({
  organizationId,
  email,
  firstName,
  lastName,
}: {
  organizationId: string;
  email: string;
  firstName: string;
  lastName: string;
}): Omit<UsersTable, 'status' | 'role_id' | 'scope_all' | 'scope_json' | 'created_at' | 'updated_at'> {
  return {
    id: createId('usr'),
    organization_id: organizationId,
    email: email.trim(),
    email_key: toEmailKey(email),
    first_name: firstName.trim(),
    last_name: lastName.trim(),
    search_key: toUserSearchKey({
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      email: email.trim(),
    }),
    phone: null,
    phone_verified_at: null,
    password_hash: null,
    password_changed_at: null,
    failed_login_count: 0,
    locked_at: null,
    totp_secret: null,
    totp_last_step: null,
    sso_issuer: null,
    sso_subject: null,
    last_login_at: null,
  };
}

// Listing ---------------------------------------------------------------------------------------------

export async function listUsers({
  organizationId,
  query,
  inTransaction,
}: {
  organizationId: string;
  query: { status?: UsersTable['status']; search?: string; limit: number; cursor?: string };
} & Pick<IdentityDependencies, 'inTransaction'>) {
  const after = query.cursor ? decodeCursor(query.cursor, 'email') : undefined;
  const words = (query.search ?? '').normalize('NFC').toLocaleLowerCase('de-DE').split(/\s+/).filter(Boolean);
  const rows = await inTransaction(({ users }) =>
    users.listUsers({
      organizationId,
      filters: { ...(query.status ? { status: query.status } : {}), words },
      ...(after ? { after } : {}),
      limit: query.limit + 1,
    }),
  );
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ order: 'email', key: last.email_key, id: last.id })
        : null,
  };
}

export async function getUser({
  organizationId,
  userId,
  inTransaction,
}: { organizationId: string; userId: string } & Pick<IdentityDependencies, 'inTransaction'>) {
  const user = await inTransaction(({ users }) => users.getUser({ organizationId, userId }));
  if (!user) throw userNotFound(userId);
  return user;
}

export async function ensureRoleExists(
  roles: IdentityRepositories['roles'],
  organizationId: string,
  roleId: string,
) {
  const role = await roles.getRole({ organizationId, roleId });
  if (!role) throw new AppError('role.not_found', `There is no role ${roleId}.`);
  return role;
}

/**
 * Only administrators grant what administrators have: the „Administrator“ role and the scope
 * „Administrator“. Otherwise a user with the area „Benutzer“ could raise anyone, themselves included,
 * above their own rights.
 */
export function ensureMayGrant(
  actor: Pick<Access, 'isAdministrator'>,
  { role, scope }: { role?: Pick<RolesTable, 'is_administrator'>; scope?: CertificateScope },
): void {
  if (actor.isAdministrator) return;
  if (role?.is_administrator === 1 || scope?.all === true) {
    throw new AppError(
      'auth.forbidden',
      'Only administrators may grant the administrator role or the scope „Administrator“.',
    );
  }
}

/** The plan's user limit (U1): invited and active users take a seat. Call under lockOrganization. */
export async function ensureSeatAvailable(repositories: IdentityRepositories, organizationId: string) {
  const organization = await repositories.auth.getOrganization({ organizationId });
  if (!organization) throw new AppError('auth.required', 'The organisation no longer exists.');
  if (
    organization.plan_max_users !== null &&
    (await repositories.users.countSeatUsers({ organizationId })) >= organization.plan_max_users
  ) {
    throw new AppError(
      'user.plan_limit_reached',
      `The plan allows ${organization.plan_max_users} users; deactivate a user or extend the plan.`,
    );
  }
  return organization;
}

/** What every action on one user gets: who acts, on whom, from where. */
export type UserActionInput = {
  actor: Access & { organizationId: string };
  userId: string;
  origin: RequestOrigin;
} & Pick<IdentityDependencies, 'inTransaction' | 'now'>;

// Changes ---------------------------------------------------------------------------------------------

export interface UpdateUserInput {
  email?: string;
  firstName?: string;
  lastName?: string;
  phone?: string | null;
  roleId?: string;
  scope?: CertificateScope;
}

export async function ensureNotLastAdministrator(
  { users, roles }: IdentityRepositories,
  user: UsersTable,
): Promise<void> {
  const role = await roles.getRole({ organizationId: user.organization_id, roleId: user.role_id });
  if (!role || role.is_administrator !== 1 || user.status !== 'active') return;
  const others = await users.countOtherActiveAdministrators({
    organizationId: user.organization_id,
    exceptUserId: user.id,
  });
  if (others === 0) {
    throw new AppError(
      'user.last_administrator',
      'This is the last active administrator: make another user an administrator first.',
    );
  }
}

export async function updateUser({
  actor,
  userId,
  input,
  origin,
  inTransaction,
  now,
}: {
  actor: Access & { organizationId: string };
  userId: string;
  input: UpdateUserInput;
  origin: RequestOrigin;
} & Pick<IdentityDependencies, 'inTransaction' | 'now'>) {
  const { organizationId } = actor;
  return inTransaction(async (repositories) => {
    const { users, roles, auth } = repositories;
    await users.lockOrganization({ organizationId });
    const user = await users.getUser({ organizationId, userId });
    if (!user) throw userNotFound(userId);
    const changes: UserChanges = {};
    if (input.firstName !== undefined) changes.first_name = input.firstName.trim();
    if (input.lastName !== undefined) changes.last_name = input.lastName.trim();
    if (input.email !== undefined && toEmailKey(input.email) !== user.email_key) {
      changes.email = input.email.trim();
      changes.email_key = toEmailKey(input.email);
    } else if (input.email !== undefined) {
      changes.email = input.email.trim();
    }
    if (input.phone !== undefined && input.phone !== user.phone) {
      // A new number must be verified again before it receives sign-in codes.
      changes.phone = input.phone;
      changes.phone_verified_at = null;
    }
    const roleChanged = input.roleId !== undefined && input.roleId !== user.role_id;
    if ((roleChanged || input.scope !== undefined) && userId === actor.userId && !actor.isAdministrator) {
      throw new AppError('auth.forbidden', 'You cannot change your own role or certificate scope.');
    }
    if (input.scope !== undefined) ensureMayGrant(actor, { scope: input.scope });
    if (roleChanged && input.roleId) {
      const newRole = await ensureRoleExists(roles, organizationId, input.roleId);
      ensureMayGrant(actor, { role: newRole });
      if (newRole.is_administrator !== 1) await ensureNotLastAdministrator(repositories, user);
      changes.role_id = input.roleId;
    }
    let scopeChanged = false;
    if (input.scope !== undefined) {
      const scope = serializeScope(input.scope);
      scopeChanged = scope.scope_all !== user.scope_all || scope.scope_json !== user.scope_json;
      Object.assign(changes, scope);
    }
    changes.search_key = toUserSearchKey({
      firstName: changes.first_name ?? user.first_name,
      lastName: changes.last_name ?? user.last_name,
      email: changes.email ?? user.email,
    });
    changes.updated_at = now().toISOString();
    const updated = await users.updateUser({ organizationId, userId, changes });
    if (updated === 'email_taken') {
      throw new AppError('user.email_taken', `The e-mail address ${input.email ?? ''} is already taken.`);
    }
    if (!updated) throw userNotFound(userId);
    if (changes.email_key) {
      // Links sent to the old address stop working (they are bound to it).
      await auth.deleteUserTokens({ organizationId, userId, purpose: 'invitation' });
      await auth.deleteUserTokens({ organizationId, userId, purpose: 'password_reset' });
    }
    const event = { organizationId, userId, actorUserId: actor.userId, ...origin };
    if (roleChanged) {
      await recordSecurityEvent(
        repositories,
        { ...event, action: 'user_role_changed', details: { roleId: input.roleId ?? null } },
        { now },
      );
    }
    if (scopeChanged) {
      await recordSecurityEvent(repositories, { ...event, action: 'user_scope_changed' }, { now });
    }
    return updated;
  });
}
