import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  certificateInputSchema,
  type CertificateInput,
  type CertificateInputDraft,
} from '@zeugnisdesk/shared';
import type { Run } from '../../model/document.types.js';
import { composeCertificate } from './compose.js';
import { deriveOverallGrade } from './grades.js';

const exampleDraft = JSON.parse(
  readFileSync(new URL('../../../../../examples/certificate-input.example.json', import.meta.url), 'utf8'),
) as CertificateInputDraft;

function input(
  change: (draft: CertificateInputDraft & Record<string, never>) => void = () => {},
): CertificateInput {
  const draft = structuredClone(exampleDraft) as CertificateInputDraft & Record<string, never>;
  change(draft);
  return certificateInputSchema.parse(draft);
}

const runs = (text: ReturnType<typeof composeCertificate>, sectionId: string): Run[] =>
  text.document.sections
    .filter((section) => section.id === sectionId)
    .flatMap((section) => section.blocks)
    .flatMap((block) => (block.type === 'paragraph' ? block.runs : block.type === 'list' ? block.items : []));

const sentence = (result: ReturnType<typeof composeCertificate>, id: string) =>
  result.document.sections
    .flatMap((section) => section.blocks)
    .flatMap((block) => (block.type === 'paragraph' ? block.runs : []))
    .find((run) => run.sentenceId === id);

describe('composeCertificate', () => {
  it('lets the caller pin the phrasing of any sentence, wrapping out-of-range indexes', () => {
    const base = composeCertificate(input());
    const willingness = sentence(base, 'performance.willingness');
    const count = willingness?.variantCount ?? 0;
    expect(count).toBeGreaterThanOrEqual(3);
    const texts = new Set(
      Array.from(
        { length: count },
        (_, variant) =>
          sentence(
            composeCertificate(input(), { variants: { 'performance.willingness': variant } }),
            'performance.willingness',
          )?.text,
      ),
    );
    expect(texts.size).toBe(count);
    const wrapped = composeCertificate(input(), { variants: { 'performance.willingness': count + 1 } });
    expect(sentence(wrapped, 'performance.willingness')?.variant).toBe(1);
  });

  it('keeps a user override verbatim and marks it as the user’s own text', () => {
    const own = 'Frau Schmidt hat die Disposition neu aufgestellt.';
    const result = composeCertificate(input(), { overrides: { 'performance.result': own } });
    expect(sentence(result, 'performance.result')).toMatchObject({ text: own, origin: 'user' });
    expect(result.text).toContain(own);
  });

  it('gives two employees with the same grades different texts', () => {
    const names = ['Schmidt', 'Meyer', 'Keller', 'Wolf', 'Roth', 'Lang', 'Vogel', 'Frank'];
    const texts = names.map((lastName) =>
      composeCertificate(input((draft) => (draft.employee.lastName = lastName))).text.replaceAll(
        lastName,
        'X',
      ),
    );
    expect(new Set(texts).size).toBe(names.length);
  });

  it('derives the overall grade from the rated categories, rounding a half to the better grade', () => {
    const grades = (ratings: Partial<CertificateInput['ratings']>) =>
      deriveOverallGrade(
        input((draft) => (draft.ratings = { ...draft.ratings, ...nullRatings, ...ratings })),
      );
    const nullRatings = {
      willingness: null,
      ability: null,
      knowledge: null,
      training: null,
      workStyle: null,
      result: null,
    };
    expect(grades({ willingness: 2, ability: 3 })).toBe(2);
    expect(grades({ willingness: 2, ability: 3, knowledge: 3 })).toBe(3);
    expect(grades({ willingness: 1, ability: 1, knowledge: 2 })).toBe(1);
    expect(grades({})).toBeNull();
  });

  it('uses an explicit overall grade for the summary formula', () => {
    const result = composeCertificate(input((draft) => (draft.overallGrade = 3)));
    expect(result.document.overallGrade).toBe(3);
    expect(sentence(result, 'performance.summary')?.grade).toBe(3);
  });

  it('takes the activities of the job profile when the input has none, and the input’s own otherwise', () => {
    const fromProfile = composeCertificate(input((draft) => (draft.activities = [])));
    expect(runs(fromProfile, 'activities').some((run) => run.text.startsWith('Planung und Steuerung'))).toBe(
      true,
    );
    expect(fromProfile.issues.map((issue) => issue.code)).toContain('activities.from_job_profile');
    const own = composeCertificate(input());
    expect(runs(own, 'activities').map((run) => run.text)).toContain('Überwachung der Lenk- und Ruhezeiten');
    expect(own.issues).toEqual([]);
  });

  it('warns about an unknown job profile and missing activities instead of failing', () => {
    const result = composeCertificate(
      input((draft) => {
        draft.employment.jobProfile = 'astronaut';
        draft.activities = [];
      }),
    );
    expect(result.issues.map((issue) => issue.code)).toEqual(['job_profile.unknown', 'activities.missing']);
  });

  it('inserts free text as given, never as template syntax', () => {
    const tricky = '{Er} <sein> [g:a|b|c] {FullName} #$*';
    const result = composeCertificate(
      input((draft) => {
        draft.activities = [tricky];
        draft.achievements = [tricky];
      }),
    );
    expect(runs(result, 'activities').map((run) => run.text)).toContain(tricky);
    expect(result.text).toContain(`Als besonderer Erfolg ist hervorzuheben: ${tricky}.`);
  });

  it('ends the company sentence once when the description is typed as a sentence', () => {
    const result = composeCertificate(
      input((draft) => {
        draft.employer.description = 'ein Großhandel mit Sitz in Köln. ';
      }),
    );
    expect(sentence(result, 'introduction.company')?.text).toBe('Wir sind ein Großhandel mit Sitz in Köln.');
  });

  it('writes only the exit sentence for grade 5 and all closing blocks for grade 1', () => {
    const allGrades = (grade: number) =>
      input((draft) => {
        for (const key of Object.keys(draft.ratings ?? {}) as (keyof CertificateInput['ratings'])[]) {
          if (key !== 'leadership' && draft.ratings) draft.ratings[key] = grade;
        }
      });
    const ids = (grade: number) =>
      runs(composeCertificate(allGrades(grade)), 'closing').map((run) => run.sentenceId);
    expect(ids(1)).toEqual(['closing.exit', 'closing.regret', 'closing.thanks', 'closing.wishes']);
    expect(ids(3)).toEqual(['closing.exit', 'closing.thanks', 'closing.wishes']);
    expect(ids(4)).toEqual(['closing.exit', 'closing.wishes']);
    expect(ids(5)).toEqual(['closing.exit']);
  });

  it('follows an explicit closing choice, but never regrets a dismissal for conduct', () => {
    const chosen = composeCertificate(
      input((draft) => (draft.closing = { regret: false, thanks: true, wishes: false })),
    );
    expect(runs(chosen, 'closing').map((run) => run.sentenceId)).toEqual(['closing.exit', 'closing.thanks']);
    const dismissal = composeCertificate(
      input((draft) => {
        draft.employment.exitReason = 'employer_other';
        draft.closing = { regret: true, thanks: true, wishes: true };
      }),
    );
    expect(runs(dismissal, 'closing').map((run) => run.sentenceId)).not.toContain('closing.regret');
    expect(dismissal.issues.map((issue) => issue.code)).toContain('closing.regret_not_allowed');
    expect(dismissal.text).not.toMatch(/Wunsch|bedauer/i);
  });

  it('writes the exit sentence in the past tense when the certificate is issued after the last day', () => {
    for (let variant = 0; variant < 3; variant++) {
      const options = { variants: { 'closing.exit': variant } };
      const onTime = sentence(composeCertificate(input(), options), 'closing.exit')?.text;
      const late = sentence(
        composeCertificate(
          input((draft) => (draft.issueDate = '2026-07-20')),
          options,
        ),
        'closing.exit',
      )?.text;
      expect(onTime).toMatch(/(?<!\p{L})(endet|verlässt|scheidet)(?!\p{L})/u);
      expect(late).toMatch(/(?<!\p{L})(endete|verließ|schied)(?!\p{L})/u);
    }
  });

  it('writes a diverse certificate without salutation or gendered pronouns', () => {
    const result = composeCertificate(input((draft) => (draft.employee.gender = 'diverse')));
    expect(result.text).toContain('Anna Schmidt, geboren am 14.03.1990 in Bonn');
    expect(result.text).not.toMatch(/(?<!\p{L})(Frau|Herr|sie|ihr|ihre[mnrs]?|er|sein\w*)(?!\p{L})/u);
  });

  it('writes a simple certificate without assessment', () => {
    const result = composeCertificate(input((draft) => (draft.form = 'simple')));
    expect(result.document.sections.map((section) => section.id)).toEqual([
      'heading',
      'introduction',
      'activities',
      'closing',
      'signature',
    ]);
    expect(result.document.overallGrade).toBeNull();
    expect(result.text).not.toMatch(/Zufriedenheit|stets/);
  });

  it('states a failed exam factually and warns that stating it is voluntary', () => {
    const result = composeCertificate(
      input((draft) => {
        draft.kind = 'apprenticeship';
        draft.employment.exitReason = 'apprenticeship_completed';
        draft.employment.jobProfile = 'ausbildung-industriekaufmann';
        draft.examResult = { grade: 5, chamber: 'IHK Köln' };
      }),
    );
    expect(sentence(result, 'closing.exam')?.text).toBe(
      'Die Abschlussprüfung vor der IHK Köln wurde mit der Note „mangelhaft“ bewertet.',
    );
    expect(result.issues.map((issue) => issue.code)).toContain('exam.not_passed');
  });

  it('composes German and warns while English is not supported', () => {
    const result = composeCertificate(input((draft) => (draft.language = 'en')));
    expect(result.text).toContain('Arbeitszeugnis');
    expect(result.issues.map((issue) => issue.code)).toEqual(['language.not_supported']);
  });
});
