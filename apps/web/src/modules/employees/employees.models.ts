// The employees list's state in the address (so reload, back and shared links keep it), and the
// employment state shown per row. Parameter names are German like the paths: ?suche=&status=&firma=
// &sortierung=&anzahl=.
import type { Employee, EmployeeListQuery, EmployeeSort, EmployeeStatusFilter } from './employees.types';

export const pageSizes = [10, 25, 50, 100] as const;
export const defaultPageSize = 25;

export interface EmployeeFilters {
  search: string;
  status: EmployeeStatusFilter | '';
  companyId: string;
  sort: EmployeeSort;
  pageSize: number;
}

const sorts: readonly EmployeeSort[] = ['lastName', 'entryDate', 'exitDate'];
const statuses: readonly EmployeeStatusFilter[] = ['active', 'former'];

export function readEmployeeFilters(params: URLSearchParams): EmployeeFilters {
  const status = params.get('status') ?? '';
  const sort = params.get('sortierung') ?? '';
  const pageSize = Number(params.get('anzahl'));
  return {
    search: (params.get('suche') ?? '').slice(0, 200),
    status: (statuses as readonly string[]).includes(status) ? (status as EmployeeStatusFilter) : '',
    companyId: (params.get('firma') ?? '').slice(0, 100),
    sort: (sorts as readonly string[]).includes(sort) ? (sort as EmployeeSort) : 'lastName',
    pageSize: (pageSizes as readonly number[]).includes(pageSize) ? pageSize : defaultPageSize,
  };
}

/** The address parameters of the filters; defaults are left out to keep links short. */
export function writeEmployeeFilters(filters: EmployeeFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim() !== '') params.set('suche', filters.search.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.companyId) params.set('firma', filters.companyId);
  if (filters.sort !== 'lastName') params.set('sortierung', filters.sort);
  if (filters.pageSize !== defaultPageSize) params.set('anzahl', String(filters.pageSize));
  return params;
}

export function hasActiveFilters(filters: EmployeeFilters): boolean {
  return filters.search.trim() !== '' || filters.status !== '' || filters.companyId !== '';
}

/** The API query for one page. Dates sort newest first; names alphabetically. */
export function toEmployeeListQuery(filters: EmployeeFilters, cursor: string | null): EmployeeListQuery {
  return {
    search: filters.search.trim() || undefined,
    status: filters.status || undefined,
    companyId: filters.companyId || undefined,
    sort: filters.sort,
    direction: filters.sort === 'lastName' ? 'asc' : 'desc',
    limit: filters.pageSize,
    cursor,
  };
}

export type EmploymentState = 'active' | 'leaving' | 'former';

/** Employed; employed with a known last day ahead („scheidet aus“); or gone. `today` is YYYY-MM-DD. */
export function employmentState(employee: Pick<Employee, 'exitDate'>, today: string): EmploymentState {
  if (employee.exitDate === null) return 'active';
  return employee.exitDate < today ? 'former' : 'leaving';
}

export function displayName(employee: Pick<Employee, 'title' | 'firstName' | 'lastName'>): string {
  return `${employee.lastName}, ${employee.title ? `${employee.title} ` : ''}${employee.firstName}`;
}
