import { describe, expect, it } from 'vitest';
import { finalExitReasons, interimReasons, type Grade } from '@zeugnisdesk/shared';
import { closingPhrases } from './closing.phrases.js';
import { findTemplateProblems, renderForAll } from './catalogue.test-utils.js';
import type { GradeScale } from './catalogue.types.js';

const grades: Grade[] = [1, 2, 3, 4, 5];
const apprenticeshipExitKeys = [
  'apprenticeship_completed',
  'apprenticeship_taken_over',
  'apprenticeship_none',
] as const;

interface Entry {
  /** Dotted path, e.g. "regret.departure.1". */
  path: string;
  grade: Grade | null;
  templates: readonly string[];
  allowedSlots: readonly string[];
}

const occupationEntries = new Set([
  'regret.apprenticeship',
  'wishes.apprenticeship',
  'wishes.apprenticeshipTakenOver',
]);

function scaleEntries(path: string, scale: GradeScale, allowedSlots: readonly string[]): Entry[] {
  return grades.map((grade) => ({ path: `${path}.${grade}`, grade, templates: scale[grade], allowedSlots }));
}

function allEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const [key, templates] of Object.entries(closingPhrases.exit)) {
    const allowedSlots = key.startsWith('apprenticeship_') ? ['endDate', 'occupation'] : ['endDate'];
    entries.push({ path: `exit.${key}`, grade: null, templates, allowedSlots });
  }
  for (const [key, templates] of Object.entries(closingPhrases.exitAfterExam)) {
    entries.push({
      path: `exitAfterExam.${key}`,
      grade: null,
      templates,
      allowedSlots: ['endDate', 'occupation'],
    });
  }
  for (const [kind, scale] of Object.entries(closingPhrases.regret)) {
    entries.push(
      ...scaleEntries(`regret.${kind}`, scale, occupationEntries.has(`regret.${kind}`) ? ['occupation'] : []),
    );
  }
  entries.push(...scaleEntries('thanks', closingPhrases.thanks, []));
  for (const [kind, scale] of Object.entries(closingPhrases.wishes)) {
    entries.push(
      ...scaleEntries(`wishes.${kind}`, scale, occupationEntries.has(`wishes.${kind}`) ? ['occupation'] : []),
    );
  }
  for (const [reason, templates] of Object.entries(closingPhrases.interimOccasion)) {
    entries.push({ path: `interimOccasion.${reason}`, grade: null, templates, allowedSlots: [] });
  }
  entries.push({
    path: 'interimOccasionText',
    grade: null,
    templates: closingPhrases.interimOccasionText,
    allowedSlots: ['interimReasonText'],
  });
  entries.push(...scaleEntries('interimThanks', closingPhrases.interimThanks, []));
  entries.push(...scaleEntries('interimContinuation', closingPhrases.interimContinuation, []));
  entries.push(...scaleEntries('interimParentalLeave', closingPhrases.interimParentalLeave, []));
  entries.push({
    path: 'simpleWishes',
    grade: null,
    templates: closingPhrases.simpleWishes,
    allowedSlots: [],
  });
  return entries;
}

const entries = allEntries();
const templatesWhere = (predicate: (entry: Entry) => boolean) =>
  entries
    .filter(predicate)
    .flatMap((entry) => entry.templates.map((template) => ({ path: entry.path, template })));
const offenders = (list: { path: string; template: string }[], pattern: RegExp) =>
  list.filter(({ template }) => pattern.test(template)).map(({ path, template }) => `${path}: ${template}`);

const isInterim = (entry: Entry) => entry.path.startsWith('interim');
const isGraded = (entry: Entry) => entry.grade !== null;

describe('closing phrases', () => {
  it('covers every exit reason, regret kind, wishes kind and interim reason', () => {
    expect(Object.keys(closingPhrases.exit).sort()).toEqual(
      [...finalExitReasons, ...apprenticeshipExitKeys].sort(),
    );
    expect(Object.keys(closingPhrases.interimOccasion).sort()).toEqual([...interimReasons].sort());
    expect(Object.keys(closingPhrases.regret).sort()).toEqual(
      ['apprenticeship', 'departure', 'fixedTerm', 'operational', 'retirement'].sort(),
    );
    expect(Object.keys(closingPhrases.wishes).sort()).toEqual(
      ['apprenticeship', 'apprenticeshipTakenOver', 'career', 'retirement'].sort(),
    );
  });

  it('has at least three variants for grades 1–4, two for grade 5 and two for every list', () => {
    const tooFew = entries
      .filter((entry) => entry.templates.length < (entry.grade !== null && entry.grade < 5 ? 3 : 2))
      .map((entry) => `${entry.path}: ${entry.templates.length}`);
    expect(tooFew).toEqual([]);
  });

  it('contains only well-formed templates with the allowed slots', () => {
    const problems = entries.flatMap((entry) =>
      entry.templates.flatMap((template) =>
        findTemplateProblems(template, entry.allowedSlots).map((problem) => `${entry.path}: ${problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('has no duplicate template anywhere in the catalogue', () => {
    const all = entries.flatMap((entry) => entry.templates);
    const duplicates = all.filter((template, index) => all.indexOf(template) !== index);
    expect(duplicates).toEqual([]);
  });

  it('says "auf eigenen Wunsch" only in the resignation exit sentence', () => {
    expect(
      offenders(
        templatesWhere((entry) => entry.path !== 'exit.employee_resignation'),
        /eigenen Wunsch/,
      ),
    ).toEqual([]);
    expect(
      closingPhrases.exit.employee_resignation.some((template) => template.includes('auf eigenen Wunsch')),
    ).toBe(true);
  });

  it('names no reason in the neutral exit sentences', () => {
    const neutral = templatesWhere((entry) =>
      ['exit.employer_other', 'exit.none', 'exit.apprenticeship_none'].includes(entry.path),
    );
    expect(
      offenders(neutral, /Grund|Gründe|Wunsch|Einvernehmen|Befristung|Ruhestand|betrieb|Prüfung/i),
    ).toEqual([]);
  });

  it('puts the end date and a tense-dependent verb into every exit sentence', () => {
    const exits = templatesWhere((entry) => entry.path.startsWith('exit.'));
    expect(offenders(exits, /^(?![\s\S]*\{endDate\})/)).toEqual([]);
    const tenseless = exits.filter(({ template }) => {
      const rendered = renderForAll(template);
      const past = rendered.filter((result) => result.tense === 'past').map((result) => result.text);
      const present = rendered.filter((result) => result.tense === 'present').map((result) => result.text);
      return past.some((text, index) => text === present[index]);
    });
    expect(tenseless).toEqual([]);
  });

  it('keeps every sentence outside the exit sentence independent of the tense', () => {
    expect(
      offenders(
        templatesWhere((entry) => !entry.path.startsWith('exit')),
        /<|\[t:/,
      ),
    ).toEqual([]);
  });

  it('wishes health only for the retirement', () => {
    expect(
      offenders(
        templatesWhere((entry) => !entry.path.startsWith('wishes.retirement')),
        /gesund/i,
      ),
    ).toEqual([]);
  });

  it('expresses no regret and no farewell in interim certificates, wishes or thanks', () => {
    const list = templatesWhere(
      (entry) => isInterim(entry) || /^(wishes|thanks|simpleWishes)/.test(entry.path),
    );
    expect(offenders(list, /bedauer/i)).toEqual([]);
    expect(
      offenders(templatesWhere(isInterim), /Abschied|Ausscheiden|Weggang|verlässt|verlassen|Zukunft/),
    ).toEqual([]);
  });

  it('uses no hidden codes', () => {
    expect(
      offenders(
        templatesWhere(() => true),
        /mehr Erfolg|gesellig|bemüht|verständnisvoll|Ansichten|Anwesenheit/i,
      ),
    ).toEqual([]);
  });

  it('intensifies grade 1 regret and thanks', () => {
    const regret = templatesWhere((entry) => entry.path.startsWith('regret.') && entry.grade === 1);
    expect(offenders(regret, /^(?![\s\S]*(außerordentlich|zutiefst))/)).toEqual([]);
    const thanks = templatesWhere(
      (entry) => /^(thanks|interimThanks)\./.test(entry.path) && entry.grade === 1,
    );
    expect(offenders(thanks, /^(?![\s\S]*(herzlich|hervorragend))/)).toEqual([]);
  });

  it('expresses regret in every regret sentence', () => {
    expect(
      offenders(
        templatesWhere((entry) => entry.path.startsWith('regret.')),
        /^(?![\s\S]*(bedauer|Bedauer|leider|Leider|ungern))/,
      ),
    ).toEqual([]);
  });

  it('keeps grade 1 markers out of grades 2–5 and the grade 2 "sehr" out of grade 1', () => {
    const grade1Markers =
      /außerordentlich|hervorragend|ausgezeichnet|zutiefst|herzlich|Herzen|erdenklich|äußerst|privat/i;
    expect(
      offenders(
        templatesWhere((entry) => isGraded(entry) && entry.grade !== 1),
        grade1Markers,
      ),
    ).toEqual([]);
    expect(
      offenders(
        templatesWhere((entry) => entry.grade === 1),
        /\bsehr\b/,
      ),
    ).toEqual([]);
  });

  it('keeps the markers of grades 1–2 out of grades 3–5', () => {
    const list = templatesWhere((entry) => isGraded(entry) && (entry.grade ?? 0) >= 3);
    expect(offenders(list, /\b(sehr|stets|jederzeit|immer|weiterhin|wertvoll\w*)\b/)).toEqual([]);
  });

  it('keeps grade 4–5 thanks and wishes plain', () => {
    const list = templatesWhere(
      (entry) => /^(thanks|wishes|interim)/.test(entry.path) && entry.grade !== null && entry.grade >= 4,
    );
    expect(offenders(list, /herzlich|hervorragend|außerordentlich|\bsehr\b/i)).toEqual([]);
  });

  it('carries the career wish "weiterhin viel Erfolg" in grades 1 and 2', () => {
    const list = templatesWhere(
      (entry) => /^wishes\.(career|apprenticeship)/.test(entry.path) && (entry.grade ?? 9) <= 2,
    );
    expect(offenders(list, /^(?![\s\S]*weiterhin viel Erfolg)/)).toEqual([]);
  });

  it('reads well with user occasion phrases', () => {
    for (const reason of [
      'zur Vorlage bei einer Bank',
      'zum Zweck einer Bewerbung',
      'auf Wunsch der Mitarbeiterin',
      'anlässlich eines Betriebsübergangs',
    ]) {
      for (const template of closingPhrases.interimOccasionText) {
        const [first] = renderForAll(template, { interimReasonText: reason });
        expect(first?.text).toContain(` ${reason}`);
        expect(first?.text).toMatch(/^(Dieses|Wir|Das) /);
      }
    }
  });
});
