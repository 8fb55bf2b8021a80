import { describe, expect, it } from 'vitest';
import type { Grade } from '@zeugnisdesk/shared';
import { employeeAssessmentPhrases } from './assessment.employee.js';
import { catalogueProblems, duplicateTemplates, renderForAll } from './catalogue.test-utils.js';
import type { EmployeeAssessmentCategory } from './catalogue.types.js';
import { employeeAssessmentVerbs } from '../grammar/verbs.employee-assessment.js';

const categories = [
  'willingness',
  'ability',
  'knowledge',
  'training',
  'workStyle',
  'result',
  'leadership',
  'summary',
  'behaviourInternal',
  'behaviourExternal',
] as const satisfies readonly EmployeeAssessmentCategory[];
type Category = (typeof categories)[number];

const grades: Grade[] = [1, 2, 3, 4, 5];
const minimumVariants: Record<Grade, number> = { 1: 4, 2: 4, 3: 4, 4: 4, 5: 3 };

const isBehaviour = (category: Category) =>
  category === 'behaviourInternal' || category === 'behaviourExternal';

function allowedSlots(category: Category): string[] {
  if (category === 'behaviourInternal') return ['internalParties'];
  if (category === 'behaviourExternal') return ['externalParties'];
  return [];
}

const entries = categories.flatMap((category) =>
  grades.flatMap((grade) =>
    employeeAssessmentPhrases[category][grade].map((template) => ({ category, grade, template })),
  ),
);

/** Every rendering the analyser could see: all genders, both tenses, with and without a prior mention. */
const renderings = (template: string) => [...new Set(renderForAll(template).map(({ text }) => text))];
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);

// Whole words only. `\b` is ASCII-only in JavaScript and misfires next to umlauts and ß, so use Unicode letters.
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
  stetsJederzeit: words('stets', 'jederzeit'),
  immer: words('immer'),
  superlative: words(
    `äußerst${tail}`,
    `außerordentlich${tail}`,
    `hervorragend${tail}`,
    `herausragend${tail}`,
    'in höchstem Maße',
    `höchst${tail}`,
    `ausgezeichnet${tail}`,
    `vollst${tail}`,
    `allerbest${tail}`,
    'bestens',
    `uneingeschränkt${tail}`,
    'weit über',
  ),
  sehr: words('sehr'),
  voll: words('voll', 'volle[nmrs]?'),
  gut: words('gut', 'gute[nmrs]?'),
  umfassend: words(`umfassend${tail}`),
  gross: words(`groß${tail}`, `größ${tail}`),
  hoch: words('hoch', `hoh${tail}`),
  regular: words(`regelmäßig${tail}`),
  vorbild: words(`vorbild${tail}`),
  exemplary: words('(?:stets|jederzeit|immer) vorbildlich\\p{L}*'),
  veryValued: words('sehr geschätzt'),
  einwandfrei: words(`einwandfrei${tail}`),
  constantlyFaultless: words('(?:stets|jederzeit) einwandfrei\\p{L}*'),
  restrictedFaultless: words('(?:im Wesentlichen|im Großen und Ganzen) einwandfrei\\p{L}*'),
  korrekt: words(`korrekt${tail}`),
  solide: words(`solide${tail}`),
  exceed: words(`übertr[aeio]f${tail}`),
  wesentlich: words(`wesentlich${tail}`),
  grade4: words(
    'im Allgemeinen',
    `den Anforderungen entsprech${tail}`,
    `entspr${tail} den Anforderungen`,
    `ausreichend${tail}`,
    `üblich${tail}`,
  ),
  grade5: words('im Großen und Ganzen', 'im Wesentlichen', `bemüh${tail}`, 'teilweise', 'weitgehend'),
  satisfaction: words(`zufrieden${tail}`, 'Zufriedenheit', `Erwartung${tail}`),
};
type Signal = keyof typeof signal;

/** Phrases with a risky or coded reading (domain guide §2.2 C, docs/phrase-templates.md "Hidden codes"). */
const hiddenCodes = words(
  `gesellig${tail}`,
  'Geselligkeit',
  `verständnisvoll${tail}`,
  'im Rahmen',
  `Anwesenheit${tail}`,
  'Ansichten',
  `Gesundheit${tail}`,
  `gesund${tail}`,
  `Betriebsklima${tail}`,
  'kennen ?gelernt',
  `Beanstandung${tail}`,
  `Klage${tail}`,
  `Tadel${tail}`,
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
  'mitunter',
  'auch Initiative',
  `direkt${tail}`,
  'Belange',
  'beigetragen',
  'trug\\p{L}* zu',
);

/** Markers that no variant of a grade may carry (they belong to another grade). */
const forbiddenByGrade: Record<Grade, Signal[]> = {
  1: ['sehr', 'voll', 'gut', 'einwandfrei', 'korrekt', 'solide', 'wesentlich', 'grade4', 'grade5'],
  2: [
    'superlative',
    'immer',
    'gross',
    'vorbild',
    'korrekt',
    'solide',
    'exceed',
    'wesentlich',
    'grade4',
    'grade5',
  ],
  3: [
    'constancy',
    'superlative',
    'sehr',
    'voll',
    'umfassend',
    'gross',
    'regular',
    'vorbild',
    'korrekt',
    'exceed',
    'wesentlich',
    'grade4',
    'grade5',
  ],
  4: [
    'constancy',
    'superlative',
    'sehr',
    'voll',
    'gut',
    'umfassend',
    'gross',
    'hoch',
    'regular',
    'vorbild',
    'einwandfrei',
    'solide',
    'exceed',
    'wesentlich',
    'grade5',
  ],
  5: [
    'constancy',
    'superlative',
    'sehr',
    'voll',
    'gut',
    'umfassend',
    'gross',
    'hoch',
    'regular',
    'vorbild',
    'einwandfrei',
    'korrekt',
    'solide',
    'exceed',
    'grade4',
  ],
};

/** The Zufriedenheits-/Erwartungsformel of each grade; the formulas exclude each other. */
const summaryFormula: Record<Grade, RegExp> = {
  1: /stets zu unserer vollsten( und uneingeschränkten)? Zufriedenheit|Erwartungen stets (in jeder Hinsicht und )?in allerbester Weise|stets in jeder Hinsicht äußerst zufrieden/u,
  2: /stets zu unserer vollen Zufriedenheit|Erwartungen stets voll und ganz|stets in jeder Hinsicht sehr zufrieden/u,
  3: /(?<!stets )zu unserer vollen Zufriedenheit|voll unseren Erwartungen/u,
  4: /(?<!(stets|Ganzen|Wesentlichen) )zu unserer Zufriedenheit|(?<!(voll|weitgehend) )unseren Erwartungen/u,
  5: /(im Großen und Ganzen|im Wesentlichen) zu unserer Zufriedenheit|weitgehend unseren Erwartungen/u,
};

/** The signal each single sentence of a variant must carry, so the analyser can grade sentence by sentence. */
function sentenceSignal(category: Category, grade: Grade, sentence: string): boolean {
  const has = (name: Signal) => signal[name].test(sentence);
  if (category === 'summary' && grade >= 3) return summaryFormula[grade].test(sentence);
  if (isBehaviour(category)) {
    switch (grade) {
      case 1:
        return has('exemplary') || has('veryValued') || has('superlative');
      case 2:
        return has('vorbild') || has('constantlyFaultless');
      case 3:
        return has('einwandfrei');
      case 4:
        return has('korrekt');
      case 5:
        return has('restrictedFaultless');
    }
  }
  switch (grade) {
    case 1:
      return has('superlative');
    case 2:
      return has('stetsJederzeit') || has('sehr') || has('voll') || has('umfassend');
    case 3:
      return true;
    case 4:
      return has('grade4');
    case 5:
      return has('grade5');
  }
}

/** Grade discipline of one rendered variant: required signals, forbidden foreign signals. */
function gradeViolations(category: Category, grade: Grade, rendered: string): string[] {
  const problems: string[] = [];
  const behaviour = isBehaviour(category);
  let text = rendered;
  // Conventional exceptions: "sehr geschätzt" accompanies the top behaviour formula; "vorbildlich" is the
  // behaviour formula of grades 1 and 2; the summary formulas of grades 3 and 5 contain "vollen" and
  // "im Großen und Ganzen"; "einwandfrei" is the behaviour formula of grades 2, 3 and (restricted) 5.
  if (behaviour && grade === 1) text = text.split(signal.veryValued).join('');
  else if (signal.veryValued.test(text)) problems.push('"sehr geschätzt" outside behaviour grade 1');
  if (category === 'summary' && grade === 3)
    text = text.replace(/zu unserer vollen Zufriedenheit|voll unseren Erwartungen/gu, '');
  if (grade === 5) text = text.replace(/im Großen und Ganzen/gu, 'im Wesentlichen');

  const has = (name: Signal) => signal[name].test(text);
  const expectThat = (ok: boolean, what: string) => {
    if (!ok) problems.push(`lacks ${what}`);
  };
  let forbidden = forbiddenByGrade[grade];
  if (behaviour) {
    if (grade === 2) forbidden = forbidden.filter((name) => name !== 'vorbild');
    if (grade === 2 || grade === 3 || grade === 5)
      forbidden = forbidden.filter((name) => name !== 'einwandfrei');
  }
  for (const name of forbidden)
    if (has(name)) problems.push(`contains ${name} (${text.match(signal[name])?.[0]})`);
  if (category !== 'summary' && has('satisfaction'))
    problems.push('speaks of Zufriedenheit/Erwartungen outside the summary');

  if (behaviour) {
    if (grade === 1) expectThat(has('exemplary'), '"stets/jederzeit/immer vorbildlich"');
    if (grade === 2) {
      // Either "vorbildlich" without a time adverb or "stets einwandfrei" without "vorbildlich", never both.
      const plainExemplary = has('vorbild') && !has('constancy');
      const constantlyFaultless = has('constantlyFaultless') && !has('vorbild');
      expectThat(plainExemplary || constantlyFaultless, 'plain "vorbildlich" or "stets einwandfrei"');
    }
    if (grade === 3) expectThat(has('einwandfrei'), '"einwandfrei"');
    if (grade === 4) expectThat(has('korrekt'), '"korrekt"');
    if (grade === 5) {
      expectThat(has('restrictedFaultless'), '"im Wesentlichen einwandfrei"');
      // split() cuts at every match, so the piece count tells how often a pattern occurs.
      const faultless = text.split(signal.einwandfrei).length;
      const restricted = text.split(signal.restrictedFaultless).length;
      expectThat(faultless === restricted, 'a restriction on every "einwandfrei"');
    }
  } else if (category !== 'summary') {
    if (grade === 1)
      expectThat(has('constancy') && has('superlative'), 'stets/jederzeit/immer and a superlative');
    if (grade === 2) {
      expectThat(has('stetsJederzeit'), 'stets/jederzeit');
      expectThat(has('sehr') || has('voll') || has('gut') || has('umfassend'), 'sehr/voll/gut/umfassend');
    }
  }

  for (const sentence of sentences(rendered)) {
    if (!sentenceSignal(category, grade, sentence))
      problems.push(`sentence without a grade-${grade} signal: "${sentence}"`);
  }
  return problems;
}

describe('employee assessment phrases', () => {
  it('covers exactly the ten employee categories', () => {
    expect(Object.keys(employeeAssessmentPhrases).sort()).toEqual([...categories].sort());
  });

  it.each(categories.flatMap((category) => grades.map((grade) => [category, grade] as const)))(
    '%s grade %i has at least 4 variants (3 for grade 5)',
    (category, grade) => {
      expect(employeeAssessmentPhrases[category][grade].length).toBeGreaterThanOrEqual(
        minimumVariants[grade],
      );
    },
  );

  it('has no template problems (syntax, verbs, slots, pronouns, spacing)', () => {
    expect(catalogueProblems(entries, (category) => allowedSlots(category as Category))).toEqual([]);
  });

  it('has no two identical templates anywhere in the catalogue', () => {
    expect(duplicateTemplates(entries.map(({ template }) => template))).toEqual([]);
  });

  it('renders one or two sentences per variant; the summary has one (a second only for grades 1–2)', () => {
    const problems = entries.flatMap(({ category, grade, template }) =>
      renderings(template)
        .filter((text) => {
          const count = sentences(text).length;
          if (category === 'summary') return grade <= 2 ? count > 2 : count !== 1;
          return count > 2;
        })
        .map((text) => `${category}/${grade}: ${text}`),
    );
    expect(problems).toEqual([]);
  });

  it('keeps the signals of its grade in every sentence and none of another grade', () => {
    const problems = entries.flatMap(({ category, grade, template }) =>
      renderings(template).flatMap((text) =>
        gradeViolations(category, grade, text).map(
          (problem) => `${category}/${grade}: ${problem} in: ${text}`,
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('uses exactly the summary formula of its grade', () => {
    const problems = grades.flatMap((grade) =>
      employeeAssessmentPhrases.summary[grade].flatMap((template) =>
        renderings(template)
          .map((text) => ({
            text,
            decoded: grades.filter((candidate) => summaryFormula[candidate].test(text)),
          }))
          .filter(({ decoded }) => decoded.length !== 1 || decoded[0] !== grade)
          .map(({ text, decoded }) => `grade ${grade} decodes as [${decoded.join(', ')}]: ${text}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('avoids hidden codes and risky readings', () => {
    const problems = entries.filter(({ template }) =>
      renderings(template).some((text) => hiddenCodes.test(text)),
    );
    expect(problems.map(({ template }) => template)).toEqual([]);
  });

  it('names the parties in every behaviour variant and nowhere else', () => {
    const problems = entries.filter(({ category, template }) => {
      const internal = template.includes('{internalParties}');
      const external = template.includes('{externalParties}');
      if (category === 'behaviourInternal') return !internal || external;
      if (category === 'behaviourExternal') return !external || internal;
      return internal || external;
    });
    expect(problems).toEqual([]);
  });

  it('writes gendered nouns only as gender alternatives with a neutral diverse form', () => {
    const gendered = words('Mitarbeiter(in)?', 'Kollege', 'Kollegin', 'Ansprechpartner(in)?', 'Vorgesetzter');
    const problems = entries.flatMap(({ category, template }) => {
      const found: string[] = [];
      if (gendered.test(template.replace(/\[g:[^\]]*\]/g, ''))) found.push(`outside [g:…]: ${template}`);
      for (const { gender, text } of renderForAll(template)) {
        if (gender === 'diverse' && gendered.test(text)) found.push(`${category} diverse: ${text}`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('names the person in the diverse form of every variant', () => {
    const problems = entries.flatMap(({ category, grade, template }) =>
      renderForAll(template)
        .filter(({ gender, text }) => gender === 'diverse' && !text.includes('Alex Beispiel'))
        .map(({ text }) => `${category}/${grade}: ${text}`),
    );
    expect(problems).toEqual([]);
  });

  it('adds only non-separable verbs with distinct present and past forms', () => {
    const separablePrefix =
      /^(ab|an|auf|aus|bei|ein|fest|her|heran|hin|los|mit|nach|teil|vor|weg|zu|zurück|zusammen)/;
    for (const [infinitive, [present, past]] of Object.entries(employeeAssessmentVerbs)) {
      expect(infinitive).not.toMatch(separablePrefix);
      expect(present).not.toBe(past);
    }
  });
});
