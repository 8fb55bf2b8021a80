import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateInputSchema } from '@zeugnisdesk/shared';
import { composeCertificate } from '../text/compose/compose.js';
import { certificateInputArbitrary } from '../text/compose/compose.test-utils.js';
import { checkCertificate, sortIssues } from './check.js';
import {
  checkExample,
  checkInput,
  exampleInput,
  makeApprenticeship,
  makeInterim,
} from './check.test-utils.js';

const severities = (issues: { severity: string }[]) => issues.map((issue) => issue.severity);

describe('checkCertificate', () => {
  it('finds nothing but the legal hint in the clean example', () => {
    const issues = checkExample();
    expect(issues.map((issue) => issue.code)).toEqual(['legal.burden_of_proof_employee']);
  });

  it('finds nothing but hints in clean interim and apprenticeship certificates', () => {
    expect(severities(checkExample(makeInterim))).toEqual(['info']);
    expect(severities(checkExample(makeApprenticeship))).toEqual(['info']);
  });

  it('sorts errors before warnings before hints, keeping the rule order within each', () => {
    const issues = checkExample(
      (draft) => {
        draft.ratings.behaviourInternal = null;
        draft.overallGrade = 3;
        draft.issueDate = '2026-10-15';
        draft.activities.push('Mitglied des Betriebsrats');
      },
      { overrides: { 'closing.thanks': '' } },
    );
    expect(issues.map((issue) => `${issue.severity} ${issue.code}`)).toEqual([
      'error completeness.behaviour_internal_missing',
      'error mention.works_council',
      'warning grade.overall_mismatch',
      'warning closing.weaker_than_performance',
      'info dates.issued_long_after_end',
    ]);
  });

  it('is deterministic and does not change its arguments', () => {
    const input = exampleInput((draft) => (draft.overallGrade = 4));
    const { document } = composeCertificate(input);
    const before = JSON.stringify({ input, document });
    expect(checkCertificate(input, document)).toEqual(checkCertificate(input, document));
    expect(JSON.stringify({ input, document })).toBe(before);
  });

  it('gives every issue a code, a German message and a location for any valid input', () => {
    fc.assert(
      fc.property(certificateInputArbitrary, (draft) => {
        const issues = checkInput(certificateInputSchema.parse(draft));
        expect(sortIssues(issues)).toEqual(issues);
        for (const issue of issues) {
          expect(issue.code).toMatch(/^[a-z_]+\.[a-z_]+$/);
          expect(issue.message.length).toBeGreaterThan(20);
          expect(issue.path ?? issue.sentenceId).toBeTruthy();
        }
      }),
      { numRuns: 150 },
    );
  });
});
