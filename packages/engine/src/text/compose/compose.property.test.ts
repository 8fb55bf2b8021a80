// Property tests over random valid inputs: whatever the combination of kind, form, gender, exit
// reason, ratings and lists, the certificate is grammatically whole and says what the ratings say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateInputSchema, type CertificateInput, type Grade } from '@zeugnisdesk/shared';
import type { Run } from '../../model/document.types.js';
import { defaultPhraseLibrary } from '../catalogue/catalogue.js';
import { femaleWordPattern, maleWordPattern, wordPattern } from '../catalogue/catalogue.test-utils.js';
import { createPersonReference } from '../grammar/person.js';
import { verbLexicon, conjugate } from '../grammar/verbs.js';
import { compileTemplate } from '../template/template.parse.js';
import { renderTemplate } from '../template/template.render.js';
import { composeCertificate } from './compose.js';
import { certificateInputArbitrary } from './compose.test-utils.js';
import { assessedPerformanceCategories } from './grades.js';
import { assessmentSlotValues } from './compose.values.js';
import { findJobProfile } from '../job-profiles/job-profiles.js';

const validInput = certificateInputArbitrary.map((draft) => certificateInputSchema.parse(draft));
const runs = 400;

function allRuns(input: CertificateInput, sectionIds?: string[]): Run[] {
  return composeCertificate(input)
    .document.sections.filter((section) => !sectionIds || sectionIds.includes(section.id))
    .flatMap((section) => section.blocks)
    .flatMap((block) => (block.type === 'paragraph' ? block.runs : block.type === 'list' ? block.items : []));
}

const neutralPronouns = wordPattern('sie|ihr|ihre[mnrs]?', 'i');

/**
 * Past forms that cannot be read as anything else. A weak verb without "ge-" in its participle has a
 * past form equal to its inflected participle ("motivierte": she motivated / a motivated person), so
 * those are left out; strong and "ge-" verbs ("war", "zeigte", "arbeitete") are unmistakable.
 */
const unambiguousPastForms = new Set(
  Object.entries(verbLexicon).flatMap(([verb, [present, past]]) => {
    const forms = [past, conjugate(verbLexicon, verb, 'past', 'pl') as string];
    const hasParticipleWithoutGe =
      /^(be|emp|ent|er|ge|miss|ver|zer|über|unter|hinter|wider)/.test(verb) || verb.endsWith('ieren');
    const isParticipleLike = hasParticipleWithoutGe && (past === `${present}e` || past === `${present}te`);
    return isParticipleLike ? [] : forms.filter((form) => form !== verb && form !== present);
  }),
);

describe('composeCertificate over random valid inputs', () => {
  it('never leaves a slot, template syntax, undefined or null in the text', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const { text } = composeCertificate(input);
        expect(text).not.toMatch(/[{}<>[\]|]|undefined|null|NaN/);
        expect(text).not.toMatch(/ {2}|\s[,.]/);
      }),
      { numRuns: runs },
    );
  });

  it('uses no pronoun or salutation of another gender', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const text = allRuns(input)
          .filter((run) => run.origin === 'generated')
          .map((run) => run.text)
          .join(' ');
        const { gender } = input.employee;
        if (gender !== 'male') expect(text).not.toMatch(maleWordPattern);
        if (gender !== 'female') expect(text).not.toMatch(femaleWordPattern);
        if (gender === 'diverse') expect(text).not.toMatch(neutralPronouns);
      }),
      { numRuns: runs },
    );
  });

  it('assesses an interim certificate in the present tense', () => {
    fc.assert(
      fc.property(
        validInput.filter((input) => input.kind === 'interim'),
        (input) => {
          for (const run of allRuns(input, ['performance', 'behaviour', 'closing'])) {
            if (run.origin !== 'generated') continue;
            const words = run.text.split(/[^A-Za-zÄÖÜäöüß]+/);
            const past = words.filter((word) => unambiguousPastForms.has(word));
            expect(past, run.text).toEqual([]);
          }
        },
      ),
      { numRuns: runs },
    );
  });

  it('writes every rated category with a phrasing of exactly its grade', () => {
    fc.assert(
      fc.property(
        validInput.filter((input) => input.form === 'qualified'),
        (input) => {
          const byId = new Map(allRuns(input).map((run) => [run.sentenceId, run]));
          const audience = input.kind === 'apprenticeship' ? 'apprentice' : 'employee';
          const categories = [
            ...assessedPerformanceCategories(input),
            ...(['behaviourInternal', 'behaviourExternal'] as const).filter(
              (category) => input.ratings[category] !== null,
            ),
          ];
          for (const category of categories) {
            const section = category.startsWith('behaviour') ? 'behaviour' : 'performance';
            const run = byId.get(`${section}.${category}`);
            const grade = input.ratings[category] as Grade;
            expect(run?.grade, category).toBe(grade);
            const scale = (
              defaultPhraseLibrary.assessment[category === 'leadership' ? 'employee' : audience] as Record<
                string,
                Record<Grade, readonly string[]>
              >
            )[category] as Record<Grade, readonly string[]>;
            const renderingsOf = (candidate: Grade) =>
              scale[candidate].flatMap((template) =>
                [false, true].map((hasMentionedPerson) =>
                  renderTemplate(compileTemplate(template), {
                    person: createPersonReference(input.employee),
                    tense: input.kind === 'interim' ? 'present' : 'past',
                    verbs: verbLexicon,
                    values: assessmentSlotValues(input, findJobProfile(input.employment.jobProfile ?? '')),
                    state: { hasMentionedPerson },
                  }),
                ),
              );
            expect(renderingsOf(grade), category).toContain(run?.text);
            for (const other of [1, 2, 3, 4, 5] as Grade[]) {
              if (other !== grade)
                expect(renderingsOf(other), `${category} grade ${other}`).not.toContain(run?.text);
            }
          }
          const summary = byId.get('performance.summary');
          const overall = composeCertificate(input).document.overallGrade;
          expect(summary?.grade ?? null).toBe(overall);
        },
      ),
      { numRuns: runs },
    );
  });

  it('says "auf eigenen Wunsch" only when the employee resigned, and never regrets in an interim certificate', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const { text } = composeCertificate(input);
        if (input.employment.exitReason !== 'employee_resignation')
          expect(text).not.toMatch(/auf eigenen Wunsch/);
        if (input.kind === 'interim') expect(text).not.toMatch(/bedauer/i);
      }),
      { numRuns: runs },
    );
  });

  it('is deterministic: the same input gives the same text', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(composeCertificate(structuredClone(input)).text).toBe(composeCertificate(input).text);
      }),
      { numRuns: 100 },
    );
  });
});
