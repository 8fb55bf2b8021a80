// The risky readings and forbidden mentions of the domain guide (§2.2 C, §1.3) as one data table,
// shared by the consistency check and the analyser. Patterns match whole words with
// (?<!\p{L}) … (?!\p{L}) and the `u` flag: JavaScript's \b does not know umlauts or ß.
import { forbiddenMentions } from './risky-phrases.mentions.js';
import { riskyReadings } from './risky-phrases.readings.js';
import type { RiskyPhrase } from './risky-phrases.types.js';

export type { RiskyPhrase } from './risky-phrases.types.js';

export const riskyPhrases: readonly RiskyPhrase[] = [...forbiddenMentions, ...riskyReadings];

export interface RiskyPhraseMatch {
  phrase: RiskyPhrase;
  /** The words that matched. */
  evidence: string;
}

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/** Widens a match to whole words: "Betriebsrat" found inside "Betriebsratsmitglied" quotes the word. */
function wholeWords(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && isLetter(text[from - 1])) from--;
  while (to < text.length && isLetter(text[to])) to++;
  return text.slice(from, to);
}

/**
 * The table entries a text contains, each at most once, in table order. `unless` and
 * `allowedOnRetirement` are applied here so that every caller reads the table the same way.
 */
export function findRiskyPhrases(
  text: string,
  options: { isRetirement?: boolean } = {},
  table: readonly RiskyPhrase[] = riskyPhrases,
): RiskyPhraseMatch[] {
  return table.flatMap((phrase) => {
    if (phrase.allowedOnRetirement && options.isRetirement) return [];
    const match = phrase.pattern.exec(text);
    if (!match || phrase.unless?.test(text)) return [];
    return [{ phrase, evidence: wholeWords(text, match.index, match.index + match[0].length) }];
  });
}
