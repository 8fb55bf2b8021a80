import { certificateInputSchema, type CertificateInput } from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-client.models';
import {
  availableActions,
  composeAndCheck,
  documentSentences,
  fieldNameKey,
  isEditable,
  issueTarget,
  normaliseContent,
  overrideSentence,
  pinVariant,
  problemOf,
  sentenceAlternatives,
  sentenceTexts,
  serverProblems,
  snapshotKey,
  validateContent,
  withVersionFindings,
} from './editor.models';

const example: CertificateInput = certificateInputSchema.parse({
  kind: 'final',
  issueDate: '2026-06-30',
  place: 'Köln',
  employer: { name: 'Rheinfracht Logistik GmbH' },
  employee: { gender: 'female', firstName: 'Anna', lastName: 'Schmidt' },
  employment: {
    startDate: '2019-04-01',
    endDate: '2026-06-30',
    jobTitle: 'Disponentin',
    exitReason: 'employee_resignation',
  },
  activities: ['Planung der Touren'],
  ratings: {
    willingness: 1,
    ability: 1,
    knowledge: 2,
    training: 1,
    workStyle: 1,
    result: 1,
    leadership: null,
    behaviourInternal: 1,
    behaviourExternal: 1,
  },
  signatures: [{ name: 'Peter Meier', function: 'Geschäftsführer' }],
});

const noOptions = { variants: {}, overrides: {} };

describe('validating the content', () => {
  it('accepts valid content and returns what the server would store', () => {
    const result = validateContent(example);
    expect(result.problems).toEqual({});
    expect(result.input?.employee.firstName).toBe('Anna');
  });

  it('names every offending path with a German message key, cross-field rules included', () => {
    const broken: CertificateInput = {
      ...example,
      employee: { ...example.employee, firstName: '' },
      employment: { ...example.employment, startDate: '2027-01-01', jobTitle: 'x'.repeat(201) },
    };
    const result = validateContent(broken);
    expect(result.input).toBeNull();
    expect(result.problems['employee.firstName']).toEqual({ key: 'required' });
    expect(result.problems['employment.jobTitle']).toEqual({ key: 'tooLong', values: { max: 200 } });
    expect(result.problems['employment.startDate']).toEqual({ key: 'endBeforeStart' });
  });

  it('maps the schema messages it knows, and anything else to a generic message', () => {
    expect(problemOf('must be a date in the form YYYY-MM-DD')).toEqual({ key: 'invalidDate' });
    expect(problemOf('is required for an interim certificate')).toEqual({ key: 'interimReasonRequired' });
    expect(problemOf('must not be before employment.startDate')).toEqual({ key: 'issueBeforeStart' });
    expect(problemOf('Invalid input: expected string, received null')).toEqual({ key: 'invalid' });
  });

  it('reads a refused save from the server at the content paths', () => {
    const error = new ApiError(400, 'validation.failed', 'invalid', [
      { path: 'body.content.employee.lastName', message: 'must not be empty' },
      { path: 'body.content.employee.lastName', message: 'second message is ignored' },
    ]);
    expect(serverProblems(error)).toEqual({ 'employee.lastName': { key: 'required' } });
    expect(serverProblems(null)).toEqual({});
  });
});

describe('keeping the content consistent', () => {
  it('drops the leadership rating and staff count when the manager flag is switched off', () => {
    const manager = {
      ...example,
      employment: { ...example.employment, isManager: true, staffCount: 12 },
      ratings: { ...example.ratings, leadership: 2 },
    };
    expect(normaliseContent(manager)).toBe(manager);
    const notManager = normaliseContent({
      ...manager,
      employment: { ...manager.employment, isManager: false },
    });
    expect(notManager.ratings.leadership).toBeNull();
    expect(notManager.employment.staffCount).toBeNull();
    expect(validateContent(notManager).input).not.toBeNull();
  });
});

describe('composing in the browser', () => {
  it('composes the text and checks it', () => {
    const result = composeAndCheck(example, noOptions);
    expect(result.text).toContain('Anna Schmidt');
    expect(sentenceTexts(result.document).get('performance.willingness')).toMatch(/\S/);
  });

  it('reports a finding for a rating far from the others, with the path to the field', () => {
    const outlier = { ...example, ratings: { ...example.ratings, knowledge: 5 } };
    const findings = composeAndCheck(outlier, noOptions).issues;
    expect(findings.some((issue) => issue.path?.startsWith('ratings'))).toBe(true);
  });

  it('offers every phrasing of a sentence, and pinning one changes the composed sentence to it', () => {
    const { document } = composeAndCheck(example, noOptions);
    const sentence = documentSentences(document).find((s) => s.run.sentenceId === 'performance.willingness');
    expect(sentence?.run.variantCount).toBeGreaterThan(1);
    const count = sentence?.run.variantCount ?? 0;
    const alternatives = sentenceAlternatives(example, noOptions, 'performance.willingness', count);
    expect(alternatives).toHaveLength(count);
    expect(new Set(alternatives).size).toBe(count);
    const other = ((sentence?.run.variant ?? 0) + 1) % count;
    const pinned = pinVariant(noOptions, 'performance.willingness', other);
    const recomposed = composeAndCheck(example, pinned);
    expect(sentenceTexts(recomposed.document).get('performance.willingness')).toBe(alternatives[other]);
  });

  it('keeps the user’s own sentence through a re-composition and marks it as the user’s', () => {
    const own = overrideSentence(noOptions, 'performance.willingness', 'Frau Schmidt war sehr engagiert.');
    const changed = { ...example, ratings: { ...example.ratings, willingness: 2 } };
    const { document } = composeAndCheck(changed, own);
    const run = documentSentences(document).find((s) => s.run.sentenceId === 'performance.willingness')?.run;
    expect(run?.text).toBe('Frau Schmidt war sehr engagiert.');
    expect(run?.origin).toBe('user');
    expect(overrideSentence(own, 'performance.willingness', '  ').overrides).toEqual({});
    expect(pinVariant(own, 'performance.willingness', 0).overrides).toEqual({});
  });

  it('sends a finding to its field’s step, or to the sentence in the result', () => {
    expect(issueTarget({ code: 'x', severity: 'warning', message: '', path: 'ratings.knowledge' })).toEqual({
      step: 'rating',
      path: 'ratings.knowledge',
    });
    expect(issueTarget({ code: 'x', severity: 'warning', message: '', path: 'positions.1.from' }).step).toBe(
      'career',
    );
    expect(issueTarget({ code: 'x', severity: 'info', message: '', sentenceId: 'closing.thanks' })).toEqual({
      step: 'result',
      sentenceId: 'closing.thanks',
    });
  });
});

describe('saving and status', () => {
  it('tells changes apart regardless of key order', () => {
    const a = { content: example, options: { variants: { a: 1, b: 2 }, overrides: {} }, isPrivate: false };
    const b = { content: example, options: { overrides: {}, variants: { b: 2, a: 1 } }, isPrivate: false };
    expect(snapshotKey(a)).toBe(snapshotKey(b));
    expect(snapshotKey({ ...a, isPrivate: true })).not.toBe(snapshotKey(a));
  });

  it('offers the workflow’s next steps for each status', () => {
    expect(availableActions('draft')).toEqual([{ type: 'transition', to: 'in_review', back: false }]);
    expect(availableActions('approved').map((a) => a.type)).toEqual(['issue', 'transition']);
    expect(availableActions('issued')).toContainEqual({ type: 'issue', correction: true });
    expect(availableActions('archived')).toEqual([]);
    expect(isEditable('issued')).toBe(true);
    expect(isEditable('archived')).toBe(false);
  });

  it('names fields for the list of missing inputs, with the list position', () => {
    expect(fieldNameKey('employee.firstName')).toEqual({ key: 'employee_firstName' });
    expect(fieldNameKey('positions.2.from')).toEqual({ key: 'positions_#_from', n: 3 });
    expect(fieldNameKey('something.unknown')).toBeNull();
  });
});

describe('findings against the last issued version', () => {
  it('come from the server’s check and join the browser’s own, other server findings do not', () => {
    const own = [{ code: 'ratings.outlier', severity: 'warning' as const, message: 'a' }];
    const server = [
      { code: 'grade.worse_than_previous_version', severity: 'error' as const, message: 'b' },
      { code: 'ratings.outlier', severity: 'warning' as const, message: 'a' },
    ];
    expect(withVersionFindings(own, server).map((issue) => issue.code)).toEqual([
      'grade.worse_than_previous_version',
      'ratings.outlier',
    ]);
    expect(withVersionFindings(own, [])).toEqual(own);
  });
});
