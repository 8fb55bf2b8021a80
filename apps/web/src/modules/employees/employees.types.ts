// An employee as GET /api/v1/employees lists them, and the list's filters.

export interface Employee {
  id: string;
  gender: 'male' | 'female' | 'diverse';
  title: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  companyId: string | null;
  locationId: string | null;
  departmentId: string | null;
  orgUnitId: string | null;
  employeeTypeId: string | null;
  /** YYYY-MM-DD */
  entryDate: string;
  /** YYYY-MM-DD; null while employed without an end date. */
  exitDate: string | null;
  jobTitle: string | null;
  jobProfile: string | null;
  createdAt: string;
  updatedAt: string;
}

export type EmployeeStatusFilter = 'active' | 'former';
export type EmployeeSort = 'lastName' | 'entryDate' | 'exitDate';

export interface EmployeeListQuery {
  search?: string;
  status?: EmployeeStatusFilter;
  companyId?: string;
  sort?: EmployeeSort;
  direction?: 'asc' | 'desc';
  limit?: number;
  cursor?: string | null;
}

export interface Company {
  id: string;
  name: string;
}
