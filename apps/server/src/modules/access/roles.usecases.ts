// Roles (U6): unlimited per organisation, each with a level per area. The built-in „Administrator“ role
// grants everything; it cannot be changed or deleted. A role held by a user cannot be deleted.
import type { RolesTable } from '../../app/database/database.types.js';
import { AppError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import type { IdentityDependencies } from '../auth/auth.dependencies.js';
import { uniformPermissions, type Permissions } from './access.models.js';

function roleNotFound(roleId: string): AppError {
  return new AppError('role.not_found', `There is no role ${roleId}.`);
}

function toNameKey(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase('de-DE');
}

type Dependencies = Pick<IdentityDependencies, 'inTransaction' | 'now'>;

export async function listRoles({
  organizationId,
  inTransaction,
}: { organizationId: string } & Pick<Dependencies, 'inTransaction'>) {
  return inTransaction(({ roles }) => roles.listRoles({ organizationId }));
}

export async function getRole({
  organizationId,
  roleId,
  inTransaction,
}: { organizationId: string; roleId: string } & Pick<Dependencies, 'inTransaction'>) {
  const role = await inTransaction(({ roles }) => roles.getRole({ organizationId, roleId }));
  if (!role) throw roleNotFound(roleId);
  return role;
}

export async function createRole({
  organizationId,
  input,
  inTransaction,
  now,
}: { organizationId: string; input: { name: string; permissions: Partial<Permissions> } } & Dependencies) {
  const timestamp = now().toISOString();
  const role: RolesTable = {
    id: createId('rol'),
    organization_id: organizationId,
    name: input.name.trim(),
    name_key: toNameKey(input.name),
    is_administrator: 0,
    permissions_json: JSON.stringify({ ...uniformPermissions('none'), ...input.permissions }),
    created_at: timestamp,
    updated_at: timestamp,
  };
  await inTransaction(async ({ roles }) => {
    if ((await roles.insertRole({ role })) === 'name_taken') {
      throw new AppError('role.name_taken', `There already is a role named ${role.name}.`);
    }
  });
  return role;
}

export async function updateRole({
  organizationId,
  roleId,
  input,
  actor,
  inTransaction,
  now,
}: {
  organizationId: string;
  roleId: string;
  input: { name?: string; permissions?: Partial<Permissions> };
  actor: { userId: string; isAdministrator: boolean };
} & Dependencies) {
  return inTransaction(async ({ roles, users }) => {
    const role = await roles.getRole({ organizationId, roleId });
    if (!role) throw roleNotFound(roleId);
    // Widening one's own role would lift oneself above what an administrator granted.
    if (
      !actor.isAdministrator &&
      (await users.getUser({ organizationId, userId: actor.userId }))?.role_id === roleId
    ) {
      throw new AppError('auth.forbidden', 'You cannot change the role you hold yourself.');
    }
    if (role.is_administrator === 1) {
      throw new AppError(
        'role.administrator_fixed',
        'The administrator role grants everything and cannot be changed.',
      );
    }
    const updated = await roles.updateRole({
      organizationId,
      roleId,
      changes: {
        ...(input.name !== undefined ? { name: input.name.trim(), name_key: toNameKey(input.name) } : {}),
        ...(input.permissions
          ? {
              permissions_json: JSON.stringify({
                ...JSON.parse(role.permissions_json),
                ...input.permissions,
              }),
            }
          : {}),
        updated_at: now().toISOString(),
      },
    });
    if (updated === 'name_taken') {
      throw new AppError('role.name_taken', `There already is a role named ${input.name ?? ''}.`);
    }
    if (!updated) throw roleNotFound(roleId);
    return updated;
  });
}

export async function deleteRole({
  organizationId,
  roleId,
  inTransaction,
}: { organizationId: string; roleId: string } & Pick<Dependencies, 'inTransaction'>) {
  await inTransaction(async ({ roles }) => {
    const role = await roles.getRole({ organizationId, roleId });
    if (!role) throw roleNotFound(roleId);
    if (role.is_administrator === 1) {
      throw new AppError('role.administrator_fixed', 'The administrator role cannot be deleted.');
    }
    const result = await roles.deleteRole({ organizationId, roleId });
    if (result === 'in_use') {
      throw new AppError('role.in_use', 'Users hold this role: give them another role first.');
    }
    if (result === 'not_found') throw roleNotFound(roleId);
  });
}
