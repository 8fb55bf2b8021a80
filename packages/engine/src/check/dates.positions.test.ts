// The position rules of dates.rules.ts: career stations inside the employment, none overlapping.
import { describe, expect, it } from 'vitest';
import { checkExample, makeInterim, withCode } from './check.test-utils.js';

describe('dates.position_outside_employment', () => {
  it('is an error for a position that starts before the employment or ends after it', () => {
    const early = checkExample((draft) => (draft.positions[0]!.from = '2019-01-01'));
    expect(withCode(early, 'dates.position_outside_employment')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'positions.0' }),
    ]);
    const late = checkExample((draft) => (draft.positions[1]!.to = '2026-12-31'));
    expect(withCode(late, 'dates.position_outside_employment')).toEqual([
      expect.objectContaining({ path: 'positions.1' }),
    ]);
  });

  it('stays silent for positions inside the employment', () => {
    expect(withCode(checkExample(), 'dates.position_outside_employment')).toEqual([]);
  });
});

describe('dates.position_after_issue', () => {
  it('is an error for a position that starts after the issue date', () => {
    const issues = checkExample((draft) => {
      draft.issueDate = '2026-05-31';
      draft.positions.push({
        from: '2026-06-10',
        to: '2026-06-30',
        jobTitle: 'Teamleiterin',
        department: null,
      });
      draft.positions[1]!.to = '2026-06-09';
    });
    expect(withCode(issues, 'dates.position_after_issue')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'positions.2' }),
    ]);
  });

  it('is an error for an interim certificate that lists a position ending after its date', () => {
    const issues = checkExample((draft) => {
      makeInterim(draft);
      draft.positions[1]!.to = '2026-12-31';
    });
    expect(withCode(issues, 'dates.position_after_issue')).toHaveLength(1);
  });

  it('accepts a provisional final certificate whose last position runs to the end date', () => {
    const issues = checkExample((draft) => (draft.issueDate = '2026-05-31'));
    expect(withCode(issues, 'dates.position_after_issue')).toEqual([]);
  });
});

describe('dates.positions_overlap', () => {
  it('warns about positions that overlap', () => {
    const issues = checkExample((draft) => (draft.positions[1]!.from = '2021-06-01'));
    expect(withCode(issues, 'dates.positions_overlap')).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'positions.1.from' }),
    ]);
  });

  it('accepts consecutive positions and a shared boundary day', () => {
    expect(withCode(checkExample(), 'dates.positions_overlap')).toEqual([]);
    const sharedDay = checkExample((draft) => (draft.positions[0]!.to = '2022-01-01'));
    expect(withCode(sharedDay, 'dates.positions_overlap')).toEqual([]);
  });
});
