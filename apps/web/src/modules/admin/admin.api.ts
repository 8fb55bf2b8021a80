// The administration endpoints: users, roles, the organisation's structure (for the scope), the
// account, the security log and the sign-in settings. The API client adds the CSRF token.
import { api } from '../../app/api/api';
import { buildUrl } from '../../app/api/api-client.models';
import type { Page } from '../certificates/certificates.types';
import type {
  Account,
  AdminUser,
  InviteUserBody,
  NamedItem,
  OrganizationStructure,
  Role,
  RoleBody,
  SecurityEvent,
  SecurityEventQuery,
  SecuritySettings,
  SecuritySettingsPatch,
  UpdateUserBody,
  UserAction,
  UserListQuery,
} from './admin.types';

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export function listUsers(query: UserListQuery, signal?: AbortSignal): Promise<Page<AdminUser>> {
  return api.get<Page<AdminUser>>('/api/v1/users', { query: { ...query }, ...withSignal(signal) });
}

/** Every user (page by page), for showing names next to ids. Stops after `maxPages` pages. */
export async function listAllUsers(signal?: AbortSignal, maxPages = 20): Promise<AdminUser[]> {
  const users: AdminUser[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const answer: Page<AdminUser> = await listUsers({ limit: 100, cursor }, signal);
    users.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return users;
}

export function inviteUser(body: InviteUserBody): Promise<AdminUser> {
  return api.post<AdminUser>('/api/v1/users', body);
}

export function updateUser(userId: string, body: UpdateUserBody): Promise<AdminUser> {
  return api.request<AdminUser>('PATCH', `/api/v1/users/${encodeURIComponent(userId)}`, { body });
}

export function runUserAction(userId: string, action: UserAction): Promise<AdminUser> {
  return api.post<AdminUser>(`/api/v1/users/${encodeURIComponent(userId)}/${action}`);
}

export async function listRoles(signal?: AbortSignal): Promise<Role[]> {
  const { items } = await api.get<{ items: Role[] }>('/api/v1/roles', withSignal(signal));
  return items.map(({ id, name, isAdministrator, permissions }) => ({
    id,
    name,
    isAdministrator,
    permissions,
  }));
}

export function createRole(body: RoleBody): Promise<Role> {
  return api.post<Role>('/api/v1/roles', body);
}

export function updateRole(roleId: string, body: Partial<RoleBody>): Promise<Role> {
  return api.request<Role>('PATCH', `/api/v1/roles/${encodeURIComponent(roleId)}`, { body });
}

export function deleteRole(roleId: string): Promise<void> {
  return api.request<void>('DELETE', `/api/v1/roles/${encodeURIComponent(roleId)}`);
}

const structurePaths: Record<keyof OrganizationStructure, string> = {
  companyIds: '/api/v1/companies',
  locationIds: '/api/v1/locations',
  departmentIds: '/api/v1/departments',
  orgUnitIds: '/api/v1/org-units',
  employeeTypeIds: '/api/v1/employee-types',
};

/** Companies, locations, departments, org units and employee types: the names a scope is made of. */
export async function fetchOrganizationStructure(signal?: AbortSignal): Promise<OrganizationStructure> {
  const entries = await Promise.all(
    Object.entries(structurePaths).map(async ([dimension, path]) => {
      const { items } = await api.get<{ items: NamedItem[] }>(path, withSignal(signal));
      return [dimension, items.map(({ id, name }) => ({ id, name }))] as const;
    }),
  );
  return Object.fromEntries(entries) as OrganizationStructure;
}

export function fetchAccount(signal?: AbortSignal): Promise<Account> {
  return api.get<Account>('/api/v1/organization', withSignal(signal));
}

export function listSecurityEvents(
  query: SecurityEventQuery,
  signal?: AbortSignal,
): Promise<Page<SecurityEvent>> {
  return api.get<Page<SecurityEvent>>('/api/v1/security-events', {
    query: { ...query },
    ...withSignal(signal),
  });
}

/** The address of the CSV export with the same filters (a plain download link; the cookie suffices). */
export function securityEventsCsvUrl(query: Omit<SecurityEventQuery, 'limit' | 'cursor'>): string {
  return buildUrl('/api/v1/security-events/export.csv', { ...query });
}

export function fetchSecuritySettings(signal?: AbortSignal): Promise<SecuritySettings> {
  return api.get<SecuritySettings>('/api/v1/organization/security', withSignal(signal));
}

export function updateSecuritySettings(patch: SecuritySettingsPatch): Promise<SecuritySettings> {
  return api.request<SecuritySettings>('PATCH', '/api/v1/organization/security', { body: patch });
}
