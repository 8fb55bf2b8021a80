// Helpers for tests that check phrase templates: render a template for every gender and tense and
// report everything that would embarrass a certificate.
import { compileTemplate } from '../template/template.parse.js';
import { renderTemplate } from '../template/template.render.js';
import { createPersonReference } from '../grammar/person.js';
import { verbLexicon } from '../grammar/verbs.js';
import type { Gender, Tense, TemplateNode } from '../template/template.types.js';

export const genders: Gender[] = ['male', 'female', 'diverse'];
export const tenses: Tense[] = ['past', 'present'];

export const sampleValues: Record<string, string> = {
  internalParties: 'Vorgesetzten, Kolleginnen und Kollegen',
  externalParties: 'Kunden und Geschäftspartnern',
  occupation: 'Kauffrau für Büromanagement',
  endDate: '30.06.2026',
  interimReasonText: 'zur Vorlage bei einer Behörde',
  employerName: 'Musterfirma GmbH',
};

export function renderForAll(source: string, values: Record<string, string> = sampleValues) {
  const results: { gender: Gender; tense: Tense; text: string }[] = [];
  for (const gender of genders) {
    const person = createPersonReference({ gender, title: null, firstName: 'Alex', lastName: 'Beispiel' });
    for (const tense of tenses) {
      for (const mentioned of [false, true]) {
        const text = renderTemplate(compileTemplate(source), {
          person,
          tense,
          verbs: verbLexicon,
          values,
          state: { hasMentionedPerson: mentioned },
        });
        results.push({ gender, tense, text });
      }
    }
  }
  return results;
}

// JavaScript's \b does not know umlauts or ß ("großer" would contain "er"): use letter look-arounds.
export const wordPattern = (words: string, flags = '') =>
  new RegExp(`(?<!\\p{L})(${words})(?!\\p{L})`, `u${flags}`);
export const maleWordPattern = wordPattern(
  'er|ihn|ihm|sein|seine|seinen|seinem|seiner|seines|Herr|Herrn',
  'i',
);
export const femaleWordPattern = wordPattern('ihre|ihren|ihrem|ihrer|ihres|Frau');
const diversePronounPattern = wordPattern('sie|ihr|ihre[mnrs]?', 'i');

/** Problems of one template: syntax, unknown verbs or slots, leftovers, wrong-gender words. */
export function findTemplateProblems(source: string, allowedSlots: readonly string[]): string[] {
  const problems: string[] = [];
  let nodes: TemplateNode[];
  try {
    nodes = compileTemplate(source).nodes;
  } catch (error) {
    return [(error as Error).message];
  }
  const checkNodes = (list: TemplateNode[]) => {
    list.forEach((node, index) => {
      if (node.type === 'slot' && !allowedSlots.includes(node.name))
        problems.push(`slot {${node.name}} not allowed`);
      if (node.type === 'verb' && !verbLexicon[node.infinitive])
        problems.push(`verb <${node.infinitive}> not in lexicon`);
      if (node.type === 'possessive' && node.ending === '') {
        const next = list[index + 1];
        const word = next?.type === 'text' ? (next.value.trimStart().split(/\s/)[0] ?? '') : '';
        // German nouns are capitalised: "sein Einsatz" may become "der Einsatz", "sein großer" cannot.
        if (!/^[A-ZÄÖÜ]/.test(word)) problems.push(`{sein.${node.nounGender}} must be followed by a noun`);
      }
      if (node.type === 'gender') [node.male, node.female, node.diverse].forEach(checkNodes);
      if (node.type === 'tense') [node.past, node.present].forEach(checkNodes);
    });
  };
  checkNodes(nodes);
  if (problems.length) return problems;
  for (const { gender, tense, text } of renderForAll(source)) {
    const where = `${gender}/${tense}: ${text}`;
    if (/[{}<>[\]|]|undefined|null/.test(text)) problems.push(`leftover syntax ${where}`);
    if (!/[.!]$/.test(text)) problems.push(`does not end with a full stop ${where}`);
    if (/\s[,.]/.test(text) || /\s{2}/.test(text)) problems.push(`bad spacing ${where}`);
    if (gender !== 'male' && maleWordPattern.test(text)) problems.push(`male word in ${where}`);
    if (gender !== 'female' && femaleWordPattern.test(text)) problems.push(`female word in ${where}`);
    if (gender === 'diverse' && diversePronounPattern.test(text)) {
      problems.push(`pronoun in diverse ${where}`);
    }
  }
  return problems;
}

export interface CatalogueEntry {
  category: string;
  grade: number;
  template: string;
}

/** Problems of every template in a catalogue, prefixed with its place ("willingness/2: …"). */
export function catalogueProblems(
  entries: readonly CatalogueEntry[],
  allowedSlots: (category: string) => readonly string[],
): string[] {
  return entries.flatMap(({ category, grade, template }) =>
    findTemplateProblems(template, allowedSlots(category)).map(
      (problem) => `${category}/${grade}: ${problem}`,
    ),
  );
}

/** Templates that occur twice, compared case- and whitespace-insensitively. */
export function duplicateTemplates(templates: readonly string[]): string[] {
  const normalised = templates.map((template) => template.replace(/\s+/g, ' ').trim().toLowerCase());
  return normalised.filter((template, index) => normalised.indexOf(template) !== index);
}
