// Tense of the user's own assessment sentences: an interim certificate assesses in the present, a
// final one in the past (domain guide §2.2 F). Verb forms come from the engine's verb lexicon, so the
// check knows exactly the verbs the phrase library uses. A heuristic: it reports, it does not correct.
import { verbLexicon, conjugate } from '../text/grammar/verbs.js';
import type { CertificateIssue } from '../model/issue.types.js';
import type { CheckRule } from './check.types.js';
import { locationOf, overrideFreeTexts } from './free-text.sources.js';

const infinitives = Object.keys(verbLexicon);
const form = (infinitive: string, tense: 'past' | 'present', person: 'sg' | 'pl') =>
  conjugate(verbLexicon, infinitive, tense, person) as string;

/** Präteritum, singular and plural ("arbeitete", "waren"). */
const pastForms = new Set(
  infinitives.flatMap((verb) => [form(verb, 'past', 'sg'), form(verb, 'past', 'pl')]),
);
/** Present singular; the plural present equals the infinitive ("zu arbeiten"), so only "sind". */
const presentForms = new Set([...infinitives.map((verb) => form(verb, 'present', 'sg')), 'sind']);
const auxiliaries = new Set(['ist', 'sind', 'hat', 'haben', 'wird', 'werden']);
const pastAuxiliaries = new Set(['war', 'waren', 'hatte', 'hatten', 'wurde', 'wurden']);
/** Words before which a "-te" form is an adjective ("eine motivierte Mitarbeiterin"). */
const attributive = new Set(
  'ein eine einer einen einem eines der die das den dem des sehr äußerst hoch besonders'.split(' '),
);

/**
 * A past participle or a "zu" infinitive ("gearbeitet", "erledigt", "engagiert", "übertroffen",
 * "hervorzuheben"). Strong participles with an inseparable prefix end in -en like the infinitive; next
 * to "hat"/"ist" they are read as the Perfekt, which is what such a sentence almost always is.
 */
const participleLike =
  /^(?:ge\p{L}{2,}(?:t|en)|\p{L}+iert|(?:be|er|ver|ent|zer|über|unter|miss|emp)\p{L}+(?:t|en)|\p{L}+ge\p{L}+(?:t|en)|\p{L}+zu\p{L}+en|gewesen|worden)$/u;

const wordsOf = (text: string) => text.match(/\p{L}+/gu) ?? [];

function pastVerb(text: string): string | undefined {
  const words = wordsOf(text);
  return words.find(
    (word, index) =>
      pastForms.has(word) &&
      !(word.endsWith('te') && attributive.has((words[index - 1] ?? '').toLowerCase())),
  );
}

function presentVerb(text: string): string | undefined {
  const words = wordsOf(text);
  const hasParticiple = words.some((word) => participleLike.test(word));
  const hasAuxiliary = words.some((word) => auxiliaries.has(word) || pastAuxiliaries.has(word));
  return words.find((word) => {
    if (!presentForms.has(word)) return false;
    if (auxiliaries.has(word)) return !hasParticiple; // "hat … gearbeitet" is the Perfekt: past
    if (participleLike.test(word)) return !hasAuxiliary; // "hat … erledigt", "war bemüht"
    return true;
  });
}

/** Assessment sentences the user wrote (performance and behaviour overrides). */
export const tenseMismatchRule: CheckRule = ({ input, document }) => {
  const isInterim = input.kind === 'interim';
  return overrideFreeTexts(document)
    .filter((source) => /^(?:performance|behaviour)\./u.test(source.sentenceId ?? ''))
    .flatMap((source): CertificateIssue[] => {
      const verb = isInterim ? pastVerb(source.text) : presentVerb(source.text);
      if (verb === undefined) return [];
      const message = isInterim
        ? `Dieser selbst formulierte Satz steht offenbar in der Vergangenheit („${verb}“). Ein Zwischenzeugnis beurteilt in der Gegenwart; die Vergangenheitsform kann so gelesen werden, als sei die Person bereits ausgeschieden.`
        : `Dieser selbst formulierte Satz steht offenbar in der Gegenwart („${verb}“). Ein Endzeugnis beurteilt in der Vergangenheit; bitte passen Sie die Zeitform an.`;
      return [
        {
          code: 'free_text.tense_mismatch',
          severity: 'warning',
          message,
          ...locationOf(source),
          evidence: verb,
        },
      ];
    });
};
