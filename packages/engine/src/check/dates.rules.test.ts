import { describe, expect, it } from 'vitest';
import { checkExample, makeApprenticeship, makeInterim, withCode } from './check.test-utils.js';

describe('dates.issued_before_end', () => {
  it('warns when a final certificate is dated before the last day, naming the provisional certificate', () => {
    const [issue] = withCode(
      checkExample((draft) => (draft.issueDate = '2026-06-15')),
      'dates.issued_before_end',
    );
    expect(issue).toMatchObject({ severity: 'warning', path: 'issueDate' });
    expect(issue?.message).toContain('vorläufigen Zeugnis');
  });

  it('stays silent on the end date and for interim certificates', () => {
    expect(withCode(checkExample(), 'dates.issued_before_end')).toEqual([]);
    expect(withCode(checkExample(makeInterim), 'dates.issued_before_end')).toEqual([]);
  });
});

describe('dates.issued_long_after_end', () => {
  it('notes an issue date more than three months after the end', () => {
    const issues = checkExample((draft) => (draft.issueDate = '2026-10-01'));
    expect(withCode(issues, 'dates.issued_long_after_end')).toEqual([
      expect.objectContaining({ severity: 'info', path: 'issueDate' }),
    ]);
  });

  it('stays silent up to exactly three months after the end', () => {
    expect(
      withCode(
        checkExample((draft) => (draft.issueDate = '2026-09-30')),
        'dates.issued_long_after_end',
      ),
    ).toEqual([]);
  });
});

describe('dates.employee_too_young', () => {
  it('warns when the employee was younger than 15 at the start', () => {
    const issues = checkExample((draft) => (draft.employee.birthDate = '2004-04-02'));
    expect(withCode(issues, 'dates.employee_too_young')).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'employee.birthDate' }),
    ]);
  });

  it('stays silent from the 15th birthday on and without a birth date', () => {
    expect(
      withCode(
        checkExample((draft) => (draft.employee.birthDate = '2004-04-01')),
        'dates.employee_too_young',
      ),
    ).toEqual([]);
    expect(
      withCode(
        checkExample((draft) => (draft.employee.birthDate = null)),
        'dates.employee_too_young',
      ),
    ).toEqual([]);
  });
});

describe('dates.apprenticeship_duration', () => {
  it('warns about a completed apprenticeship shorter than 12 months', () => {
    const issues = checkExample((draft) => {
      makeApprenticeship(draft);
      draft.employment.startDate = '2025-08-01';
    });
    const [issue] = withCode(issues, 'dates.apprenticeship_duration');
    expect(issue).toMatchObject({ severity: 'warning', path: 'employment.endDate' });
    expect(issue?.message).toContain('11 Monate');
  });

  it('warns about an apprenticeship longer than 48 months', () => {
    const issues = checkExample((draft) => {
      makeApprenticeship(draft);
      draft.employment.startDate = '2020-08-01';
    });
    expect(withCode(issues, 'dates.apprenticeship_duration')[0]?.message).toContain('71 Monate');
  });

  it('accepts three years, and a short apprenticeship that ended without completion', () => {
    const threeYears = checkExample((draft) => {
      makeApprenticeship(draft);
      draft.employment.startDate = '2023-07-01';
    });
    expect(withCode(threeYears, 'dates.apprenticeship_duration')).toEqual([]);
    const cancelled = checkExample((draft) => {
      makeApprenticeship(draft);
      draft.employment.startDate = '2026-01-01';
      draft.employment.exitReason = 'none';
      draft.examResult = null;
    });
    expect(withCode(cancelled, 'dates.apprenticeship_duration')).toEqual([]);
  });
});
