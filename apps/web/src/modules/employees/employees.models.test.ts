import { describe, expect, it } from 'vitest';
import {
  displayName,
  employmentState,
  hasActiveFilters,
  readEmployeeFilters,
  toEmployeeListQuery,
  writeEmployeeFilters,
} from './employees.models';

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
