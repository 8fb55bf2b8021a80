import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCertificateInput } from './certificate-input.validation.js';

// The repository keeps a copy of the contract's example (examples/); the contract itself lives in the
// shared folder beside the repository, which a plain clone may not have.
const examplePath = new URL('../../../../examples/certificate-input.example.json', import.meta.url);
const contractExamplePath = new URL(
  '../../../../../shared/spec/certificate-input.example.json',
  import.meta.url,
);
const example = JSON.parse(readFileSync(examplePath, 'utf8')) as Record<string, unknown>;

type Json = Record<string, unknown>;
const withChanges = (change: (input: Json & { employment: Json; employee: Json; ratings: Json }) => void) => {
  const input = structuredClone(example) as Json & { employment: Json; employee: Json; ratings: Json };
  change(input);
  return input;
};
const issuesOf = (data: unknown) => {
  const result = validateCertificateInput(data);
  return result.success ? [] : result.issues;
};
const pathsOf = (data: unknown) => issuesOf(data).map((issue) => issue.path);

describe('certificate input contract', () => {
  it.skipIf(!existsSync(contractExamplePath))('keeps examples/ identical to the contract example', () => {
    expect(JSON.parse(readFileSync(contractExamplePath, 'utf8'))).toEqual(example);
  });

  it('accepts the example of CONTRACTS §1', () => {
    const result = validateCertificateInput(example);
    expect(result.success).toBe(true);
  });

  it('fills defaults for what a caller may leave out', () => {
    const minimal = withChanges((input) => {
      delete input.form;
      delete input.language;
      delete input.positions;
      delete input.activities;
      delete (input as Json).ratings;
      delete input.overallGrade;
    });
    const result = validateCertificateInput(minimal);
    expect(result.success && result.data.form).toBe('qualified');
    expect(result.success && result.data.ratings.willingness).toBeNull();
    expect(result.success && result.data.activities).toEqual([]);
  });

  it('names every offending path at once', () => {
    const broken = withChanges((input) => {
      input.kind = 'reference';
      input.issueDate = '2026-02-30';
      input.employee.gender = 'x';
      input.ratings.ability = 7;
      input.signatures = [];
    });
    expect(pathsOf(broken).sort()).toEqual([
      'employee.gender',
      'issueDate',
      'kind',
      'ratings.ability',
      'signatures',
    ]);
  });

  it('reports missing required fields as "is required"', () => {
    const issues = issuesOf({ kind: 'interim' });
    expect(issues).toContainEqual({ path: 'employer', message: 'is required' });
    expect(issues).toContainEqual({ path: 'signatures', message: 'is required' });
  });

  it('rejects unknown fields, naming them', () => {
    const issues = issuesOf(withChanges((input) => (input.salary = 5000)));
    expect(issues).toEqual([{ path: '', message: 'unknown field(s): salary' }]);
  });

  it('requires the start before the end, in the words of the contract', () => {
    const issues = issuesOf(withChanges((input) => (input.employment.startDate = '2027-01-01')));
    expect(issues).toContainEqual({
      path: 'employment.startDate',
      message: 'must be a date before employment.endDate',
    });
  });

  it('requires an interim certificate to have no end date and an occasion', () => {
    const interim = withChanges((input) => {
      input.kind = 'interim';
      input.employment.exitReason = null;
    });
    expect(pathsOf(interim).sort()).toEqual(['employment.endDate', 'employment.interimReason']);
  });

  it('refuses an interim reason or an apprenticeship exit reason on a final certificate', () => {
    const data = withChanges((input) => {
      input.employment.interimReason = 'transfer';
      input.employment.exitReason = 'apprenticeship_completed';
    });
    expect(pathsOf(data).sort()).toEqual(['employment.exitReason', 'employment.interimReason']);
  });

  it('allows an exam result only on apprenticeship certificates', () => {
    const onFinal = withChanges((input) => (input.examResult = { grade: 2, chamber: 'IHK Köln' }));
    expect(pathsOf(onFinal)).toEqual(['examResult']);
    const onApprenticeship = withChanges((input) => {
      input.kind = 'apprenticeship';
      input.employment.exitReason = 'apprenticeship_completed';
      input.examResult = { grade: 2, chamber: 'IHK Köln' };
    });
    expect(pathsOf(onApprenticeship)).toEqual([]);
  });

  it('allows a leadership rating and a staff count only for managers', () => {
    const data = withChanges((input) => {
      input.ratings.leadership = 1;
      input.employment.staffCount = 4;
    });
    expect(pathsOf(data).sort()).toEqual(['employment.staffCount', 'ratings.leadership']);
    const manager = withChanges((input) => {
      input.ratings.leadership = 1;
      input.employment.staffCount = 4;
      input.employment.isManager = true;
    });
    expect(pathsOf(manager)).toEqual([]);
  });

  it('allows one or two signers, not three', () => {
    const three = withChanges((input) => {
      input.signatures = [1, 2, 3].map((n) => ({ name: `Person ${n}`, function: 'Leitung' }));
    });
    expect(issuesOf(three)).toEqual([{ path: 'signatures', message: 'must name at most two signers' }]);
  });

  it('rejects blank names, impossible dates and positions that end before they start', () => {
    const data = withChanges((input) => {
      input.employee.lastName = '   ';
      input.employee.birthDate = '2030-01-01';
      input.positions = [{ from: '2022-01-01', to: '2021-01-01', jobTitle: 'Disponentin', department: null }];
    });
    expect(pathsOf(data).sort()).toEqual(['employee.birthDate', 'employee.lastName', 'positions.0.from']);
  });

  it('rejects non-objects without throwing', () => {
    expect(pathsOf(null)).toEqual(['']);
    expect(pathsOf('text')).toEqual(['']);
    expect(pathsOf([])).toEqual(['']);
  });
});
