import { describe, expect, it } from 'vitest';
import { checkExample, makeApprenticeship, withCode } from './check.test-utils.js';

describe('exam.contradicts_exit_reason', () => {
  it.each([5, 6])('warns when a completed apprenticeship has the failing exam grade %i', (grade) => {
    const issues = checkExample((draft) => {
      makeApprenticeship(draft);
      draft.examResult = { grade, chamber: 'IHK Köln' };
    });
    expect(withCode(issues, 'exam.contradicts_exit_reason')).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'examResult.grade' }),
    ]);
  });

  it('warns for a trainee who is taken over, too', () => {
    const issues = checkExample((draft) => {
      makeApprenticeship(draft);
      draft.employment.exitReason = 'apprenticeship_taken_over';
      draft.examResult = { grade: 5, chamber: 'IHK Köln' };
    });
    expect(withCode(issues, 'exam.contradicts_exit_reason')[0]?.message).toContain('Übernahme');
  });

  it('stays silent for a passed exam and for an apprenticeship that ended otherwise', () => {
    expect(withCode(checkExample(makeApprenticeship), 'exam.contradicts_exit_reason')).toEqual([]);
    const ended = checkExample((draft) => {
      makeApprenticeship(draft);
      draft.employment.exitReason = 'none';
      draft.examResult = { grade: 6, chamber: 'IHK Köln' };
    });
    expect(withCode(ended, 'exam.contradicts_exit_reason')).toEqual([]);
  });
});
