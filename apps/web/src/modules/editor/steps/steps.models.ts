// The pure rules of the editor's step forms (Daten, Werdegang, Bewertung): how an input's text becomes
// a content value, how changing the kind of certificate keeps the content valid, the lists (add,
// remove, move), the job profile choice and its suggestions, and which composed sentence belongs to
// which rating. Every change is an updater `(content) => content`, as the editor page expects.
import { deriveOverallGrade, type JobProfile } from '@zeugnisdesk/engine';
import {
  apprenticeshipExitReasons,
  finalExitReasons,
  performanceCategories,
  type CertificateKind,
  type ExitReason,
  type Gender,
  type Grade,
  type PowerOfAttorney,
  type RatingCategory,
} from '@zeugnisdesk/shared';
import type { ContentUpdate, EditorContent } from '../editor.types';

type Employee = EditorContent['employee'];
type Employer = EditorContent['employer'];
type Employment = EditorContent['employment'];
type Address = NonNullable<Employer['address']>;
export type Position = EditorContent['positions'][number];
export type Training = EditorContent['trainings'][number];
export type Signature = EditorContent['signatures'][number];
export type Closing = NonNullable<EditorContent['closing']>;

// Limits of the input contract (CONTRACTS §1), so the forms stop where the server would refuse.
export const maxListEntries = 40;
export const maxPhraseLength = 600;
export const maxPositions = 30;
export const maxTrainings = 40;
export const maxSignatures = 2;

// Text and numbers ----------------------------------------------------------------------------------

/** The text an input shows for a content value: null and undefined show as empty. */
export function inputText(value: string | null | undefined): string {
  return value ?? '';
}

/**
 * An optional field's value from its input: blank becomes null (the field is left out), anything else
 * stays as typed, spaces included, so that typing „Dr. “ on the way to „Dr. med.“ is not cut short.
 */
export function nullableText(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** A date input's value ('' when cleared) as an optional ISO date. */
export function nullableDate(value: string): string | null {
  return value === '' ? null : value;
}

/** A number input's value (a number, or the text while it is not one) as an optional whole number. */
export function nullableInteger(value: number | string): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  const text = value.trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

// Updaters of one part of the content -----------------------------------------------------------------

export function patchEmployee(patch: Partial<Employee>): ContentUpdate {
  return (content) => ({ ...content, employee: { ...content.employee, ...patch } });
}

export function patchEmployer(patch: Partial<Employer>): ContentUpdate {
  return (content) => ({ ...content, employer: { ...content.employer, ...patch } });
}

export function patchEmployment(patch: Partial<Employment>): ContentUpdate {
  return (content) => ({ ...content, employment: { ...content.employment, ...patch } });
}

export type AddressField = 'street' | 'postalCode' | 'city';

/** One line of the employer's address; an address with nothing left in it becomes null. */
export function setAddressField(field: AddressField, value: string): ContentUpdate {
  return (content) => {
    const current: Address = content.employer.address ?? {};
    const address: Address = { ...current, [field]: nullableText(value) };
    const isEmpty = Object.values(address).every((part) => part === null || part === undefined);
    return { ...content, employer: { ...content.employer, address: isEmpty ? null : address } };
  };
}

// Kind of certificate and exit ----------------------------------------------------------------------

/** The exit reasons allowed for a kind (an interim certificate has none). */
export function exitReasonsFor(kind: CertificateKind): readonly ExitReason[] {
  if (kind === 'final') return finalExitReasons;
  if (kind === 'apprenticeship') return apprenticeshipExitReasons;
  return [];
}

/** The exit reason a select shows: no reason means the same as „none“ (only the end date). */
export function exitReasonChoice(content: EditorContent): ExitReason {
  return content.employment.exitReason ?? 'none';
}

/**
 * Changes the kind and keeps the content valid: an interim certificate has no end date, exit reason
 * or exam result but an occasion (the employee's request unless one is set); a final or apprenticeship
 * certificate has an end date (the issue date, the usual choice, unless one is set), no occasion, and
 * an exit reason allowed for it or none. Regret is no part of an interim closing.
 */
export function changeKind(kind: CertificateKind): ContentUpdate {
  return (content) => {
    if (content.kind === kind) return content;
    const { employment } = content;
    if (kind === 'interim') {
      return {
        ...content,
        kind,
        examResult: null,
        closing: content.closing ? { ...content.closing, regret: false } : content.closing,
        employment: {
          ...employment,
          endDate: null,
          exitReason: null,
          interimReason: employment.interimReason ?? 'employee_request',
        },
      };
    }
    const allowed = exitReasonsFor(kind);
    const exitReason =
      employment.exitReason && allowed.includes(employment.exitReason) ? employment.exitReason : null;
    return {
      ...content,
      kind,
      examResult: kind === 'apprenticeship' ? (content.examResult ?? null) : null,
      employment: {
        ...employment,
        endDate: employment.endDate ?? content.issueDate,
        exitReason,
        interimReason: null,
        interimReasonText: null,
      },
    };
  };
}

/** Switching the manager flag off also drops the staff count, which only a manager may have. */
export function setManager(isManager: boolean): ContentUpdate {
  return patchEmployment(isManager ? { isManager } : { isManager, staffCount: null });
}

/** Power of attorney as a choice: „none“ is null in the content. */
export type PowerOfAttorneyChoice = PowerOfAttorney | 'none';

export function powerOfAttorneyChoice(content: EditorContent): PowerOfAttorneyChoice {
  return content.employment.powerOfAttorney ?? 'none';
}

export function setPowerOfAttorney(choice: PowerOfAttorneyChoice): ContentUpdate {
  return patchEmployment({ powerOfAttorney: choice === 'none' ? null : choice });
}

// Exam result and closing ---------------------------------------------------------------------------

export const examGrades = [1, 2, 3, 4, 5, 6] as const;

/** The examining body a new exam result starts with: the profile's chamber where it is a name. */
export function defaultChamber(profile: JobProfile | undefined): string {
  const chamber = profile?.apprenticeship?.chamber;
  return chamber === 'IHK' || chamber === 'HWK' || chamber === 'Ärztekammer' ? chamber : '';
}

/** Sets the exam grade (null: the certificate does not mention the exam); the chamber is kept. */
export function setExamGrade(grade: number | null, chamber: string): ContentUpdate {
  return (content) => ({
    ...content,
    examResult:
      grade === null ? null : { grade, chamber: content.examResult ? content.examResult.chamber : chamber },
  });
}

export function setExamChamber(chamber: string): ContentUpdate {
  return (content) =>
    content.examResult ? { ...content, examResult: { ...content.examResult, chamber } } : content;
}

/**
 * The closing to start from when the user stops the automatic one: exactly the blocks the automatic
 * closing writes now (read from the composed certificate), so that switching changes no text.
 */
export function currentClosing(sentenceOf: (sentenceId: string) => string | null): Closing {
  return {
    regret: sentenceOf('closing.regret') !== null,
    thanks: sentenceOf('closing.thanks') !== null,
    wishes: sentenceOf('closing.wishes') !== null,
  };
}

export function setClosingAutomatic(
  automatic: boolean,
  sentenceOf: (sentenceId: string) => string | null,
): ContentUpdate {
  return (content) => ({ ...content, closing: automatic ? null : currentClosing(sentenceOf) });
}

export function setClosingBlock(block: keyof Closing, value: boolean): ContentUpdate {
  return (content) =>
    content.closing ? { ...content, closing: { ...content.closing, [block]: value } } : content;
}

// Lists ---------------------------------------------------------------------------------------------

export function replaceItem<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, position) => (position === index ? item : current));
}

export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, position) => position !== index);
}

/** Moves an entry one place up (-1) or down (+1); at either end the list stays as it is. */
export function moveItem<T>(list: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/**
 * Where the focus goes after an entry moved: the same button at the entry's new place, or the other
 * one where the entry reached an end of the list (the button it pressed is disabled there).
 */
export function buttonAfterMove(
  index: number,
  offset: -1 | 1,
  count: number,
): { index: number; button: 'up' | 'down' } {
  const target = Math.min(Math.max(index + offset, 0), count - 1);
  if (offset === -1) return { index: target, button: target === 0 ? 'down' : 'up' };
  return { index: target, button: target === count - 1 ? 'up' : 'down' };
}

/** Where the focus goes after an entry was removed: the entry now in its place, else the one before. */
export function indexAfterRemove(index: number, countAfter: number): number | null {
  if (countAfter === 0) return null;
  return Math.min(index, countAfter - 1);
}

/** A list phrase is one line: line breaks (typed or pasted) become single spaces. */
export function singleLine(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

/** Appends an entry unless the list is full. */
export function appendItem<T>(list: readonly T[], item: T, max: number): T[] {
  return list.length >= max ? [...list] : [...list, item];
}

/** The day after an ISO date (calendar arithmetic, no clock). */
export function dayAfter(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1));
  return date.toISOString().slice(0, 10);
}

/** A new career station: it begins the day after the previous one ends, the first one on entry. */
export function newPosition(content: EditorContent): Position {
  const previous = content.positions.at(-1);
  const from = previous ? (previous.to ? dayAfter(previous.to) : '') : content.employment.startDate;
  return { from, to: null, jobTitle: '', department: null };
}

export function newTraining(): Training {
  return { title: '', year: null };
}

export function newSignature(): Signature {
  return { name: '', function: '' };
}

/** Adds a second signer (at most two). */
export function addSignature(): ContentUpdate {
  return (content) => ({
    ...content,
    signatures: appendItem(content.signatures, newSignature(), maxSignatures),
  });
}

/** Removes a signer, but never the last one: a certificate needs a signature. */
export function removeSignature(index: number): ContentUpdate {
  return (content) =>
    content.signatures.length <= 1
      ? content
      : { ...content, signatures: removeItem(content.signatures, index) };
}

// Job profiles and their suggestions ----------------------------------------------------------------

/**
 * Choosing a job profile (null: none). An empty job title takes the profile's title for the
 * employee's gender, so the common case needs one choice instead of two.
 */
export function chooseJobProfile(profile: JobProfile | null): ContentUpdate {
  return (content) => {
    const fillTitle = profile !== null && content.employment.jobTitle.trim() === '';
    return {
      ...content,
      employment: {
        ...content.employment,
        jobProfile: profile ? profile.id : null,
        ...(fillTitle ? { jobTitle: profile.titles[content.employee.gender] } : {}),
      },
    };
  };
}

/**
 * Changing the gender also changes a job title that is the job profile's title for the old gender
 * („Disponent“ → „Disponentin“); a title the user wrote stays as it is.
 */
export function changeGender(gender: Gender, profile: JobProfile | undefined): ContentUpdate {
  return (content) => {
    const { jobTitle } = content.employment;
    const followsProfile = profile !== undefined && jobTitle === profile.titles[content.employee.gender];
    return {
      ...content,
      employee: { ...content.employee, gender },
      employment: followsProfile
        ? { ...content.employment, jobTitle: profile.titles[gender] }
        : content.employment,
    };
  };
}

export interface Suggestion {
  text: string;
  /** Already in the list (compared without case and surrounding spaces). */
  added: boolean;
}

const phraseKey = (text: string) => text.trim().toLocaleLowerCase('de');

/** Suggested phrases with whether each is already in the list. */
export function suggestionsFor(phrases: readonly string[], list: readonly string[]): Suggestion[] {
  const present = new Set(list.map(phraseKey));
  return phrases.map((text) => ({ text, added: present.has(phraseKey(text)) }));
}

/** Adds suggested phrases that are not in the list yet, in their order, as far as the list has room. */
export function addPhrases(list: readonly string[], phrases: readonly string[]): string[] {
  const present = new Set(list.map(phraseKey));
  const next = [...list];
  for (const phrase of phrases) {
    if (next.length >= maxListEntries) break;
    if (present.has(phraseKey(phrase))) continue;
    present.add(phraseKey(phrase));
    next.push(phrase);
  }
  return next;
}

// Ratings -------------------------------------------------------------------------------------------

/**
 * The id of the composed sentence that expresses each rating (checked against the composer in the
 * tests): `performance.<category>` for performance, `behaviour.<category>` for conduct.
 */
export const ratingSentenceIds: Readonly<Record<RatingCategory, string>> = {
  willingness: 'performance.willingness',
  ability: 'performance.ability',
  knowledge: 'performance.knowledge',
  training: 'performance.training',
  workStyle: 'performance.workStyle',
  result: 'performance.result',
  leadership: 'performance.leadership',
  behaviourInternal: 'behaviour.behaviourInternal',
  behaviourExternal: 'behaviour.behaviourExternal',
};

/** The performance categories the form shows: leadership only for managers, never for apprentices. */
export function visiblePerformanceCategories(content: EditorContent): RatingCategory[] {
  return performanceCategories.filter(
    (category) =>
      category !== 'leadership' || (content.employment.isManager && content.kind !== 'apprenticeship'),
  );
}

export const visibleBehaviourCategories: readonly RatingCategory[] = [
  'behaviourInternal',
  'behaviourExternal',
];

export const grades = [1, 2, 3, 4, 5] as const satisfies readonly Grade[];

/** A grade as a segmented control's value, and back: „none“ is not rated (null). */
export type GradeChoice = 'none' | '1' | '2' | '3' | '4' | '5';

export function gradeChoice(grade: number | null | undefined): GradeChoice {
  return grade === null || grade === undefined ? 'none' : (String(grade) as GradeChoice);
}

export function gradeOfChoice(choice: string): Grade | null {
  const grade = Number(choice);
  return (grades as readonly number[]).includes(grade) ? (grade as Grade) : null;
}

export function setRating(category: RatingCategory, grade: Grade | null): ContentUpdate {
  return (content) => ({ ...content, ratings: { ...content.ratings, [category]: grade } });
}

/** Sets every category the form shows to one grade; hidden ones (leadership) stay as they are. */
export function setAllRatings(grade: Grade): ContentUpdate {
  return (content) => {
    const ratings = { ...content.ratings };
    for (const category of [...visiblePerformanceCategories(content), ...visibleBehaviourCategories]) {
      ratings[category] = grade;
    }
    return { ...content, ratings };
  };
}

/** The overall grade the certificate would state without an explicit one (null: nothing rated). */
export function automaticOverallGrade(content: EditorContent): Grade | null {
  return deriveOverallGrade(content);
}
