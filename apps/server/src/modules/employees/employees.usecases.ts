// Employees: list (search, filters, sort, keyset pages), create, read, change, delete. References to
// the organisation structure and to a supervisor must exist in the same organisation; an employee whom
// others report to cannot be deleted (employee.referenced, D3).
import { decodeCursor, encodeCursor } from '../../app/api/cursor.js';
import type { EmployeesTable } from '../../app/database/database.types.js';
import type { TransactionRunner } from '../../app/database/transaction.js';
import { AppError, createValidationError, type ValidationIssue } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import { dimensions } from '../organization-structure/organization-structure.config.js';
import type { OrganizationStructureRepository } from '../organization-structure/organization-structure.repository.js';
import { toEmployeeColumns, toEmployeeNameKey, toSearchWords } from './employees.models.js';
import type { EmployeesRepository } from './employees.repository.js';
import type { CreateEmployeeInput, ListEmployeesQuery, UpdateEmployeeInput } from './employees.schemas.js';

interface Repositories {
  employees: EmployeesRepository;
  structure: OrganizationStructureRepository;
}

export interface EmployeeDependencies {
  inTransaction: TransactionRunner<Repositories>;
  /** For lists: no transaction (createReadRunner); defaults to inTransaction. */
  read?: TransactionRunner<Repositories>;
  now: () => Date;
}

/** Longer supervisor chains than this are refused rather than followed. */
const maxSupervisorChain = 100;

function employeeNotFound(employeeId: string): AppError {
  return new AppError('employee.not_found', `There is no employee ${employeeId}.`);
}

/** Throws the not-found error of the first structure reference that the organisation does not have. */
async function ensureStructureExists(
  { structure }: Repositories,
  organizationId: string,
  ids: {
    companyId?: string | null;
    locationId?: string | null;
    departmentId?: string | null;
    orgUnitId?: string | null;
    employeeTypeId?: string | null;
  },
): Promise<void> {
  if (ids.companyId && !(await structure.getCompany({ organizationId, companyId: ids.companyId }))) {
    throw new AppError('company.not_found', `There is no company ${ids.companyId}.`);
  }
  const dimensionIds = [
    [dimensions.location, ids.locationId],
    [dimensions.department, ids.departmentId],
    [dimensions.orgUnit, ids.orgUnitId],
    [dimensions.employeeType, ids.employeeTypeId],
  ] as const;
  for (const [dimension, id] of dimensionIds) {
    if (id && !(await structure.getDimensionItem({ dimension, organizationId, id }))) {
      throw new AppError(dimension.notFound, `There is no ${dimension.label} ${id}.`);
    }
  }
}

/** The supervisor exists in the organisation and is not the employee or one of their reports. */
async function ensureSupervisorValid(
  { employees }: Repositories,
  organizationId: string,
  employeeId: string,
  supervisorId: string,
): Promise<void> {
  let currentId: string | null = supervisorId;
  for (let step = 0; currentId !== null; step += 1) {
    if (currentId === employeeId || step >= maxSupervisorChain) {
      throw createValidationError([
        { path: 'supervisorId', message: 'must not be the employee or someone who reports to them' },
      ]);
    }
    const current = await employees.getEmployee({ organizationId, employeeId: currentId });
    if (!current) {
      if (step === 0) throw new AppError('employee.not_found', `There is no supervisor ${supervisorId}.`);
      break;
    }
    currentId = current.supervisor_id;
  }
}

function checkDates(employee: Pick<EmployeesTable, 'entry_date' | 'exit_date' | 'birth_date'>): void {
  const issues: ValidationIssue[] = [];
  if (employee.exit_date !== null && employee.exit_date < employee.entry_date) {
    issues.push({ path: 'exitDate', message: 'must not be before entryDate' });
  }
  if (employee.birth_date !== null && employee.birth_date >= employee.entry_date) {
    issues.push({ path: 'birthDate', message: 'must be before entryDate' });
  }
  if (issues.length > 0) throw createValidationError(issues);
}

export async function listEmployees({
  organizationId,
  query,
  inTransaction,
  read = inTransaction,
  now,
}: { organizationId: string; query: ListEmployeesQuery } & EmployeeDependencies): Promise<{
  employees: EmployeesTable[];
  nextCursor: string | null;
}> {
  const order = `${query.sort}:${query.direction}`;
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, order);
  return read(async (repositories) => {
    await ensureStructureExists(repositories, organizationId, query);
    const rows = await repositories.employees.listEmployees({
      organizationId,
      filters: {
        ...query,
        today: now().toISOString().slice(0, 10),
        words: toSearchWords(query.search),
      },
      order: { sort: query.sort, direction: query.direction },
      ...(after ? { after } : {}),
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const nextCursor =
      rows.length > query.limit && last ? encodeCursor({ order, key: last.sort_key, id: last.id }) : null;
    // The rows keep their sort_key; formatEmployeeForApi picks the fields that leave the server.
    return { employees: page, nextCursor };
  });
}

export async function getEmployeeOrThrow({
  organizationId,
  employeeId,
  inTransaction,
}: { organizationId: string; employeeId: string } & EmployeeDependencies): Promise<{
  employee: EmployeesTable;
}> {
  return inTransaction(async ({ employees }) => {
    const employee = await employees.getEmployee({ organizationId, employeeId });
    if (!employee) throw employeeNotFound(employeeId);
    return { employee };
  });
}

export async function createEmployee({
  organizationId,
  input,
  inTransaction,
  now,
}: { organizationId: string; input: CreateEmployeeInput } & EmployeeDependencies): Promise<{
  employee: EmployeesTable;
}> {
  const timestamp = now().toISOString();
  const employee: EmployeesTable = {
    id: createId('emp'),
    organization_id: organizationId,
    title: null,
    birth_date: null,
    birth_place: null,
    street: null,
    postal_code: null,
    city: null,
    email: null,
    company_id: null,
    location_id: null,
    department_id: null,
    org_unit_id: null,
    employee_type_id: null,
    exit_date: null,
    job_title: null,
    job_profile: null,
    supervisor_id: null,
    ...toEmployeeColumns(input),
    gender: input.gender,
    first_name: input.firstName,
    last_name: input.lastName,
    entry_date: input.entryDate,
    name_key: toEmployeeNameKey(input),
    created_at: timestamp,
    updated_at: timestamp,
  };
  checkDates(employee);
  await inTransaction(async (repositories) => {
    await ensureStructureExists(repositories, organizationId, input);
    if (employee.supervisor_id) {
      await ensureSupervisorValid(repositories, organizationId, employee.id, employee.supervisor_id);
    }
    await repositories.employees.insertEmployee({ employee });
  });
  return { employee };
}

export async function updateEmployee({
  organizationId,
  employeeId,
  input,
  inTransaction,
  now,
}: {
  organizationId: string;
  employeeId: string;
  input: UpdateEmployeeInput;
} & EmployeeDependencies): Promise<{
  employee: EmployeesTable;
}> {
  return inTransaction(async (repositories) => {
    const existing = await repositories.employees.getEmployee({ organizationId, employeeId });
    if (!existing) throw employeeNotFound(employeeId);
    const changes = toEmployeeColumns(input);
    const merged = { ...existing, ...changes };
    checkDates(merged);
    await ensureStructureExists(repositories, organizationId, input);
    if (input.supervisorId)
      await ensureSupervisorValid(repositories, organizationId, employeeId, input.supervisorId);
    const employee = await repositories.employees.updateEmployee({
      organizationId,
      employeeId,
      changes: {
        ...changes,
        name_key: toEmployeeNameKey({ firstName: merged.first_name, lastName: merged.last_name }),
        updated_at: now().toISOString(),
      },
    });
    if (!employee) throw employeeNotFound(employeeId);
    return { employee };
  });
}

export async function deleteEmployee({
  organizationId,
  employeeId,
  inTransaction,
}: { organizationId: string; employeeId: string } & EmployeeDependencies): Promise<void> {
  await inTransaction(async ({ employees }) => {
    const supervised = await employees.countSupervisedEmployees({ organizationId, employeeId });
    if (supervised > 0) {
      throw new AppError(
        'employee.referenced',
        `The employee ${employeeId} is the supervisor of ${supervised} employee(s); ` +
          'give them another supervisor before deleting this record.',
      );
    }
    const outcome = await employees.deleteEmployee({ organizationId, employeeId });
    if (outcome === 'not_found') throw employeeNotFound(employeeId);
    if (outcome === 'referenced') {
      throw new AppError(
        'employee.referenced',
        `The employee ${employeeId} is still referenced (e.g. by a certificate) and cannot be deleted.`,
      );
    }
  });
}
