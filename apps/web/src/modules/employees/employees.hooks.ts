// The server state the employee pages share: one employee, the companies and the structure the form
// chooses from, and what to refresh after a change. Every list and detail key starts with
// 'employees', so one invalidation refreshes them all.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getEmployee, listCompanies, listEmployeeStructure } from './employees.api';

export const employeeKeys = {
  all: ['employees'] as const,
  detail: (employeeId: string) => ['employees', 'detail', employeeId] as const,
  search: (search: string) => ['employees', 'search', search] as const,
};

/** The organisation's names change rarely: five minutes before they are asked for again. */
const structureStaleTime = 300_000;

export function useEmployee(employeeId: string | null) {
  return useQuery({
    queryKey: employeeKeys.detail(employeeId ?? ''),
    queryFn: ({ signal }) => getEmployee(employeeId ?? '', signal),
    enabled: employeeId !== null,
    // A missing employee stays missing: no retries for 404.
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
  });
}

export function useCompanies() {
  return useQuery({
    queryKey: ['companies'],
    queryFn: ({ signal }) => listCompanies(signal),
    staleTime: structureStaleTime,
  });
}

export function useEmployeeStructure() {
  return useQuery({
    queryKey: ['employees-structure'],
    queryFn: ({ signal }) => listEmployeeStructure(signal),
    staleTime: structureStaleTime,
  });
}

/** After a create, change or delete: the lists, details and the overview's numbers load again. */
export function useInvalidateEmployees(): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['overview'] }),
    ]);
  };
}
