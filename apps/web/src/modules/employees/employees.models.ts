// The pure rules of the employee pages: the list's state in the address (so reload, back and shared
// links keep it; parameter names are German like the paths: ?suche=&status=&firma=&sortierung=&anzahl=),
// the employment state and names as shown, the create/edit form (to and from the API's shapes, checked
// before sending with the server's rules, only what changed on PATCH), the server's refusals at their
// fields, and why a delete was refused.
import type { JobProfile } from '@zeugnisdesk/engine';
import { errorMessageKey, isApiError, type ErrorMessageKey } from '../../app/api/api-client.models';
import type { EmployeesTranslation } from '../../locales/de/employees';
import type {
  CreateEmployeeBody,
  Employee,
  EmployeeListQuery,
  EmployeeRecord,
  EmployeeSort,
  EmployeeStatusFilter,
  Gender,
  UpdateEmployeeBody,
} from './employees.types';

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

/** „Dr. Claudia Brandt“: the name as a heading or a sentence uses it. */
export function fullName(employee: Pick<Employee, 'title' | 'firstName' | 'lastName'>): string {
  return [employee.title, employee.firstName, employee.lastName].filter(Boolean).join(' ');
}

/** „Lindenthalgürtel 12, 50935 Köln“, or null when no part of the address is known. */
export function formatAddress(
  employee: Pick<EmployeeRecord, 'street' | 'postalCode' | 'city'>,
): string | null {
  const place = [employee.postalCode, employee.city].filter(Boolean).join(' ');
  const parts = [employee.street, place].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

// The create/edit form ------------------------------------------------------------------------------

/** The form's state: every field as the inputs hold it (text; '' for „nothing“). */
export interface EmployeeForm {
  gender: Gender | '';
  title: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  birthPlace: string;
  street: string;
  postalCode: string;
  city: string;
  email: string;
  companyId: string;
  locationId: string;
  departmentId: string;
  orgUnitId: string;
  employeeTypeId: string;
  entryDate: string;
  exitDate: string;
  jobTitle: string;
  jobProfile: string;
  supervisorId: string;
}

export type EmployeeFormField = keyof EmployeeForm;

const formFields = [
  'gender',
  'title',
  'firstName',
  'lastName',
  'birthDate',
  'birthPlace',
  'street',
  'postalCode',
  'city',
  'email',
  'companyId',
  'locationId',
  'departmentId',
  'orgUnitId',
  'employeeTypeId',
  'entryDate',
  'exitDate',
  'jobTitle',
  'jobProfile',
  'supervisorId',
] as const satisfies readonly EmployeeFormField[];

/** The server's length limits (employees.schemas.ts); the inputs and the check use the same numbers. */
export const employeeFieldLimits = {
  title: 50,
  firstName: 200,
  lastName: 200,
  birthPlace: 200,
  street: 200,
  postalCode: 20,
  city: 100,
  email: 254,
  jobTitle: 200,
  jobProfile: 100,
} as const satisfies Partial<Record<EmployeeFormField, number>>;

export type EmployeeFieldErrorKey = `employees.fieldErrors.${keyof EmployeesTranslation['fieldErrors']}`;

/** What is wrong with one field, as a locale key (and the limit for „too long“). */
export interface FieldProblem {
  key: EmployeeFieldErrorKey;
  max?: number;
}

export type EmployeeFormErrors = Partial<Record<EmployeeFormField, FieldProblem>>;

export function emptyEmployeeForm(): EmployeeForm {
  return Object.fromEntries(formFields.map((field) => [field, ''])) as unknown as EmployeeForm;
}

export function employeeToForm(employee: EmployeeRecord): EmployeeForm {
  const form = emptyEmployeeForm();
  for (const field of formFields) {
    const value = employee[field];
    (form as unknown as Record<string, string>)[field] = value ?? '';
  }
  return form;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (what a date input gives and the API takes). */
export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const localPartPattern = /^[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]$/;
const domainLabelPattern = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const topLevelDomainPattern = /^[A-Za-z]{2,}$/;

/**
 * The server's rule (zod's e-mail check), piece by piece: a local part without a leading or doubled
 * dot, one @, domain labels, and a top-level domain of at least two letters.
 */
export function isEmailAddress(value: string): boolean {
  const address = value.trim();
  const at = address.indexOf('@');
  if (at <= 0 || address.indexOf('@', at + 1) !== -1 || address.includes('..')) return false;
  const localPart = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  const topLevelDomain = labels.pop() ?? '';
  return (
    !localPart.startsWith('.') &&
    localPartPattern.test(localPart) &&
    labels.length > 0 &&
    labels.every((label) => domainLabelPattern.test(label)) &&
    topLevelDomainPattern.test(topLevelDomain)
  );
}

const fieldError = (name: keyof EmployeesTranslation['fieldErrors']): EmployeeFieldErrorKey =>
  `employees.fieldErrors.${name}`;

/** The problems the form can see itself, before asking the server (the same rules as the server). */
export function validateEmployeeForm(form: EmployeeForm): EmployeeFormErrors {
  const errors: EmployeeFormErrors = {};
  if (form.gender === '') errors.gender = { key: fieldError('gender') };
  if (form.firstName.trim() === '') errors.firstName = { key: fieldError('required') };
  if (form.lastName.trim() === '') errors.lastName = { key: fieldError('required') };
  for (const [field, max] of Object.entries(employeeFieldLimits) as Array<[EmployeeFormField, number]>) {
    if (!errors[field] && form[field].trim().length > max)
      errors[field] = { key: fieldError('tooLong'), max };
  }
  if (form.email.trim() !== '' && !errors.email && !isEmailAddress(form.email))
    errors.email = { key: fieldError('email') };

  const entry = form.entryDate.trim();
  if (entry === '') errors.entryDate = { key: fieldError('required') };
  else if (!isIsoDate(entry)) errors.entryDate = { key: fieldError('date') };
  const entryValid = !errors.entryDate;
  const exit = form.exitDate.trim();
  if (exit !== '' && !isIsoDate(exit)) errors.exitDate = { key: fieldError('date') };
  else if (exit !== '' && entryValid && exit < entry)
    errors.exitDate = { key: fieldError('exitBeforeEntry') };
  const birth = form.birthDate.trim();
  if (birth !== '' && !isIsoDate(birth)) errors.birthDate = { key: fieldError('date') };
  else if (birth !== '' && entryValid && birth >= entry)
    errors.birthDate = { key: fieldError('birthNotBeforeEntry') };
  return errors;
}

const textOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The API's value of each field: trimmed text, null for nothing. */
function formValues(form: EmployeeForm): Record<Exclude<EmployeeFormField, 'gender'>, string | null> {
  const values = {} as Record<Exclude<EmployeeFormField, 'gender'>, string | null>;
  for (const field of formFields) if (field !== 'gender') values[field] = textOrNull(form[field]);
  return values;
}

/** POST /employees: the required fields and every optional field that has a value. Call after validating. */
export function toCreateEmployeeBody(form: EmployeeForm): CreateEmployeeBody {
  const { firstName, lastName, entryDate, ...optional } = formValues(form);
  const body: CreateEmployeeBody = {
    gender: form.gender as Gender,
    firstName: firstName ?? '',
    lastName: lastName ?? '',
    entryDate: entryDate ?? '',
  };
  for (const [field, value] of Object.entries(optional)) {
    if (value !== null) (body as unknown as Record<string, string>)[field] = value;
  }
  return body;
}

/** PATCH /employees/:id: only what differs from the record (null clears a field). */
export function toUpdateEmployeeBody(employee: EmployeeRecord, form: EmployeeForm): UpdateEmployeeBody {
  const body: Record<string, string | null> = {};
  if (form.gender !== '' && form.gender !== employee.gender) body.gender = form.gender;
  for (const [field, value] of Object.entries(formValues(form)) as Array<
    [Exclude<EmployeeFormField, 'gender'>, string | null]
  >) {
    if (value !== employee[field]) body[field] = value;
  }
  return body as UpdateEmployeeBody;
}

/** Whether the user has changed anything (surrounding spaces do not count). */
export function isEmployeeFormDirty(initial: EmployeeForm, current: EmployeeForm): boolean {
  return formFields.some((field) => initial[field].trim() !== current[field].trim());
}

/** The title of a job profile for the chosen form of address (diverse: the neutral title). */
export function jobProfileTitle(profile: Pick<JobProfile, 'titles'>, gender: Gender | ''): string {
  return profile.titles[gender === '' ? 'male' : gender];
}

// The server's answers ------------------------------------------------------------------------------

const fieldByNotFoundCode: Record<string, EmployeeFormField> = {
  'company.not_found': 'companyId',
  'location.not_found': 'locationId',
  'department.not_found': 'departmentId',
  'org_unit.not_found': 'orgUnitId',
  'employee_type.not_found': 'employeeTypeId',
};

function isFormField(name: string): name is EmployeeFormField {
  return (formFields as readonly string[]).includes(name);
}

/** The German message for one of the server's (English) issue messages about a field. */
function problemOfIssue(field: EmployeeFormField, message: string): FieldProblem {
  if (/is required|must not be empty/.test(message))
    return { key: fieldError(field === 'gender' ? 'gender' : 'required') };
  const tooLong = /at most (\d+) characters/.exec(message);
  if (tooLong) return { key: fieldError('tooLong'), max: Number(tooLong[1]) };
  if (field === 'exitDate' && /before entryDate/.test(message)) return { key: fieldError('exitBeforeEntry') };
  if (field === 'birthDate' && /before entryDate/.test(message))
    return { key: fieldError('birthNotBeforeEntry') };
  if (/must be a date/.test(message)) return { key: fieldError('date') };
  if (field === 'email') return { key: fieldError('email') };
  if (field === 'gender') return { key: fieldError('gender') };
  if (field === 'supervisorId') return { key: fieldError('supervisorCycle') };
  return { key: fieldError('invalid') };
}

export interface EmployeeServerErrors {
  /** The fields the server found wrong, each with its German message. */
  fields: EmployeeFormErrors;
  /** A problem no field of the form can show (lost connection, no permission, the record is gone). */
  general: ErrorMessageKey | null;
}

/**
 * Puts a refused save at its fields: the issues of `validation.failed` by their path, and the
 * references that no longer exist (a deleted company, location … or supervisor) at their select.
 */
export function employeeServerErrors(error: unknown): EmployeeServerErrors {
  const fields: EmployeeFormErrors = {};
  if (isApiError(error)) {
    const referenceField = fieldByNotFoundCode[error.code];
    if (referenceField) fields[referenceField] = { key: fieldError('itemMissing') };
    // The supervisor's not-found shares its code with the employee's own; the message tells them apart.
    if (error.code === 'employee.not_found' && /supervisor/i.test(error.message))
      fields.supervisorId = { key: fieldError('supervisorMissing') };
    for (const issue of error.issues) {
      const field = issue.path.replace(/^body\./, '').split('.')[0] ?? '';
      if (isFormField(field) && !fields[field]) fields[field] = problemOfIssue(field, issue.message);
    }
  }
  return { fields, general: Object.keys(fields).length > 0 ? null : errorMessageKey(error) };
}

/** Why an employee cannot be deleted, as the page explains it; null when the error is another one. */
export type DeleteBlocker = 'supervisor' | 'certificates' | 'referenced';

/**
 * The server refuses (409 employee.referenced) while others report to the employee or a certificate
 * names them (as its subject or signer). Its message says which; `visibleCertificates` is how many
 * certificates about the employee the user can see, so the page can point at them.
 */
export function deleteBlocker(error: unknown, visibleCertificates: number): DeleteBlocker | null {
  if (!isApiError(error) || error.code !== 'employee.referenced') return null;
  if (/supervisor/i.test(error.message)) return 'supervisor';
  return visibleCertificates > 0 ? 'certificates' : 'referenced';
}
