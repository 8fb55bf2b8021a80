// The employee endpoints (list, read, create, change, delete) and what the form chooses from: the
// companies and the four structure dimensions. The API client adds the CSRF token.
import { api } from '../../app/api/api';
import type { Page } from '../certificates/certificates.types';
import {
  structureDimensions,
  type Company,
  type CreateEmployeeBody,
  type Employee,
  type EmployeeRecord,
  type EmployeeListQuery,
  type EmployeeStructure,
  type StructureDimension,
  type StructureItem,
  type UpdateEmployeeBody,
} from './employees.types';

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});
const employeePath = (employeeId: string) => `/api/v1/employees/${encodeURIComponent(employeeId)}`;

export function listEmployees(query: EmployeeListQuery, signal?: AbortSignal): Promise<Page<Employee>> {
  return api.get<Page<Employee>>('/api/v1/employees', { query: { ...query }, ...withSignal(signal) });
}

export function getEmployee(employeeId: string, signal?: AbortSignal): Promise<EmployeeRecord> {
  return api.get<EmployeeRecord>(employeePath(employeeId), withSignal(signal));
}

export function createEmployee(body: CreateEmployeeBody): Promise<EmployeeRecord> {
  return api.post<EmployeeRecord>('/api/v1/employees', body);
}

export function updateEmployee(employeeId: string, body: UpdateEmployeeBody): Promise<EmployeeRecord> {
  return api.request<EmployeeRecord>('PATCH', employeePath(employeeId), { body });
}

export function deleteEmployee(employeeId: string): Promise<void> {
  return api.request<void>('DELETE', employeePath(employeeId));
}

export async function listCompanies(signal?: AbortSignal): Promise<Company[]> {
  const { items } = await api.get<{ items: Company[] }>('/api/v1/companies', withSignal(signal));
  return items.map(({ id, name }) => ({ id, name }));
}

const structurePaths: Record<StructureDimension, string> = {
  locationId: '/api/v1/locations',
  departmentId: '/api/v1/departments',
  orgUnitId: '/api/v1/org-units',
  employeeTypeId: '/api/v1/employee-types',
};

/** The four structure dimensions, each as its list of names (the API answers them unpaged). */
export async function listEmployeeStructure(signal?: AbortSignal): Promise<EmployeeStructure> {
  const lists = await Promise.all(
    structureDimensions.map(async (dimension) => {
      const { items } = await api.get<{ items: StructureItem[] }>(
        structurePaths[dimension],
        withSignal(signal),
      );
      return [dimension, items.map(({ id, name }) => ({ id, name }))] as const;
    }),
  );
  return Object.fromEntries(lists) as EmployeeStructure;
}
