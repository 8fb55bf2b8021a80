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

describe('private certificates (U8)', () => {
  it.each([
    [0, null, 'usr_b', true],
    [1, 'usr_a', 'usr_a', true],
    [1, 'usr_a', 'usr_b', false],
    [1, 'usr_a', null, false],
    // Until sign-in exists, requests and certificates both have no user.
    [1, null, null, true],
    [1, null, 'usr_b', false],
  ] as const)('is_private %i by %s, seen by %s: %s', (isPrivate, createdBy, userId, expected) => {
    expect(canSeeCertificate({ is_private: isPrivate, created_by: createdBy }, userId)).toBe(expected);
  });
});
