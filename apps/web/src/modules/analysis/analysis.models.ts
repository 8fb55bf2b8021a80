// The pure parts of the analysis page: grades and ranges as shown, the sections in certificate order,
// the closing's building blocks, flags by severity, checks before sending, error texts, and the
// analysed text cut into paragraphs with each sentence located in it (for the highlighting).
import { errorMessageKey, isApiError, type ErrorMessageKey } from '../../app/api/api-client.models';
import {
  exitReasons,
  ratingCategories,
  type AnalysisExitReason,
  type AnalysisFlag,
  type AnalysedSentence,
  type ClosingAnalysis,
  type FlagSeverity,
  type GradeRange,
  type RatingCategory,
} from './analysis.types';

/** The API's limits (the server checks them too; the page says so before sending). */
export const maxTextLength = 100_000;
export const maxPdfBytes = 5 * 1024 * 1024;

export const grades = [1, 2, 3, 4, 5] as const;
export type GradeValue = (typeof grades)[number];

/** A whole grade on the 1 … 5 scale, or null (a value the page has no word for). */
export function asGrade(value: number | null | undefined): GradeValue | null {
  return (grades as readonly number[]).includes(value as number) ? (value as GradeValue) : null;
}

/** The range a grade reading allows, best first: min/max swapped if needed, the estimate when absent. */
export function gradeSpan(range: Pick<GradeRange, 'grade' | 'min' | 'max'>): { from: number; to: number } {
  const min = Number.isFinite(range.min) ? range.min : range.grade;
  const max = Number.isFinite(range.max) ? range.max : range.grade;
  return { from: Math.min(min, max), to: Math.max(min, max) };
}

const formatNumber = (value: number) =>
  Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',');

/** „2“, or „2–3“ when the wording allows a range (half grades are shown as ranges). */
export function formatGradeSpan(range: Pick<GradeRange, 'grade' | 'min' | 'max'>): string {
  const { from, to } = gradeSpan(range);
  return from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`;
}

/** The tint of a grade in the highlighting and badges (the number is always shown beside it). */
export function gradeColor(grade: number | null): string {
  switch (Math.round(grade ?? 0)) {
    case 1:
      return 'green';
    case 2:
      return 'cyan';
    case 3:
      return 'yellow';
    case 4:
      return 'orange';
    case 5:
    case 6:
      return 'red';
    default:
      return 'gray';
  }
}

export interface AssessedCategory {
  key: string;
  /** Null for a key this page does not know (a newer server); shown by its key then. */
  category: RatingCategory | null;
  range: GradeRange;
}

const isRatingCategory = (key: string): key is RatingCategory =>
  (ratingCategories as readonly string[]).includes(key);

/** The assessed sections in certificate order; unknown keys at the end, as sent. */
export function assessedCategories(categories: Partial<Record<string, GradeRange>>): AssessedCategory[] {
  const known = ratingCategories.flatMap((key) => {
    const range = categories[key];
    return range ? [{ key, category: key, range }] : [];
  });
  const unknown = Object.entries(categories).flatMap(([key, range]) =>
    !isRatingCategory(key) && range ? [{ key, category: null, range }] : [],
  );
  return [...known, ...unknown];
}

/**
 * The usual sections the text does not assess. Leadership is left out: only managers are rated on it
 * (the analysis flags a missing one when the text speaks of staff).
 */
export function unassessedCategories(categories: Partial<Record<string, GradeRange>>): RatingCategory[] {
  return ratingCategories.filter((key) => key !== 'leadership' && !categories[key]);
}

export type ClosingPart = 'regret' | 'thanks' | 'careerWishes' | 'privateWishes' | 'successWish';

/**
 * The building blocks of the closing and whether the text has them: Bedauern, Dank, and the wishes
 * (beruflich, privat, Erfolg). Wishes the engine saw without telling which kind count as career wishes.
 */
export function closingParts(closing: ClosingAnalysis): { part: ClosingPart; present: boolean }[] {
  const anyKind = closing.careerWishes || closing.privateWishes || closing.successWish;
  return [
    { part: 'regret', present: closing.regret },
    { part: 'thanks', present: closing.thanks },
    { part: 'careerWishes', present: closing.careerWishes || (closing.wishes && !anyKind) },
    { part: 'privateWishes', present: closing.privateWishes },
    { part: 'successWish', present: closing.successWish },
  ];
}

const severityOrder: Record<FlagSeverity, number> = { error: 0, warning: 1, info: 2 };

/** The severity as the page knows it; anything else is shown as a hint. */
export function flagSeverity(severity: string): FlagSeverity {
  return severity in severityOrder ? (severity as FlagSeverity) : 'info';
}

/** Errors first, then warnings, then hints; the engine's order within each. */
export function sortFlags(flags: readonly AnalysisFlag[]): AnalysisFlag[] {
  return flags
    .map((flag, index) => ({ flag, index }))
    .sort(
      (a, b) =>
        severityOrder[flagSeverity(a.flag.severity)] - severityOrder[flagSeverity(b.flag.severity)] ||
        a.index - b.index,
    )
    .map(({ flag }) => flag);
}

export function isKnownExitReason(value: string | null): value is AnalysisExitReason {
  return value !== null && (exitReasons as readonly string[]).includes(value);
}

/** Why a text cannot be sent, as a locale key; null when it can. */
export function checkText(text: string): 'analysis.errors.emptyText' | 'analysis.errors.textTooLong' | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'analysis.errors.emptyText';
  if (trimmed.length > maxTextLength) return 'analysis.errors.textTooLong';
  return null;
}

/** Why a file cannot be sent, as a locale key; null when it can (whether it is readable, the server decides). */
export function checkPdfFile(
  file: { name: string; type: string; size: number } | null,
):
  | 'analysis.errors.noFile'
  | 'analysis.errors.notPdf'
  | 'analysis.errors.emptyFile'
  | 'analysis.errors.fileTooLarge'
  | null {
  if (!file) return 'analysis.errors.noFile';
  const looksLikePdf = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
  if (!looksLikePdf) return 'analysis.errors.notPdf';
  if (file.size === 0) return 'analysis.errors.emptyFile';
  if (file.size > maxPdfBytes) return 'analysis.errors.fileTooLarge';
  return null;
}

export type AnalysisErrorKey =
  | 'analysis.errors.unreadablePdf'
  | 'analysis.errors.fileTooLarge'
  | 'analysis.errors.notPdf'
  | 'analysis.errors.textRejected'
  | ErrorMessageKey;

/** Every message the input can show: a check before sending, or the server's answer. */
export type AnalysisMessageKey =
  AnalysisErrorKey | NonNullable<ReturnType<typeof checkText>> | NonNullable<ReturnType<typeof checkPdfFile>>;

/** What to tell the user about a failed analysis; the page's own texts first, then the app's. */
export function analysisErrorKey(error: unknown): AnalysisErrorKey {
  if (isApiError(error)) {
    if (error.code === 'analysis.unreadable_pdf') return 'analysis.errors.unreadablePdf';
    if (error.status === 413) return 'analysis.errors.fileTooLarge';
    if (error.status === 415) return 'analysis.errors.notPdf';
    if (error.code === 'validation.failed' || error.code === 'request.invalid')
      return 'analysis.errors.textRejected';
  }
  return errorMessageKey(error);
}

// ——— The text with its sentences ———

export type TextSegment =
  | { kind: 'plain'; text: string }
  | { kind: 'sentence'; text: string; sentence: AnalysedSentence; index: number };

/** Characters the matching skips: white space, soft hyphens and hyphens (the engine joins „Logistik-⏎unternehmen“). */
const isSkipped = (character: string) => /[\s\u00ad\-‐]/u.test(character);

/**
 * Where each sentence stands in the text: [start, end) in `text`, in order. The engine joins lines
 * and removes line-break hyphens, so the match ignores white space and hyphens. A sentence that cannot
 * be found (it should not happen) is left out; its words stay in the text, unmarked.
 */
export function locateSentences(
  text: string,
  sentences: readonly { text: string }[],
): { index: number; start: number; end: number }[] {
  let compact = '';
  const positions: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (isSkipped(character)) continue;
    compact += character;
    positions.push(index);
  }
  const located: { index: number; start: number; end: number }[] = [];
  let cursor = 0;
  sentences.forEach((sentence, index) => {
    const needle = [...sentence.text].filter((character) => !isSkipped(character)).join('');
    if (needle === '') return;
    const at = compact.indexOf(needle, cursor);
    if (at < 0) return;
    located.push({
      index,
      start: positions[at] as number,
      end: (positions[at + needle.length - 1] as number) + 1,
    });
    cursor = at + needle.length;
  });
  return located;
}

const blankLine = /\n[^\S\n]*\n\s*/;

/**
 * The analysed text as paragraphs (split at blank lines) of plain pieces and located sentences, for
 * the highlighting. Line breaks inside a paragraph (list items, the signature) stay in the plain pieces.
 */
export function toParagraphs(text: string, sentences: readonly AnalysedSentence[]): TextSegment[][] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const paragraphs: TextSegment[][] = [[]];
  const addPlain = (plain: string) => {
    plain.split(blankLine).forEach((piece, pieceIndex) => {
      if (pieceIndex > 0) paragraphs.push([]);
      if (piece !== '') (paragraphs.at(-1) as TextSegment[]).push({ kind: 'plain', text: piece });
    });
  };
  let position = 0;
  for (const { index, start, end } of locateSentences(normalized, sentences)) {
    addPlain(normalized.slice(position, start));
    (paragraphs.at(-1) as TextSegment[]).push({
      kind: 'sentence',
      text: normalized.slice(start, end),
      sentence: sentences[index] as AnalysedSentence,
      index,
    });
    position = end;
  }
  addPlain(normalized.slice(position));
  // Trim each paragraph's outer white space; drop paragraphs left empty.
  return paragraphs
    .map((segments) =>
      segments
        .map((segment, index) =>
          segment.kind !== 'plain'
            ? segment
            : {
                ...segment,
                text:
                  index === 0 && index === segments.length - 1
                    ? segment.text.trim()
                    : index === 0
                      ? segment.text.trimStart()
                      : index === segments.length - 1
                        ? segment.text.trimEnd()
                        : segment.text,
              },
        )
        .filter((segment) => segment.kind !== 'plain' || segment.text !== ''),
    )
    .filter((segments) => segments.length > 0);
}

/** The grades that occur in the sentences, for the legend (in scale order). */
export function gradesInSentences(sentences: readonly AnalysedSentence[]): GradeValue[] {
  const seen = new Set(sentences.map((sentence) => asGrade(sentence.grade)));
  return grades.filter((grade) => seen.has(grade));
}

/** A number with the language's digit grouping: 12.345 (de), 12,345 (en). */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE').format(value);
}

/** A file size as people read it: „820 KB“, „1,4 MB“ (de) or „1.4 MB“ (en). */
export function formatFileSize(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  if (bytes < 1024 * 1024) {
    return `${new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
