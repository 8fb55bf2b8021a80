import { describe, expect, it } from 'vitest';
import type { Grade } from '@zeugnisdesk/shared';
import { apprenticeAssessmentPhrases } from './assessment.apprentice.js';
import { catalogueProblems, duplicateTemplates, renderForAll } from './catalogue.test-utils.js';
import type { ApprenticeAssessmentCategory } from './catalogue.types.js';
import { apprenticeAssessmentVerbs } from '../grammar/verbs.apprentice-assessment.js';

const categories = [
  'willingness',
  'ability',
  'knowledge',
  'training',
  'workStyle',
  'result',
  'summary',
  'behaviourInternal',
  'behaviourExternal',
] as const satisfies readonly ApprenticeAssessmentCategory[];
const grades: Grade[] = [1, 2, 3, 4, 5];
const minimumVariants: Record<Grade, number> = { 1: 4, 2: 4, 3: 4, 4: 4, 5: 3 };

type Category = (typeof categories)[number];
const isBehaviour = (category: Category) =>
  category === 'behaviourInternal' || category === 'behaviourExternal';

function allowedSlots(category: Category): string[] {
  if (category === 'behaviourInternal') return ['occupation', 'internalParties'];
  if (category === 'behaviourExternal') return ['occupation', 'externalParties'];
  return ['occupation'];
}

const entries = categories.flatMap((category) =>
  grades.flatMap((grade) =>
    apprenticeAssessmentPhrases[category][grade].map((template) => ({ category, grade, template })),
  ),
);

// Whole words only. `\b` is ASCII-only in JavaScript and fails next to umlauts, so use Unicode letters.
// The alternatives are constants of this file, never input.
const words = (...alternatives: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const tail = '\\p{L}*';

const signal = {
  constancy: words(
    'stets',
    'jederzeit',
    'immer',
    'ständig',
    'stetig',
    'durchweg',
    'durchgehend',
    'durchgängig',
    'allzeit',
    'zu jeder Zeit',
  ),
  immer: words('immer'),
  superlative: words(
    `äußerst${tail}`,
    `außerordentlich${tail}`,
    `hervorragend${tail}`,
    `herausragend${tail}`,
    'in höchstem Maße',
    `höchst${tail}`,
    `ausgezeichnet${tail}`,
    'vollste[nmrs]?',
    `allerbest${tail}`,
    'bestens',
    `uneingeschränkt${tail}`,
    'weit über',
  ),
  sehr: words('sehr'),
  voll: words('voll', 'volle[nmrs]?'),
  gut: words(`gut${tail}`),
  umfassend: words(`umfassend${tail}`),
  gross: words(`groß${tail}`, `größ${tail}`),
  hoch: words('hoch', `hoh${tail}`),
  vorbildlich: words(`vorbildlich${tail}`),
  einwandfrei: words(`einwandfrei${tail}`),
  korrekt: words(`korrekt${tail}`),
  solide: words(`solide${tail}`),
  exceed: words(`übertr[aeio]f${tail}`),
  wesentlich: words(`wesentlich${tail}`),
  grade4: words(
    'im Allgemeinen',
    `den Anforderungen entsprechend${tail}`,
    `ausreichend${tail}`,
    `üblich${tail}`,
  ),
  grade5: words('im Großen und Ganzen', 'im Wesentlichen', `bemüh${tail}`, 'teilweise', 'weitgehend'),
  veryValued: words('sehr geschätzt'),
};

/** Phrases with a risky or coded reading (domain guide §2.2 C, docs/phrase-templates.md "Hidden codes"). */
const hiddenCodes = words(
  `gesellig${tail}`,
  `Geselligkeit`,
  `verständnisvoll${tail}`,
  'im Rahmen',
  `Anwesenheit${tail}`,
  `Ansichten`,
  `Gesundheit${tail}`,
  `gesund${tail}`,
  `Betriebsklima${tail}`,
  'kennen ?gelernt',
  `Beanstandung${tail}`,
  `Klage${tail}`,
  'nicht un\\p{L}+',
  `ehrlich${tail}`,
  `pünktlich${tail}`,
  `zufriedenstellend${tail}`,
  'in der Regel',
  'oft',
  'meist',
  'meistens',
  `häufig${tail}`,
  'gelegentlich',
  'bisweilen',
  'manchmal',
  'auch Initiative',
  `direkt${tail}`,
  'Belange',
);

/** Which grade-signal words a variant must carry and must not carry. Returns the violations. */
function gradeViolations(category: Category, grade: Grade, template: string): string[] {
  const problems: string[] = [];
  const behaviour = isBehaviour(category);
  // "sehr geschätzt" is the conventional companion of the top behaviour formula, and only of that one.
  let text = template;
  if (behaviour && grade === 1) text = text.replace(/sehr geschätzt/giu, '');
  else if (signal.veryValued.test(text)) problems.push('"sehr geschätzt" outside behaviour grade 1');
  if (grade === 3) text = text.replace(/vollen Zufriedenheit/g, 'Zufriedenheit');
  if (grade === 5) text = text.replace(/im Großen und Ganzen/g, 'im Wesentlichen');

  const has = (name: keyof typeof signal) => signal[name].test(text);
  const forbid = (...names: (keyof typeof signal)[]) => {
    for (const name of names)
      if (has(name)) problems.push(`contains ${name} (${text.match(signal[name])?.[0]})`);
  };
  const expectSignal = (ok: boolean, what: string) => {
    if (!ok) problems.push(`lacks ${what}`);
  };

  switch (grade) {
    case 1:
      expectSignal(has('constancy'), 'a time adverb (stets/jederzeit/immer)');
      expectSignal(has('superlative') || (behaviour && has('vorbildlich')), 'a grade-1 intensifier');
      forbid(
        'sehr',
        'voll',
        'gut',
        'umfassend',
        'einwandfrei',
        'korrekt',
        'solide',
        'wesentlich',
        'grade4',
        'grade5',
      );
      if (behaviour) expectSignal(has('vorbildlich'), '"vorbildlich"');
      break;
    case 2: {
      const plainVorbildlich = behaviour && has('vorbildlich') && !has('constancy');
      const intensity =
        has('sehr') || has('voll') || has('gut') || has('umfassend') || (behaviour && has('einwandfrei'));
      expectSignal(
        plainVorbildlich || (has('constancy') && intensity),
        'stets/jederzeit with sehr/voll/gut (or plain "vorbildlich")',
      );
      forbid(
        'superlative',
        'immer',
        'gross',
        'korrekt',
        'solide',
        'exceed',
        'wesentlich',
        'grade4',
        'grade5',
      );
      if (!plainVorbildlich) forbid('vorbildlich');
      break;
    }
    case 3:
      forbid(
        'constancy',
        'superlative',
        'sehr',
        'voll',
        'umfassend',
        'gross',
        'vorbildlich',
        'korrekt',
        'exceed',
      );
      forbid('wesentlich', 'grade4', 'grade5');
      break;
    case 4:
      expectSignal(
        has('grade4') || has('korrekt') || /zu unserer Zufriedenheit/.test(text),
        'a grade-4 marker',
      );
      if (behaviour) expectSignal(has('korrekt'), '"korrekt"');
      forbid('constancy', 'superlative', 'sehr', 'voll', 'gut', 'umfassend', 'gross', 'hoch', 'vorbildlich');
      forbid('einwandfrei', 'solide', 'exceed', 'wesentlich', 'grade5');
      break;
    case 5:
      expectSignal(has('grade5'), 'a grade-5 marker');
      forbid('constancy', 'superlative', 'sehr', 'voll', 'gut', 'umfassend', 'gross', 'hoch', 'vorbildlich');
      forbid('korrekt', 'solide', 'exceed', 'grade4');
      break;
  }

  // The word before "Zufriedenheit" is the grade (domain guide §2.2 A).
  const expectedBefore: Record<Grade, string> = {
    1: 'vollsten',
    2: 'vollen',
    3: 'vollen',
    4: 'unserer',
    5: 'unserer',
  };
  for (const match of template.matchAll(/(\p{L}+) Zufriedenheit/gu)) {
    if (match[1] !== expectedBefore[grade]) problems.push(`"${match[0]}" in grade ${grade}`);
  }
  if (grade === 5 && /Zufriedenheit/.test(template)) {
    expectSignal(
      /(im Großen und Ganzen|im Wesentlichen) zu unserer Zufriedenheit/.test(template),
      'a restricted Zufriedenheitsformel',
    );
  }
  return problems;
}

const summaryFormula: Record<Grade, (template: string) => boolean> = {
  1: (t) => signal.constancy.test(t) && /vollsten Zufriedenheit|in höchstem Maße|allerbester Weise/.test(t),
  2: (t) => signal.constancy.test(t) && /vollen Zufriedenheit|voll und ganz/.test(t),
  3: (t) => /zu unserer vollen Zufriedenheit/.test(t),
  4: (t) => /zu unserer Zufriedenheit/.test(t),
  5: (t) =>
    /(im Großen und Ganzen|im Wesentlichen) zu unserer Zufriedenheit|weitgehend unseren Erwartungen/.test(t),
};

const sentenceCount = (text: string) => text.match(/[.!?](?=\s|$)/g)?.length ?? 0;

describe('apprentice assessment phrases', () => {
  it('covers exactly the nine apprentice categories', () => {
    expect(Object.keys(apprenticeAssessmentPhrases).sort()).toEqual([...categories].sort());
  });

  it.each(categories.flatMap((category) => grades.map((grade) => [category, grade] as const)))(
    '%s grade %i has enough variants',
    (category, grade) => {
      expect(apprenticeAssessmentPhrases[category][grade].length).toBeGreaterThanOrEqual(
        minimumVariants[grade],
      );
    },
  );

  it('has no template problems (syntax, verbs, slots, pronouns, spacing)', () => {
    expect(catalogueProblems(entries, (category) => allowedSlots(category as Category))).toEqual([]);
  });

  it('has no duplicate phrasings anywhere in the catalogue', () => {
    expect(duplicateTemplates(entries.map(({ template }) => template))).toEqual([]);
  });

  it('renders one or two sentences per variant, exactly one for the summary', () => {
    const problems = entries.flatMap(({ category, grade, template }) =>
      renderForAll(template)
        .filter(({ text }) => {
          const count = sentenceCount(text);
          return category === 'summary' ? count !== 1 : count < 1 || count > 2;
        })
        .map(({ text }) => `${category}/${grade}: ${text}`),
    );
    expect(problems).toEqual([]);
  });

  it('keeps the grade signals of each grade and none of another grade', () => {
    const problems = entries.flatMap(({ category, grade, template }) =>
      gradeViolations(category, grade, template).map(
        (problem) => `${category}/${grade}: ${problem} in: ${template}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('uses the grade formula of the summary scale', () => {
    const problems = grades.flatMap((grade) =>
      apprenticeAssessmentPhrases.summary[grade].filter((template) => !summaryFormula[grade](template)),
    );
    expect(problems).toEqual([]);
  });

  it('avoids hidden codes and risky readings', () => {
    const problems = entries
      .filter(({ template }) => hiddenCodes.test(template))
      .map(({ template }) => template);
    expect(problems).toEqual([]);
  });

  it('names the parties in every behaviour sentence', () => {
    for (const grade of grades) {
      for (const template of apprenticeAssessmentPhrases.behaviourInternal[grade]) {
        expect(template).toContain('{internalParties}');
      }
      for (const template of apprenticeAssessmentPhrases.behaviourExternal[grade]) {
        expect(template).toContain('{externalParties}');
      }
    }
  });

  it('names the occupation in some knowledge variants', () => {
    const withOccupation = grades.filter((grade) =>
      apprenticeAssessmentPhrases.knowledge[grade].some((template) => template.includes('{occupation}')),
    );
    expect(withOccupation).toEqual(grades);
  });

  it('writes gendered nouns only as gender alternatives with a neutral diverse form', () => {
    const gendered = words(
      `Auszubildende${tail}`,
      'Mitarbeiter(in)?',
      'Kollege',
      'Kollegin',
      'Lehrling',
      'Azubi',
    );
    const problems = entries.flatMap(({ category, template }) => {
      const found: string[] = [];
      if (gendered.test(template.replace(/\[g:[^\]]*\]/g, ''))) found.push(`outside [g:…]: ${template}`);
      const values = {
        occupation: 'Fachkraft für Lagerlogistik',
        internalParties: 'Vorgesetzten',
        externalParties: 'Kunden',
      };
      for (const { gender, text } of renderForAll(template, values)) {
        if (gender === 'diverse' && gendered.test(text)) found.push(`${category} diverse: ${text}`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('adds only non-separable verbs with distinct present and past forms', () => {
    const separablePrefix =
      /^(ab|an|auf|aus|bei|ein|fest|her|heran|hin|los|mit|nach|teil|vor|weg|zu|zurück|zusammen)/;
    for (const [infinitive, [present, past]] of Object.entries(apprenticeAssessmentVerbs)) {
      expect(infinitive).not.toMatch(separablePrefix);
      expect(present).not.toBe(past);
    }
  });
});
