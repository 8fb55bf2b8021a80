// Decides what a sentence is: description, a category assessment, the summary, behaviour, or closing.
import { performanceCategories, type RatingCategory } from '@zeugnisdesk/shared';
import {
  analyseWords,
  createScorer,
  findSignal,
  hasSignal,
  type AnalysedSentence,
} from './analysed-sentence.js';
import {
  adequacySignals,
  constancySignals,
  excellenceSignals,
  goodSignals,
  restrictionSignals,
} from './grade-signals.js';
import {
  behaviourGroups,
  behaviourSignals,
  categorySignals,
  type AssessedCategory,
} from './category-signals.js';
import { isRequirementsFormula, isSummarySentence } from './grade.reading.js';
import type { SentenceRole } from './analyse.types.js';

export interface SentenceClass {
  role: SentenceRole;
  categories: RatingCategory[];
  /** Worded as a satisfaction or expectation formula: graded on the summary scale. */
  isFormula: boolean;
  /** How strongly the words point at the category (0 when none). */
  score: number;
  /** Categories that score as high as the chosen one, in canonical order. */
  tied?: AssessedCategory[];
}

/** The conventional order of the performance assessment (domain guide §2.1). */
export const canonicalOrder: readonly AssessedCategory[] = performanceCategories;

const closingSignals = [
  'danken',
  'danke',
  'dank für',
  'unseren dank',
  'dank aus',
  'bedanken',
  'herzlichen dank',
  'besonderen dank',
  'bedauern*',
  'bedauert*',
  'wünschen',
  'wünsche*',
  'alles gute',
  'freuen uns',
  'freut uns',
  'ausscheiden*',
  'verlässt uns',
  'verlässt unser',
  'verließ uns',
  'verließ unser',
  'scheidet',
  'schied',
  'endet',
  'endete',
  'enden',
  'ruhestand',
  'zwischenzeugnis*',
  'auf eigenen wunsch',
  'abschlussprüfung*',
  'gesellenprüfung*',
  'prüfung',
  'weiterbeschäftig*',
  'in ein arbeitsverhältnis',
  'arbeitsverhältnis*',
  'ausbildungsverhältnis*',
  'elternzeit',
  'rückkehr',
  'zukunft',
  'lebensweg*',
  'berufsweg*',
  'weitere zusammenarbeit',
  'weiteren zusammenarbeit',
];

/** Words that only ever describe facts: such a sentence is never read as an assessment. */
const factSignals = [
  'geboren',
  'ziel der ausbildung',
  'zum ziel',
  'in dieser funktion',
  'personalverantwortung',
  'prokura',
  'handlungsvollmacht',
  'aufgaben gehör*',
  'zu den aufgaben',
  'zu seinen aufgaben',
  'zu ihren aufgaben',
  'wir sind',
  'trat am',
  'war vom',
  'ist seit',
  'seit dem',
  'vom',
  'ausbildung als',
  'ausgebildet',
  'dabei absolvierte',
  'dabei absolviert',
  'unternehmen mit',
  'beschäftigen wir',
  'beschäftigt rund',
  'gehörte dem team',
  'gehört dem team',
  'unterstellt',
  'berichtete an',
  'berichtet an',
];

const gradeBearing = [
  ...constancySignals,
  ...excellenceSignals,
  ...goodSignals,
  ...adequacySignals,
  ...restrictionSignals,
];

const descriptionSignals = [
  'geboren',
  'beschäftigt',
  'eingetreten',
  'trat am',
  'tätig',
  'aufgaben gehör*',
  'aufgabengebiet umfass*',
  'aufgabenbereich umfass*',
  'folgende*',
  'insbesondere folgende*',
  'verantwortlich für',
  'prokura',
  'handlungsvollmacht',
  'personalverantwortung',
  'ausbildung als',
  'ausbildungsberuf*',
  'ziel der ausbildung',
  'wir sind',
  'unternehmen ist',
  'stationen',
  'zunächst',
  'anschließend',
  'team von',
  'dabei absolvierte',
  'hervorzuheben ist',
  'hervorzuheben sind',
  'als besonderer erfolg',
  'besonders hervorzuheben',
  'insbesondere',
];

export const groupsNamed = (sentence: AnalysedSentence) => ({
  superiors: findSignal(sentence, behaviourGroups.superiors) !== undefined,
  colleagues: findSignal(sentence, behaviourGroups.colleagues) !== undefined,
  external: findSignal(sentence, behaviourGroups.external) !== undefined,
});

const scoreCategories = createScorer(categorySignals);

function categoryScores(sentence: AnalysedSentence): [AssessedCategory, number][] {
  const scores = scoreCategories(sentence);
  return (Object.keys(categorySignals) as AssessedCategory[]).map((category) => [
    category,
    scores.get(category) ?? 0,
  ]);
}

/** "Zu seinen Aufgaben gehörten:", "Hervorzuheben ist: …" — but not "Sein Engagement war herausragend: …". */
function isListLead(sentence: AnalysedSentence): boolean {
  const colon = sentence.text.indexOf(':');
  if (colon < 0) return false;
  if (sentence.text.trimEnd().endsWith(':')) return true;
  const lead = analyseWords(sentence.text.slice(0, colon));
  return findSignal(lead, descriptionSignals) !== undefined || findSignal(lead, gradeBearing) === undefined;
}

const none = (role: SentenceRole): SentenceClass => ({ role, categories: [], isFormula: false, score: 0 });

export function classifySentence(sentence: AnalysedSentence, isListItem: boolean): SentenceClass {
  if (isListItem) return none('description');
  const isSummary = isSummarySentence(sentence);
  const isFormula = isSummary || isRequirementsFormula(sentence);
  if (!isFormula && findSignal(sentence, closingSignals)) return none('closing');
  // A lead-in to a list ("… folgende Aufgaben:") or an item after a colon describes; it does not assess.
  if (!isFormula && (isListLead(sentence) || findSignal(sentence, factSignals))) return none('description');

  const groups = groupsNamed(sentence);
  const scores = categoryScores(sentence);
  const bestScore = Math.max(...scores.map(([, score]) => score));
  // Ties are kept in canonical order; the analyser resolves them by the order of the certificate.
  const tied = canonicalOrder.filter((category) =>
    scores.some(([candidate, score]) => candidate === category && score === bestScore && score > 0),
  );
  const best = canonicalOrder.find((category) => tied.includes(category)) ?? 'willingness';
  // "Ihre Lernbereitschaft entsprach weitgehend unseren Erwartungen": a formula about one category.
  if (isSummary) {
    return bestScore >= 4 || (bestScore >= 2 && !hasSignal(sentence, 'leistungen'))
      ? { role: 'assessment', categories: [best], isFormula, score: bestScore, tied }
      : { role: 'summary', categories: [], isFormula, score: 0 };
  }
  const leadership = scores.find(([category]) => category === 'leadership')?.[1] ?? 0;
  const namesGroup = groups.superiors || groups.colleagues || groups.external;
  if (
    (findSignal(sentence, behaviourSignals) && namesGroup) ||
    (groups.superiors && groups.colleagues && bestScore < 3)
  ) {
    const categories: RatingCategory[] = [];
    if (groups.superiors || groups.colleagues || (!groups.external && leadership > 0))
      categories.push('behaviourInternal');
    if (groups.external) categories.push('behaviourExternal');
    if (leadership < 4 || categories.length > 0)
      return { role: 'behaviour', categories, isFormula, score: 4 };
  }
  if (bestScore === 0) {
    // "Sie erfüllte die an sie gestellten Anforderungen in vollem Umfang." speaks of the result.
    if (isFormula) return { role: 'assessment', categories: ['result'], isFormula, score: 1 };
    return none(findSignal(sentence, descriptionSignals) ? 'description' : 'other');
  }
  const describes = findSignal(sentence, descriptionSignals) !== undefined;
  return { role: 'assessment', categories: [best], isFormula, score: describes ? 0 : bestScore, tied };
}
