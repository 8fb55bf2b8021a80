// The employees list and the companies it is filtered by.
import { api } from '../../app/api/api';
import type { Page } from '../certificates/certificates.types';
import type { Company, Employee, EmployeeListQuery } from './employees.types';

export function listEmployees(query: EmployeeListQuery, signal?: AbortSignal): Promise<Page<Employee>> {
  return api.get<Page<Employee>>('/api/v1/employees', { query: { ...query }, ...(signal ? { signal } : {}) });
}

export async function listCompanies(signal?: AbortSignal): Promise<Company[]> {
  const { items } = await api.get<{ items: Company[] }>('/api/v1/companies', signal ? { signal } : {});
  return items.map(({ id, name }) => ({ id, name }));
}
