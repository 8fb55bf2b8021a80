// Request and response schemas of the employees (C2 personal data, C3 employment data).
import { z } from 'zod';
import { isoDate, optionalText, requiredError, requiredText } from '../../app/api/api.schemas.js';

export const genders = ['male', 'female', 'diverse'] as const;

const reference = z.string().min(1).max(100).nullable();

const employeeFields = {
  gender: z.enum(genders, requiredError('must be male, female or diverse')),
  title: optionalText(50).optional(),
  firstName: requiredText(200),
  lastName: requiredText(200),
  birthDate: isoDate.nullable().optional(),
  birthPlace: optionalText(200).optional(),
  street: optionalText(200).optional(),
  postalCode: optionalText(20).optional(),
  city: optionalText(100).optional(),
  email: z.email('must be an e-mail address').max(254).nullable().optional(),
  companyId: reference.optional(),
  locationId: reference.optional(),
  departmentId: reference.optional(),
  orgUnitId: reference.optional(),
  employeeTypeId: reference.optional(),
  entryDate: isoDate,
  exitDate: isoDate.nullable().optional(),
  jobTitle: optionalText(200).optional(),
  /** The id of a job profile (Berufsbild). */
  jobProfile: optionalText(100).optional(),
  supervisorId: reference.optional(),
};

export const createEmployeeBodySchema = z.strictObject(employeeFields);
export const updateEmployeeBodySchema = z.strictObject(employeeFields).partial();

export type CreateEmployeeInput = z.output<typeof createEmployeeBodySchema>;
export type UpdateEmployeeInput = z.output<typeof updateEmployeeBodySchema>;

export const employeeSortOrders = ['lastName', 'entryDate', 'exitDate'] as const;
export type EmployeeSortOrder = (typeof employeeSortOrders)[number];

export const listEmployeesQuerySchema = z.strictObject({
  /** Words that must all occur in the name, in any letter case. */
  search: z.string().trim().max(200).optional(),
  companyId: z.string().min(1).max(100).optional(),
  locationId: z.string().min(1).max(100).optional(),
  departmentId: z.string().min(1).max(100).optional(),
  orgUnitId: z.string().min(1).max(100).optional(),
  employeeTypeId: z.string().min(1).max(100).optional(),
  /** active: no exit date, or one today or later; former: an exit date before today. */
  status: z.enum(['active', 'former']).optional(),
  sort: z.enum(employeeSortOrders).default('lastName'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** nextCursor of the previous page. */
  cursor: z.string().max(1000).optional(),
});

export type ListEmployeesQuery = z.output<typeof listEmployeesQuerySchema>;

export const employeeSchema = z
  .object({
    id: z.string(),
    gender: z.enum(genders),
    title: z.string().nullable(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string().nullable(),
    birthPlace: z.string().nullable(),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    email: z.string().nullable(),
    companyId: z.string().nullable(),
    locationId: z.string().nullable(),
    departmentId: z.string().nullable(),
    orgUnitId: z.string().nullable(),
    employeeTypeId: z.string().nullable(),
    entryDate: z.string(),
    exitDate: z.string().nullable(),
    jobTitle: z.string().nullable(),
    jobProfile: z.string().nullable(),
    supervisorId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Employee' });

export const employeePageSchema = z
  .object({ items: z.array(employeeSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'EmployeePage' });
