import { describe, expect, it } from 'vitest';
import type { CertificateSummary } from '../certificates/certificates.types';
import type { Employee } from '../employees/employees.types';
import {
  addDays,
  countsFromStatuses,
  daysBetween,
  employeesLeavingWithin,
  localIsoDate,
  needsFinalCertificate,
  recentCertificates,
} from './overview.models';

function certificate(overrides: Partial<CertificateSummary>): CertificateSummary {
  return {
    id: 'crt_1',
    employeeId: 'emp_1',
    companyId: null,
    employeeName: 'Jan Müller',
    kind: 'final',
    form: 'qualified',
    status: 'draft',
    isPrivate: false,
    revision: 1,
    createdBy: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function employee(lastName: string, exitDate: string | null): Employee {
  return {
    id: `emp_${lastName}`,
    gender: 'female',
    title: null,
    firstName: 'Anna',
    lastName,
    email: null,
    companyId: null,
    locationId: null,
    departmentId: null,
    orgUnitId: null,
    employeeTypeId: null,
    entryDate: '2020-01-01',
    exitDate,
    jobTitle: null,
    jobProfile: null,
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
  };
}

describe('recentCertificates', () => {
  it('lists the newest changes first, without archived ones', () => {
    const list = [
      certificate({ id: 'a', updatedAt: '2026-03-01T10:00:00.000Z' }),
      certificate({ id: 'b', updatedAt: '2026-03-02T10:00:00.000Z', status: 'archived' }),
      certificate({ id: 'c', updatedAt: '2026-03-03T10:00:00.000Z' }),
      certificate({ id: 'd', updatedAt: '2026-02-01T10:00:00.000Z' }),
    ];
    expect(recentCertificates(list, 2).map(({ id }) => id)).toEqual(['c', 'a']);
  });
});

describe('dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-11-27', 30)).toBe('2026-12-27');
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-27', '2026-12-27')).toBe(30);
    expect(daysBetween('2026-11-27', '2026-11-26')).toBe(-1);
  });

  it('takes today from the local calendar, not from UTC', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('employeesLeavingWithin', () => {
  it('keeps those leaving from today to 30 days ahead, soonest first', () => {
    const employees = [
      employee('Späterin', '2026-12-28'),
      employee('Letzttag', '2026-12-27'),
      employee('Heute', '2026-11-27'),
      employee('Gestern', '2026-11-26'),
      employee('Bleibt', null),
      employee('Bald', '2026-12-01'),
    ];
    expect(employeesLeavingWithin(employees, '2026-11-27', 30).map(({ lastName }) => lastName)).toEqual([
      'Heute',
      'Bald',
      'Letzttag',
    ]);
  });
});

describe('needsFinalCertificate', () => {
  it('is true without any certificate, or with interim ones only', () => {
    expect(needsFinalCertificate([])).toBe(true);
    expect(needsFinalCertificate([certificate({ kind: 'interim', status: 'issued' })])).toBe(true);
  });

  it('is false once a final or apprenticeship certificate exists, even as a draft', () => {
    expect(needsFinalCertificate([certificate({ kind: 'final', status: 'draft' })])).toBe(false);
    expect(needsFinalCertificate([certificate({ kind: 'apprenticeship', status: 'issued' })])).toBe(false);
  });
});

describe('countsFromStatuses', () => {
  it('adds submitted and reviewed up as „In Prüfung“ and leaves archived out', () => {
    expect(
      countsFromStatuses({ draft: 2, in_review: 1, reviewed: 3, approved: 4, issued: 5, archived: 9 }),
    ).toEqual({ draft: 2, inReview: 4, approved: 4, issued: 5 });
    expect(countsFromStatuses({})).toEqual({ draft: 0, inReview: 0, approved: 0, issued: 0 });
  });
});
