// The server state of the organisation pages (TanStack Query): keys, the queries, and what a change
// makes stale — including the admin pages' structure list (scope picker) and the employees' filters.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminKeys } from '../admin/admin.hooks';
import { fetchOrganizationAccount, getCompany, listCompanies, listDimensionItems } from './organization.api';
import type { Message } from './organization.models';
import type { DimensionKey } from './organization.types';

export const organizationKeys = {
  companies: ['organization', 'companies'] as const,
  company: (companyId: string) => ['organization', 'companies', companyId] as const,
  dimension: (dimension: DimensionKey) => ['organization', 'dimension', dimension] as const,
  account: ['organization', 'account'] as const,
};

export function useCompanies() {
  return useQuery({ queryKey: organizationKeys.companies, queryFn: ({ signal }) => listCompanies(signal) });
}

export function useCompany(companyId: string) {
  return useQuery({
    queryKey: organizationKeys.company(companyId),
    queryFn: ({ signal }) => getCompany(companyId, signal),
  });
}

export function useDimensionItems(dimension: DimensionKey) {
  return useQuery({
    queryKey: organizationKeys.dimension(dimension),
    queryFn: ({ signal }) => listDimensionItems(dimension, signal),
  });
}

export function useOrganizationAccount() {
  return useQuery({
    queryKey: organizationKeys.account,
    queryFn: ({ signal }) => fetchOrganizationAccount(signal),
  });
}

/** After a company or structure item changed: every list of names that shows it is stale. */
export function useInvalidateStructure(): (key: readonly unknown[]) => Promise<void> {
  const queryClient = useQueryClient();
  return async (key) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: adminKeys.structure }),
      // The employees pages' company and structure lists (employees.hooks.ts).
      queryClient.invalidateQueries({ queryKey: ['companies'] }),
      queryClient.invalidateQueries({ queryKey: ['employees-structure'] }),
    ]);
  };
}

/** Turns a Message of the models into the text in the user's language. */
export function useMessageText(): (message: Message | null | undefined) => string | undefined {
  const { t } = useTranslation();
  return (message) => (message ? t(message.key, message.values ?? {}) : undefined);
}
