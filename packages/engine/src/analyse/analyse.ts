// analyseCertificate: reads the plain text of any German certificate and reports the grade each part
// signals, the summary and closing, the kind and exit reason, and hedged flags (requirement C16).
import { performanceCategories, type RatingCategory } from '@zeugnisdesk/shared';
import { analyseWords, type AnalysedSentence } from './analysed-sentence.js';
import type { AnalysedSentenceResult, AnalysisResult, GradeRange, SentenceRole } from './analyse.types.js';
import { collectFlags } from './analyse.flags.js';
import { readClosing } from './closing.reading.js';
import {
  readBehaviourGrade,
  readPerformanceGrade,
  readSummaryGrade,
  type GradeReading,
} from './grade.reading.js';
import { readExitReason, readKind } from './kind.reading.js';
import { canonicalOrder, classifySentence, groupsNamed } from './sentence.classify.js';
import { splitSentences } from './sentences.js';

interface Evidence {
  reading: GradeReading;
  text: string;
}

/** Mean of the readings, an exact half rounded to the better grade; the range spans all readings. */
function combine(evidence: readonly Evidence[]): GradeRange {
  const mean = evidence.reduce((sum, item) => sum + item.reading.grade, 0) / evidence.length;
  return {
    grade: Math.ceil(mean - 0.5),
    min: Math.min(...evidence.map((item) => item.reading.min)),
    max: Math.max(...evidence.map((item) => item.reading.max)),
    evidence: evidence.map((item) => item.text).join(' … '),
  };
}

/**
 * Several formula sentences: the one with „Zufriedenheit“ (or else the last) is the summary; the others
 * speak about the results ("erbrachte Leistungen, die weit über unseren Erwartungen lagen").
 */
function preferOneSummary(
  classified: { role: string; categories: RatingCategory[]; words: AnalysedSentence }[],
): void {
  const candidates = classified.filter((item) => item.role === 'summary');
  if (candidates.length < 2) return;
  const satisfaction = candidates.filter((item) => / zufrieden/u.test(item.words.padded));
  const keep = new Set(satisfaction.length > 0 ? satisfaction : candidates.slice(-1));
  // A summary may take two sentences in a row: after a satisfaction formula ("… Zufriedenheit. Ihre
  // Leistungen fanden höchste Anerkennung."), or before the last formula when there is none.
  const step = satisfaction.length > 0 ? 1 : -1;
  for (const kept of [...keep]) {
    // Only a follow-up without a formula of its own ("… fanden höchste Anerkennung") pulls in the one before.
    if (step < 0 && / erwartung/u.test(kept.words.padded)) continue;
    for (let index = classified.indexOf(kept) + step; classified[index]?.role === 'summary'; index += step) {
      keep.add(classified[index] as (typeof classified)[number]);
    }
  }
  for (const item of candidates) {
    if (keep.has(item)) continue;
    item.role = 'assessment';
    item.categories = ['result'];
  }
}

const headings = new Set([
  'zeugnis',
  'arbeitszeugnis',
  'zwischenzeugnis',
  'ausbildungszeugnis',
  'dienstzeugnis',
  'endzeugnis',
  'praktikumszeugnis',
]);
/** "Arbeitszeugnis", "Qualifiziertes Arbeitszeugnis", "Zwischenzeugnis" … on a line of their own. */
const isHeading = (text: string) => {
  const words = text.trim().toLowerCase().split(/\s+/);
  return (
    words.length <= 2 &&
    headings.has(words.at(-1) ?? '') &&
    (words.length === 1 || ['qualifiziertes', 'einfaches'].includes(words[0] ?? ''))
  );
};

const performanceKeys: readonly RatingCategory[] = performanceCategories;

export function analyseCertificate(text: string): AnalysisResult {
  const parts = splitSentences(text);
  const byCategory = new Map<RatingCategory, Evidence[]>();
  const summary: Evidence[] = [];
  const closingSentences: AnalysedSentence[] = [];
  const behaviourSentences: AnalysedSentence[] = [];
  const sentences: AnalysedSentenceResult[] = [];

  const classified = parts.map((part) => {
    const words = analyseWords(part.text);
    return { part, words, ...classifySentence(words, part.isListItem) };
  });
  preferOneSummary(classified);

  type Previous = { paragraph: number; role: SentenceRole; categories: RatingCategory[] };
  let previous = null as Previous | null;
  let lastAssessed = -1;
  for (const item of classified) {
    const { part, words, isFormula, score } = item;
    let { role, categories } = item;
    // Certificates assess in a conventional order: a tie goes to the category that comes next.
    if (item.tied && item.tied.length > 1) {
      const next =
        item.tied.find((category) => canonicalOrder.indexOf(category) > lastAssessed) ??
        item.tied.find((category) => canonicalOrder.indexOf(category) >= lastAssessed);
      categories = [next ?? (item.tied[0] as RatingCategory)];
    }
    // "Ihre verbindliche Art wird von ihnen sehr geschätzt." continues the sentence before it.
    if (role === 'other' && previous?.paragraph === part.paragraph && previous.categories.length > 0) {
      role = previous.role;
      categories = previous.categories;
    }
    let grade: number | null = null;
    let finalRole: SentenceRole = role;
    if (role === 'summary') {
      const reading = readSummaryGrade(words);
      summary.push({ reading, text: part.text });
      grade = reading.grade;
    } else if (role === 'behaviour' || role === 'assessment') {
      const reading: GradeReading | null =
        role === 'behaviour'
          ? readBehaviourGrade(words)
          : isFormula
            ? readSummaryGrade(words)
            : // A plain statement about the category ("Auf sie ist Verlass.") is an average assessment.
              (readPerformanceGrade(words) ??
              (score >= (categories[0] === 'leadership' ? 5 : 3) ? { grade: 3, min: 3, max: 3 } : null));
      if (reading) {
        grade = reading.grade;
        for (const category of categories) {
          byCategory.set(category, [...(byCategory.get(category) ?? []), { reading, text: part.text }]);
        }
        if (role === 'behaviour') behaviourSentences.push(words);
      } else {
        finalRole = 'description';
      }
    } else if (role === 'closing') {
      closingSentences.push(words);
    }
    sentences.push({ text: part.text, role: finalRole, categories: grade === null ? [] : categories, grade });
    previous = grade === null ? null : { paragraph: part.paragraph, role: finalRole, categories };
    if (grade !== null && finalRole === 'assessment') {
      lastAssessed = Math.max(
        lastAssessed,
        canonicalOrder.indexOf(categories[0] as (typeof canonicalOrder)[number]),
      );
    }
  }

  // The heading ("Arbeitszeugnis", "Zwischenzeugnis" …) may follow a letterhead; the introduction is
  // the sentence after it.
  const headingIndex = parts.slice(0, 15).findIndex((part) => isHeading(part.text));
  const heading = analyseWords(headingIndex >= 0 ? (parts[headingIndex]?.text ?? '') : '');
  // Only the first sentence says what the certificate is; later ones may tell of an earlier apprenticeship.
  const introduction = analyseWords(parts[headingIndex + 1]?.text ?? '');
  const kind = readKind(() => analyseWords(text), heading, introduction);
  const exitReason = readExitReason(closingSentences, kind);
  const categories: AnalysisResult['categories'] = {};
  for (const [category, evidence] of byCategory) categories[category] = combine(evidence);

  const performance = performanceKeys.flatMap((key) => byCategory.get(key) ?? []);
  let overall: GradeRange | null = null;
  if (summary.length > 0) overall = combine(summary);
  else if (performance.length > 0) overall = combine(performance);

  const closing = readClosing(closingSentences, kind, exitReason === 'apprenticeship_taken_over');
  const flags = collectFlags({
    kind,
    overall,
    hasSummary: summary.length > 0,
    categories,
    closing,
    exitReason,
    behaviourGroups: behaviourSentences.map(groupsNamed),
    behaviourTexts: behaviourSentences.map((sentence) => sentence.text),
    text,
  });
  return { kind, exitReason, overall, categories, closing, flags, sentences };
}
