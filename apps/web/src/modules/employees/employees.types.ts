// An employee as the API returns it (GET /api/v1/employees and /employees/:id), the bodies of create
// and change, the list's filters, and the organisation structure an employee is assigned to.

export const genders = ['male', 'female', 'diverse'] as const;
export type Gender = (typeof genders)[number];

/** An employee as the list shows them (every answer carries at least these fields). */
export interface Employee {
  id: string;
  gender: Gender;
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
  /** The id of a job profile (Berufsbild) of @zeugnisdesk/engine. */
  jobProfile: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The whole record, as GET /employees/:id (and every other answer) returns it. */
export interface EmployeeRecord extends Employee {
  /** YYYY-MM-DD */
  birthDate: string | null;
  birthPlace: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  supervisorId: string | null;
}

/** The fields a client sends (POST /employees); null clears an optional field. */
export interface CreateEmployeeBody {
  gender: Gender;
  title?: string | null;
  firstName: string;
  lastName: string;
  birthDate?: string | null;
  birthPlace?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  email?: string | null;
  companyId?: string | null;
  locationId?: string | null;
  departmentId?: string | null;
  orgUnitId?: string | null;
  employeeTypeId?: string | null;
  entryDate: string;
  exitDate?: string | null;
  jobTitle?: string | null;
  jobProfile?: string | null;
  supervisorId?: string | null;
}

/** PATCH /employees/:id: only the fields that change. */
export type UpdateEmployeeBody = Partial<CreateEmployeeBody>;

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

/** An entry of one of the four structure dimensions (location, department, org unit, employee type). */
export interface StructureItem {
  id: string;
  name: string;
}

export const structureDimensions = ['locationId', 'departmentId', 'orgUnitId', 'employeeTypeId'] as const;
export type StructureDimension = (typeof structureDimensions)[number];

export type EmployeeStructure = Record<StructureDimension, StructureItem[]>;
