import type { EmployeesTable } from '../../app/database/database.types.js';
import { emptyRestriction, type CertificateScope } from '../access/access.models.js';
import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  canEditCertificate,
  canIssueVersion,
  canSeeCertificate,
  canTransition,
  certificateStatuses,
} from './certificates.policies.js';

const allowed = new Set([
  'draft→in_review',
  'in_review→reviewed',
  'in_review→draft',
  'reviewed→approved',
  'reviewed→draft',
  'approved→issued',
  'approved→draft',
  'issued→archived',
]);

describe('the certificate workflow policy', () => {
  it.each(certificateStatuses.flatMap((from) => certificateStatuses.map((to) => [from, to] as const)))(
    '%s → %s is allowed only if it is a step of C14 or a sending back',
    (from, to) => {
      expect(canTransition(from, to)).toBe(allowed.has(`${from}→${to}`));
    },
  );

  it('leaves an archived certificate nowhere to go and nothing to edit or issue', () => {
    expect(allowedTransitions.archived).toEqual([]);
    expect(canEditCertificate('archived')).toBe(false);
    expect(certificateStatuses.filter(canIssueVersion)).toEqual(['approved', 'issued']);
  });
});

describe('private certificates (U8) and the scope (U7) of one certificate', () => {
  const inCompany = { all: false as const, ...emptyRestriction(), companyIds: ['cmp_a'] };
  const employee = { company_id: 'cmp_a' } as EmployeesTable;
  const cases: [number, string | null, string | null, CertificateScope, boolean][] = [
    [0, null, 'usr_b', inCompany, true],
    [1, 'usr_a', 'usr_a', inCompany, true],
    [1, 'usr_a', 'usr_b', inCompany, false],
    [1, 'usr_a', null, inCompany, false],
    [1, 'usr_a', 'usr_b', { all: true as const }, true],
    [0, null, 'usr_b', { ...inCompany, companyIds: ['cmp_b'] }, false],
  ];
  it.each(cases)(
    'is_private %i by %s, seen by %s with scope %o: %s',
    (isPrivate, createdBy, userId, scope, expected) => {
      expect(
        canSeeCertificate({ is_private: isPrivate, created_by: createdBy }, employee, { userId, scope }),
      ).toBe(expected);
    },
  );
});
