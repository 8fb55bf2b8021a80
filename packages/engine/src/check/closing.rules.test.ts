import { describe, expect, it } from 'vitest';
import { checkExample, codesOf, makeInterim, withCode } from './check.test-utils.js';

const allFour = { willingness: 4, ability: 4, knowledge: 4, training: 4, workStyle: 4, result: 4 };

describe('closing.weaker_than_performance', () => {
  it('warns when an explicit closing leaves out a block the grade calls for', () => {
    const issues = checkExample((draft) => (draft.closing = { regret: true, thanks: false, wishes: true }));
    const [issue] = withCode(issues, 'closing.weaker_than_performance');
    expect(issue).toMatchObject({ severity: 'warning', path: 'closing' });
    expect(issue?.message).toContain('Es fehlt der Dank');
  });

  it('also sees a closing sentence the user blanked out with an override', () => {
    const issues = checkExample(() => {}, { overrides: { 'closing.wishes': '' } });
    expect(withCode(issues, 'closing.weaker_than_performance')[0]?.message).toContain('die Zukunftswünsche');
  });

  it('counts missing regret where regret is usual but not on a resignation (regret_missing says that)', () => {
    const agreed = checkExample((draft) => {
      draft.employment.exitReason = 'mutual_agreement';
      draft.closing = { regret: false, thanks: true, wishes: true };
    });
    expect(codesOf(agreed)).toContain('closing.weaker_than_performance');
    expect(codesOf(agreed)).not.toContain('closing.regret_missing');
  });

  it('stays silent for the default closing, and where regret is impossible (interim, conduct dismissal)', () => {
    expect(withCode(checkExample(), 'closing.weaker_than_performance')).toEqual([]);
    expect(withCode(checkExample(makeInterim), 'closing.weaker_than_performance')).toEqual([]);
    const dismissal = checkExample((draft) => (draft.employment.exitReason = 'employer_other'));
    expect(withCode(dismissal, 'closing.weaker_than_performance')).toEqual([]);
  });
});

describe('closing.regret_missing', () => {
  it('warns when a very good employee resigns and the closing expresses no regret', () => {
    const issues = checkExample((draft) => (draft.closing = { regret: false, thanks: true, wishes: true }));
    expect(withCode(issues, 'closing.regret_missing')).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'closing.regret' }),
    ]);
    expect(codesOf(issues)).not.toContain('closing.weaker_than_performance');
  });

  it('stays silent with regret, for grade 3 and for other exit reasons', () => {
    expect(withCode(checkExample(), 'closing.regret_missing')).toEqual([]);
    const average = checkExample((draft) => {
      Object.assign(draft.ratings, { ...allFour, willingness: 3, ability: 3, knowledge: 3, training: 3 });
      draft.closing = { regret: false, thanks: true, wishes: true };
    });
    expect(withCode(average, 'closing.regret_missing')).toEqual([]);
    const fixedTerm = checkExample((draft) => {
      draft.employment.exitReason = 'fixed_term';
      draft.closing = { regret: false, thanks: true, wishes: true };
    });
    expect(withCode(fixedTerm, 'closing.regret_missing')).toEqual([]);
  });
});

describe('closing.stronger_than_performance', () => {
  it('warns about thanks on an overall grade of 4', () => {
    const issues = checkExample((draft) => {
      Object.assign(draft.ratings, allFour);
      draft.closing = { regret: false, thanks: true, wishes: true };
    });
    const [issue] = withCode(issues, 'closing.stronger_than_performance');
    expect(issue).toMatchObject({ severity: 'warning', path: 'closing' });
    expect(issue?.message).toContain('drückt Dank aus');
  });

  it('stays silent for the default closing of grade 4 and for warm closings on good grades', () => {
    expect(
      withCode(
        checkExample((draft) => Object.assign(draft.ratings, allFour)),
        'closing.stronger_than_performance',
      ),
    ).toEqual([]);
    expect(withCode(checkExample(), 'closing.stronger_than_performance')).toEqual([]);
  });
});
