import { describe, expect, it } from 'vitest';
import { checkExample, codesOf, withCode } from './check.test-utils.js';

const rateAll = (grade: 1 | 3 | 4 | 5) => ({
  willingness: grade,
  ability: grade,
  knowledge: grade,
  training: grade,
  workStyle: grade,
  result: grade,
});

describe('legal hints on the burden of proof', () => {
  it('tells that the employee must prove a better-than-average grade', () => {
    expect(withCode(checkExample(), 'legal.burden_of_proof_employee')).toEqual([
      expect.objectContaining({ severity: 'info', path: 'overallGrade' }),
    ]);
  });

  it('tells that the employer must prove a worse-than-average grade', () => {
    const issues = checkExample((draft) => Object.assign(draft.ratings, rateAll(4)));
    expect(withCode(issues, 'legal.burden_of_proof_employer')).toEqual([
      expect.objectContaining({ severity: 'info' }),
    ]);
    expect(codesOf(issues)).not.toContain('legal.burden_of_proof_employee');
  });

  it('says nothing for grade 3 and for a simple certificate', () => {
    const average = checkExample((draft) => Object.assign(draft.ratings, rateAll(3)));
    expect(codesOf(average).filter((code) => code.startsWith('legal.'))).toEqual([]);
    const simple = checkExample((draft) => (draft.form = 'simple'));
    expect(codesOf(simple).filter((code) => code.startsWith('legal.'))).toEqual([]);
  });
});
