import { describe, expect, it } from 'vitest';
import { checkExample, exampleInput, withCode } from './check.test-utils.js';

const previousVersion = exampleInput();

describe('closing.removed_after_correction', () => {
  it('is an error to drop the thanks or wishes of the previous version (BAG 9 AZR 272/22)', () => {
    const issues = checkExample((draft) => (draft.closing = { regret: true, thanks: false, wishes: false }), {
      previousVersion,
    });
    const [issue] = withCode(issues, 'closing.removed_after_correction');
    expect(issue).toMatchObject({ severity: 'error', path: 'closing' });
    expect(issue?.message).toContain('den Dank und die Zukunftswünsche');
    expect(issue?.message).toContain('9 AZR 272/22');
  });

  it('also catches a blanked-out wishes sentence', () => {
    const issues = checkExample(() => {}, { previousVersion, overrides: { 'closing.wishes': '' } });
    expect(withCode(issues, 'closing.removed_after_correction')).toHaveLength(1);
  });

  it('stays silent without a previous version, for an unchanged closing, and when blocks are added', () => {
    const withoutThanks = { regret: false, thanks: false, wishes: true };
    expect(
      withCode(
        checkExample((draft) => (draft.closing = withoutThanks)),
        'closing.removed_after_correction',
      ),
    ).toEqual([]);
    expect(
      withCode(
        checkExample(() => {}, { previousVersion }),
        'closing.removed_after_correction',
      ),
    ).toEqual([]);
    const earlier = exampleInput((draft) => (draft.closing = withoutThanks));
    expect(
      withCode(
        checkExample(() => {}, { previousVersion: earlier }),
        'closing.removed_after_correction',
      ),
    ).toEqual([]);
  });
});

describe('grade.worse_than_previous_version', () => {
  it('warns about a category rated worse than before and about the overall grade', () => {
    const issues = withCode(
      checkExample((draft) => Object.assign(draft.ratings, { knowledge: 3, willingness: 3, result: 3 }), {
        previousVersion,
      }),
      'grade.worse_than_previous_version',
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'ratings.willingness',
      'ratings.knowledge',
      'ratings.result',
      'overallGrade',
    ]);
    expect(issues[1]?.message).toContain('„Fachwissen“ ist jetzt mit 3 (befriedigend) bewertet');
    expect(issues[1]?.message).toContain('9 AZR 352/04');
  });

  it('treats a category that is no longer rated as worse', () => {
    const issues = checkExample((draft) => (draft.ratings.behaviourExternal = null), { previousVersion });
    expect(withCode(issues, 'grade.worse_than_previous_version')[0]?.message).toContain(
      'nicht mehr beurteilt',
    );
  });

  it('stays silent for equal or better ratings', () => {
    const better = checkExample((draft) => (draft.ratings.knowledge = 1), { previousVersion });
    expect(withCode(better, 'grade.worse_than_previous_version')).toEqual([]);
    expect(
      withCode(
        checkExample(() => {}, { previousVersion }),
        'grade.worse_than_previous_version',
      ),
    ).toEqual([]);
  });
});
