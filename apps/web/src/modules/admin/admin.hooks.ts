// The server state the admin pages share (TanStack Query): keys, the lists several pages read (roles,
// the organisation's structure, all users, the account), and what a change of a user makes stale.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchAccount, fetchOrganizationStructure, listAllUsers, listRoles } from './admin.api';

export const adminKeys = {
  all: ['admin'] as const,
  users: ['admin', 'users'] as const,
  allUsers: ['admin', 'all-users'] as const,
  roles: ['admin', 'roles'] as const,
  structure: ['admin', 'structure'] as const,
  account: ['admin', 'account'] as const,
  securityEvents: ['admin', 'security-events'] as const,
  securitySettings: ['admin', 'security-settings'] as const,
};

export function useRoles({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: adminKeys.roles, queryFn: ({ signal }) => listRoles(signal), enabled });
}

/** Companies, locations, … change rarely: kept for five minutes. */
export function useOrganizationStructure({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: adminKeys.structure,
    queryFn: ({ signal }) => fetchOrganizationStructure(signal),
    staleTime: 300_000,
    enabled,
  });
}

export function useAllUsers({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: adminKeys.allUsers, queryFn: ({ signal }) => listAllUsers(signal), enabled });
}

export function useAccount({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: adminKeys.account, queryFn: ({ signal }) => fetchAccount(signal), enabled });
}

/** After a user was invited or changed: the lists, the names and the seat count are stale. */
export function useInvalidateUsers(): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: adminKeys.users }),
      queryClient.invalidateQueries({ queryKey: adminKeys.allUsers }),
      queryClient.invalidateQueries({ queryKey: adminKeys.account }),
    ]);
  };
}
