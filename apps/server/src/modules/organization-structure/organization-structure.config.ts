// The four dimensions that are a plain name per organisation (U7: the certificate access scope is cut
// along these and companies). One definition each; routes, use cases and the repository are shared.
import type { ErrorCode } from '../../app/http-errors.js';
import type { IdPrefix } from '../../app/ids.js';

export interface Dimension {
  table: 'locations' | 'departments' | 'org_units' | 'employee_types';
  /** The column of `employees` that references it. */
  employeeColumn: 'location_id' | 'department_id' | 'org_unit_id' | 'employee_type_id';
  idPrefix: IdPrefix;
  /** The URL path under /api/v1. */
  path: string;
  notFound: ErrorCode;
  /** English singular for messages and the OpenAPI document. */
  label: string;
}

export const dimensions = {
  location: {
    table: 'locations',
    employeeColumn: 'location_id',
    idPrefix: 'loc',
    path: '/locations',
    notFound: 'location.not_found',
    label: 'location',
  },
  department: {
    table: 'departments',
    employeeColumn: 'department_id',
    idPrefix: 'dep',
    path: '/departments',
    notFound: 'department.not_found',
    label: 'department',
  },
  orgUnit: {
    table: 'org_units',
    employeeColumn: 'org_unit_id',
    idPrefix: 'unt',
    path: '/org-units',
    notFound: 'org_unit.not_found',
    label: 'org unit',
  },
  employeeType: {
    table: 'employee_types',
    employeeColumn: 'employee_type_id',
    idPrefix: 'ety',
    path: '/employee-types',
    notFound: 'employee_type.not_found',
    label: 'employee type',
  },
} as const satisfies Record<string, Dimension>;

export type DimensionName = keyof typeof dimensions;

export const dimensionNames = Object.keys(dimensions) as DimensionName[];
