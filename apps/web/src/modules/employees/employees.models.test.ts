import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-client.models';
import { de } from '../../locales/de/translation';
import {
  deleteBlocker,
  displayName,
  emptyEmployeeForm,
  employeeServerErrors,
  employeeToForm,
  employmentState,
  formatAddress,
  fullName,
  hasActiveFilters,
  isEmailAddress,
  isEmployeeFormDirty,
  isIsoDate,
  readEmployeeFilters,
  toCreateEmployeeBody,
  toEmployeeListQuery,
  toUpdateEmployeeBody,
  validateEmployeeForm,
  writeEmployeeFilters,
  type EmployeeForm,
  type EmployeeFormErrors,
} from './employees.models';
import type { EmployeeRecord } from './employees.types';

describe('the filters in the address', () => {
  it('reads defaults from an empty address', () => {
    expect(readEmployeeFilters(new URLSearchParams())).toEqual({
      search: '',
      status: '',
      companyId: '',
      sort: 'lastName',
      pageSize: 25,
    });
  });

  it('round-trips every filter, leaving defaults out', () => {
    const filters = {
      search: 'Müller',
      status: 'former',
      companyId: 'cmp_1',
      sort: 'exitDate',
      pageSize: 10,
    } as const;
    const params = writeEmployeeFilters(filters);
    expect(params.toString()).toBe(
      'suche=M%C3%BCller&status=former&firma=cmp_1&sortierung=exitDate&anzahl=10',
    );
    expect(readEmployeeFilters(params)).toEqual(filters);
    expect(writeEmployeeFilters(readEmployeeFilters(new URLSearchParams())).toString()).toBe('');
  });

  it('ignores values the app does not offer (a hand-edited or old link)', () => {
    const filters = readEmployeeFilters(new URLSearchParams('status=deleted&sortierung=salary&anzahl=5000'));
    expect(filters).toMatchObject({ status: '', sort: 'lastName', pageSize: 25 });
  });

  it('knows whether the list is narrowed down', () => {
    const none = readEmployeeFilters(new URLSearchParams('sortierung=entryDate&anzahl=50'));
    expect(hasActiveFilters(none)).toBe(false);
    expect(hasActiveFilters({ ...none, search: ' x ' })).toBe(true);
    expect(hasActiveFilters({ ...none, status: 'active' })).toBe(true);
  });
});

describe('toEmployeeListQuery', () => {
  it('asks for one page with the cursor, names A–Z and dates newest first', () => {
    const filters = readEmployeeFilters(new URLSearchParams('suche=%20Weber%20'));
    expect(toEmployeeListQuery(filters, null)).toEqual({
      search: 'Weber',
      status: undefined,
      companyId: undefined,
      sort: 'lastName',
      direction: 'asc',
      limit: 25,
      cursor: null,
    });
    expect(toEmployeeListQuery({ ...filters, sort: 'entryDate' }, 'abc')).toMatchObject({
      direction: 'desc',
      cursor: 'abc',
    });
  });
});

describe('employmentState', () => {
  it('tells employed, leaving and former apart by the last day', () => {
    expect(employmentState({ exitDate: null }, '2026-11-27')).toBe('active');
    expect(employmentState({ exitDate: '2026-11-27' }, '2026-11-27')).toBe('leaving');
    expect(employmentState({ exitDate: '2027-06-30' }, '2026-11-27')).toBe('leaving');
    expect(employmentState({ exitDate: '2026-11-26' }, '2026-11-27')).toBe('former');
  });
});

describe('displayName', () => {
  it('puts the last name first, with the title before the first name', () => {
    expect(displayName({ title: null, firstName: 'Jan', lastName: 'Müller' })).toBe('Müller, Jan');
    expect(displayName({ title: 'Dr.', firstName: 'Jan', lastName: 'Müller' })).toBe('Müller, Dr. Jan');
  });
});

describe('fullName and formatAddress', () => {
  it('writes the name as a sentence does, with the title first', () => {
    expect(fullName({ title: 'Dr.', firstName: 'Claudia', lastName: 'Brandt' })).toBe('Dr. Claudia Brandt');
    expect(fullName({ title: null, firstName: 'Jan', lastName: 'Müller' })).toBe('Jan Müller');
  });

  it('joins the known parts of the address, or says there is none', () => {
    expect(formatAddress({ street: 'Ring 1', postalCode: '50672', city: 'Köln' })).toBe('Ring 1, 50672 Köln');
    expect(formatAddress({ street: null, postalCode: null, city: 'Köln' })).toBe('Köln');
    expect(formatAddress({ street: null, postalCode: null, city: null })).toBeNull();
  });
});

const record: EmployeeRecord = {
  id: 'emp_1',
  gender: 'female',
  title: null,
  firstName: 'Anna',
  lastName: 'Schmidt',
  birthDate: '1990-05-01',
  birthPlace: 'Köln',
  street: 'Ring 1',
  postalCode: '50672',
  city: 'Köln',
  email: 'anna.schmidt@example.com',
  companyId: 'cmp_1',
  locationId: null,
  departmentId: 'dep_1',
  orgUnitId: null,
  employeeTypeId: null,
  entryDate: '2020-01-01',
  exitDate: null,
  jobTitle: 'Sachbearbeiterin',
  jobProfile: 'sachbearbeiter',
  supervisorId: 'emp_boss',
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-01T00:00:00.000Z',
};

const validForm = (): EmployeeForm => ({
  ...emptyEmployeeForm(),
  gender: 'male',
  firstName: ' Jan ',
  lastName: 'Müller',
  entryDate: '2021-04-01',
});

/** The locale text of each problem, as the user reads it (proves every key exists in German). */
function messages(errors: EmployeeFormErrors): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, problem]) => {
      const name = problem!.key.replace(
        'employees.fieldErrors.',
        '',
      ) as keyof typeof de.employees.fieldErrors;
      return [field, de.employees.fieldErrors[name].replace('{{max}}', String(problem!.max))];
    }),
  );
}

describe('validateEmployeeForm', () => {
  it('accepts a form with only the required fields', () => {
    expect(validateEmployeeForm(validForm())).toEqual({});
  });

  it('asks for the required fields in German', () => {
    expect(messages(validateEmployeeForm(emptyEmployeeForm()))).toEqual({
      gender: 'Bitte wählen Sie eine Anrede.',
      firstName: 'Bitte ausfüllen.',
      lastName: 'Bitte ausfüllen.',
      entryDate: 'Bitte ausfüllen.',
    });
    expect(validateEmployeeForm({ ...validForm(), firstName: '   ' }).firstName?.key).toBe(
      'employees.fieldErrors.required',
    );
  });

  it('refuses an exit before the entry, but allows leaving on the first day', () => {
    expect(messages(validateEmployeeForm({ ...validForm(), exitDate: '2021-03-31' }))).toEqual({
      exitDate: 'Der Austritt kann nicht vor dem Eintritt liegen. Bitte prüfen Sie beide Daten.',
    });
    expect(validateEmployeeForm({ ...validForm(), exitDate: '2021-04-01' })).toEqual({});
  });

  it('wants the birth date before the entry', () => {
    expect(validateEmployeeForm({ ...validForm(), birthDate: '2021-04-01' }).birthDate?.key).toBe(
      'employees.fieldErrors.birthNotBeforeEntry',
    );
    expect(validateEmployeeForm({ ...validForm(), birthDate: '1990-02-28' })).toEqual({});
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('01.04.2021')).toBe(false);
    const errors = validateEmployeeForm({ ...validForm(), entryDate: '2021-13-01', exitDate: '2021-02-30' });
    expect(errors.entryDate?.key).toBe('employees.fieldErrors.date');
    expect(errors.exitDate?.key).toBe('employees.fieldErrors.date');
  });

  it('checks the e-mail address like the server', () => {
    expect(isEmailAddress('anna.schmidt@example.com')).toBe(true);
    for (const wrong of [
      'anna',
      'anna@example',
      'anna @example.com',
      '.anna@example.com',
      'a..b@example.com',
      'a@b@example.com',
      'anna@example.c0m',
    ])
      expect(isEmailAddress(wrong), wrong).toBe(false);
    expect(validateEmployeeForm({ ...validForm(), email: 'anna@example' }).email?.key).toBe(
      'employees.fieldErrors.email',
    );
  });

  it('keeps to the server’s lengths and names the limit', () => {
    expect(messages(validateEmployeeForm({ ...validForm(), postalCode: '1'.repeat(21) }))).toEqual({
      postalCode: 'Bitte höchstens 20 Zeichen eingeben.',
    });
    expect(validateEmployeeForm({ ...validForm(), title: 'x'.repeat(50) })).toEqual({});
    expect(validateEmployeeForm({ ...validForm(), title: 'x'.repeat(51) }).title).toEqual({
      key: 'employees.fieldErrors.tooLong',
      max: 50,
    });
  });
});

describe('the form and the API bodies', () => {
  it('creates with trimmed values and leaves empty optional fields out', () => {
    expect(
      toCreateEmployeeBody({ ...validForm(), city: ' Köln ', email: '  ', supervisorId: 'emp_2' }),
    ).toEqual({
      gender: 'male',
      firstName: 'Jan',
      lastName: 'Müller',
      entryDate: '2021-04-01',
      city: 'Köln',
      supervisorId: 'emp_2',
    });
  });

  it('round-trips a record through the form without changes', () => {
    const form = employeeToForm(record);
    expect(form.locationId).toBe('');
    expect(form.supervisorId).toBe('emp_boss');
    expect(toUpdateEmployeeBody(record, form)).toEqual({});
    expect(isEmployeeFormDirty(form, form)).toBe(false);
  });

  it('sends only the changed fields, and null for a cleared one', () => {
    const form = {
      ...employeeToForm(record),
      lastName: 'Schmidt-Weber',
      gender: 'diverse' as const,
      departmentId: '',
      exitDate: '2026-06-30',
      supervisorId: '',
    };
    expect(toUpdateEmployeeBody(record, form)).toEqual({
      lastName: 'Schmidt-Weber',
      gender: 'diverse',
      departmentId: null,
      exitDate: '2026-06-30',
      supervisorId: null,
    });
  });

  it('sees changes, but not added spaces around a value', () => {
    const form = employeeToForm(record);
    expect(isEmployeeFormDirty(form, { ...form, city: ' Köln ' })).toBe(false);
    expect(isEmployeeFormDirty(form, { ...form, city: 'Bonn' })).toBe(true);
    expect(isEmployeeFormDirty(emptyEmployeeForm(), { ...emptyEmployeeForm(), gender: 'female' })).toBe(true);
  });
});

describe('employeeServerErrors', () => {
  it('puts the issues of a refused save at their fields, in German', () => {
    const error = new ApiError(400, 'validation.failed', 'The request is invalid.', [
      { path: 'exitDate', message: 'must not be before entryDate' },
      { path: 'body.postalCode', message: 'must be at most 20 characters' },
      { path: 'email', message: 'must be an e-mail address' },
      { path: 'gender', message: 'is required' },
      { path: 'supervisorId', message: 'must not be the employee or someone who reports to them' },
      { path: 'birthDate', message: 'must be before entryDate' },
    ]);
    const { fields, general } = employeeServerErrors(error);
    expect(general).toBeNull();
    expect(fields).toEqual({
      exitDate: { key: 'employees.fieldErrors.exitBeforeEntry' },
      postalCode: { key: 'employees.fieldErrors.tooLong', max: 20 },
      email: { key: 'employees.fieldErrors.email' },
      gender: { key: 'employees.fieldErrors.gender' },
      supervisorId: { key: 'employees.fieldErrors.supervisorCycle' },
      birthDate: { key: 'employees.fieldErrors.birthNotBeforeEntry' },
    });
  });

  it('shows a deleted company, structure entry or supervisor at its select', () => {
    expect(
      employeeServerErrors(new ApiError(404, 'location.not_found', 'There is no location x.')).fields,
    ).toEqual({
      locationId: { key: 'employees.fieldErrors.itemMissing' },
    });
    expect(
      employeeServerErrors(new ApiError(404, 'employee.not_found', 'There is no supervisor emp_x.')).fields,
    ).toEqual({ supervisorId: { key: 'employees.fieldErrors.supervisorMissing' } });
  });

  it('leaves other failures to a general message', () => {
    expect(
      employeeServerErrors(new ApiError(404, 'employee.not_found', 'There is no employee emp_1.')),
    ).toEqual({
      fields: {},
      general: 'errors.notFound',
    });
    expect(employeeServerErrors(new ApiError(403, 'auth.forbidden', 'No.')).general).toBe('errors.forbidden');
    expect(
      employeeServerErrors(
        new ApiError(400, 'validation.failed', 'x', [{ path: 'unknownField', message: 'x' }]),
      ).general,
    ).toBe('errors.validation');
    expect(employeeServerErrors(new Error('boom')).general).toBe('errors.unknown');
  });
});

describe('deleteBlocker', () => {
  const supervisor = new ApiError(
    409,
    'employee.referenced',
    'The employee emp_1 is the supervisor of 2 employee(s); give them another supervisor before deleting this record.',
  );
  const referenced = new ApiError(
    409,
    'employee.referenced',
    'The employee emp_1 is still referenced (e.g. by a certificate) and cannot be deleted.',
  );

  it('tells supervisors, certificates the user sees, and other references apart', () => {
    expect(deleteBlocker(supervisor, 3)).toBe('supervisor');
    expect(deleteBlocker(referenced, 1)).toBe('certificates');
    expect(deleteBlocker(referenced, 0)).toBe('referenced');
  });

  it('is no blocker for other errors', () => {
    expect(deleteBlocker(new ApiError(404, 'employee.not_found', 'gone'), 1)).toBeNull();
    expect(deleteBlocker(new Error('boom'), 1)).toBeNull();
  });
});
