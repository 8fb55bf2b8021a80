// Invitations (U2): a permitted user adds a user, who gets an e-mail with a single-use link (72 h,
// bound to the address) to set a password. Inviting again replaces the link.
import type { UsersTable } from '../../app/database/database.types.js';
import { AppError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import { serializeScope, type Access, type CertificateScope } from '../access/access.models.js';
import { invitationLifetimeMs } from '../auth/auth.config.js';
import type { IdentityDependencies, IdentityRepositories, RequestOrigin } from '../auth/auth.dependencies.js';
import { createToken } from '../auth/auth.services.js';
import { formatMailDateTime } from '../email-templates/email-templates.services.js';
import { renderMail } from '../email-templates/email-templates.usecases.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import {
  ensureMayGrant,
  ensureRoleExists,
  ensureSeatAvailable,
  newUserRow,
  userNotFound,
} from './users.usecases.js';

export interface InviteUserInput {
  email: string;
  firstName: string;
  lastName: string;
  roleId: string;
  scope: CertificateScope;
  phone?: string | null;
}

/** Queues the invitation e-mail with a fresh link; earlier links of the user stop working. */
async function sendInvitation(
  repositories: IdentityRepositories,
  {
    user,
    organizationName,
    now,
    publicUrl,
  }: { user: UsersTable; organizationName: string; now: () => Date; publicUrl: string },
) {
  const { auth, outbox } = repositories;
  await auth.deleteUserTokens({
    organizationId: user.organization_id,
    userId: user.id,
    purpose: 'invitation',
  });
  const { token, hash } = createToken();
  const createdAt = now();
  const expiresAt = new Date(createdAt.getTime() + invitationLifetimeMs);
  await auth.insertToken({
    token: {
      id: createId('tok'),
      organization_id: user.organization_id,
      user_id: user.id,
      purpose: 'invitation',
      token_hash: hash,
      email_key: user.email_key,
      created_at: createdAt.toISOString(),
      expires_at: expiresAt.toISOString(),
      used_at: null,
    },
  });
  // Users have no language setting yet: German.
  const language = 'de';
  const mail = await renderMail(repositories, {
    organizationId: user.organization_id,
    key: 'invitation',
    language,
    values: {
      'user.name': `${user.first_name} ${user.last_name}`,
      'organization.name': organizationName,
      link: `${publicUrl}/einladung#token=${token}`,
      expiresAt: formatMailDateTime(expiresAt, language),
    },
  });
  await outbox.enqueue({ organizationId: user.organization_id, channel: 'email', to: user.email, ...mail });
}

async function getOrganizationOrThrow(auth: IdentityRepositories['auth'], organizationId: string) {
  const organization = await auth.getOrganization({ organizationId });
  if (!organization) throw new AppError('auth.required', 'The organisation no longer exists.');
  return organization;
}

export async function inviteUser({
  actor,
  input,
  origin,
  inTransaction,
  now,
  publicUrl,
}: {
  actor: Access & { organizationId: string };
  input: InviteUserInput;
  origin: RequestOrigin;
} & IdentityDependencies) {
  const { organizationId } = actor;
  return inTransaction(async (repositories) => {
    const { users, roles } = repositories;
    await users.lockOrganization({ organizationId });
    ensureMayGrant(actor, {
      role: await ensureRoleExists(roles, organizationId, input.roleId),
      scope: input.scope,
    });
    const organization = await ensureSeatAvailable(repositories, organizationId);
    const timestamp = now().toISOString();
    const user: UsersTable = {
      ...newUserRow({ organizationId, ...input }),
      phone: input.phone ?? null,
      status: 'invited',
      role_id: input.roleId,
      ...serializeScope(input.scope),
      created_at: timestamp,
      updated_at: timestamp,
    };
    if ((await users.insertUser({ user })) === 'email_taken') {
      throw new AppError('user.email_taken', `The e-mail address ${user.email} is already taken.`);
    }
    await sendInvitation(repositories, { user, organizationName: organization.name, now, publicUrl });
    await recordSecurityEvent(
      repositories,
      { organizationId, userId: user.id, actorUserId: actor.userId, action: 'user_invited', ...origin },
      { now },
    );
    return user;
  });
}

/** Sends a new invitation link to a user who has not accepted yet; the old link stops working. */
export async function resendInvitation({
  actor,
  userId,
  origin,
  inTransaction,
  now,
  publicUrl,
}: {
  actor: Access & { organizationId: string };
  userId: string;
  origin: RequestOrigin;
} & IdentityDependencies) {
  const { organizationId } = actor;
  return inTransaction(async (repositories) => {
    const user = await repositories.users.getUser({ organizationId, userId });
    if (!user) throw userNotFound(userId);
    if (user.status !== 'invited') {
      throw new AppError('user.not_invited', 'This user has already accepted the invitation.');
    }
    const organization = await getOrganizationOrThrow(repositories.auth, organizationId);
    await sendInvitation(repositories, { user, organizationName: organization.name, now, publicUrl });
    await recordSecurityEvent(
      repositories,
      {
        organizationId,
        userId,
        actorUserId: actor.userId,
        action: 'user_invited',
        ...origin,
        details: { resent: true },
      },
      { now },
    );
    return user;
  });
}
