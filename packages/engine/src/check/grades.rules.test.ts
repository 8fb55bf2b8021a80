import { describe, expect, it } from 'vitest';
import { checkExample, withCode } from './check.test-utils.js';

describe('grade.overall_mismatch', () => {
  it('warns when the stated overall grade is more than half a grade away from the mean', () => {
    const [issue] = withCode(
      checkExample((draft) => (draft.overallGrade = 3)),
      'grade.overall_mismatch',
    );
    expect(issue).toMatchObject({
      severity: 'warning',
      path: 'overallGrade',
      sentenceId: 'performance.summary',
    });
    expect(issue?.message).toContain('Gesamtnote 3 (befriedigend)');
    expect(issue?.message).toContain('(1,2)');
  });

  it('stays silent for a derived grade, a matching grade, and exactly half a grade', () => {
    expect(withCode(checkExample(), 'grade.overall_mismatch')).toEqual([]);
    expect(
      withCode(
        checkExample((draft) => (draft.overallGrade = 1)),
        'grade.overall_mismatch',
      ),
    ).toEqual([]);
    const halfway = checkExample((draft) => {
      Object.assign(draft.ratings, {
        willingness: 2,
        ability: 3,
        knowledge: 2,
        training: 3,
        workStyle: 2,
        result: 3,
      });
      draft.overallGrade = 3;
    });
    expect(withCode(halfway, 'grade.overall_mismatch')).toEqual([]);
  });
});

describe('grade.outlier', () => {
  const averageWithOneTop = {
    willingness: 1,
    ability: 4,
    knowledge: 4,
    training: 4,
    workStyle: 4,
    result: 4,
  };

  it('warns about one category more than two grades away from the others ("Schaufenster")', () => {
    const issues = withCode(
      checkExample((draft) => Object.assign(draft.ratings, averageWithOneTop)),
      'grade.outlier',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', path: 'ratings.willingness' });
    expect(issues[0]?.message).toContain('„Arbeitsbereitschaft“');
    expect(issues[0]?.message).toContain('deutlich besser');
  });

  it('stays silent at a distance of exactly two grades and with fewer than three rated categories', () => {
    const twoApart = { ...averageWithOneTop, willingness: 2 };
    expect(
      withCode(
        checkExample((draft) => Object.assign(draft.ratings, twoApart)),
        'grade.outlier',
      ),
    ).toEqual([]);
    const onlyTwo = {
      willingness: 1,
      ability: 5,
      knowledge: null,
      training: null,
      workStyle: null,
      result: null,
    };
    expect(
      withCode(
        checkExample((draft) => Object.assign(draft.ratings, onlyTwo)),
        'grade.outlier',
      ),
    ).toEqual([]);
  });
});
