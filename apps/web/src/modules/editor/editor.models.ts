// The editor's pure logic: validating the content as the server will (with German messages at the
// fields), keeping it consistent while the user edits, composing and checking it with the engine, the
// phrasing choices per sentence, and which status actions a certificate offers.
import {
  checkCertificate,
  composeCertificate,
  sortIssues,
  type Block,
  type CertificateDocument,
  type CertificateIssue,
  type Run,
} from '@zeugnisdesk/engine';
import { certificateInputSchema, type CertificateInput } from '@zeugnisdesk/shared';
import type { ApiError } from '../../app/api/api-client.models';
import type { CertificateOptions, CertificateStatus } from '../certificates/certificates.types';
import { stepOfPath, type EditorStep } from './editor-fields.models';
import type { EditorContent } from './editor.types';

// Validation --------------------------------------------------------------------------------------

export type ProblemKey =
  | 'required'
  | 'tooLong'
  | 'invalidDate'
  | 'tooMany'
  | 'grade'
  | 'examGrade'
  | 'year'
  | 'atLeastOne'
  | 'choose'
  | 'signers'
  | 'endBeforeStart'
  | 'positionDates'
  | 'issueBeforeStart'
  | 'birthAfterStart'
  | 'interimNoEnd'
  | 'interimReasonRequired'
  | 'endRequired'
  | 'onlyInterim'
  | 'onlyApprenticeship'
  | 'onlyManager'
  | 'invalid';

export interface FieldProblem {
  key: ProblemKey;
  values?: Record<string, number>;
}

/** The schema's messages (packages/shared, English for the API) → a German message key. */
const problemPatterns: readonly [RegExp, ProblemKey][] = [
  [/^must not be empty$/, 'required'],
  [/^must be at most (?<max>\d+) characters$/, 'tooLong'],
  [/^must be a date in the form/, 'invalidDate'],
  [/^must have at most (?<max>\d+) entries$/, 'tooMany'],
  [/^must be a grade from 1 to 5$/, 'grade'],
  [/^must be an exam grade/, 'examGrade'],
  [/^must be a year$/, 'year'],
  [/^must be at least 1$/, 'atLeastOne'],
  [/^must name at (least one|most two) signers?$/, 'signers'],
  [/^must be a date before employment\.endDate$/, 'endBeforeStart'],
  [/^must be a date before positions\.\d+\.to$/, 'positionDates'],
  [/^must not be before employment\.startDate$/, 'issueBeforeStart'],
  [/^must be a date before employment\.startDate$/, 'birthAfterStart'],
  [/^must be null for an interim certificate$/, 'interimNoEnd'],
  [/^is required for an interim certificate$/, 'interimReasonRequired'],
  [/^is required for a \w+ certificate$/, 'endRequired'],
  [/^is only allowed for an interim certificate$/, 'onlyInterim'],
  [/^is only allowed for an apprenticeship certificate$/, 'onlyApprenticeship'],
  [/^is only allowed when employment\.isManager is true$/, 'onlyManager'],
  [/^must be one of /, 'choose'],
];

export function problemOf(message: string): FieldProblem {
  for (const [pattern, key] of problemPatterns) {
    const match = pattern.exec(message);
    if (match) {
      const max = match.groups?.max;
      return max ? { key, values: { max: Number(max) } } : { key };
    }
  }
  return { key: 'invalid' };
}

export interface ContentValidation {
  /** The parsed content when it is valid (what the server would store), else null. */
  input: CertificateInput | null;
  /** Problems by input path (`employment.jobTitle`); the first problem of each path. */
  problems: Record<string, FieldProblem>;
}

export function validateContent(content: EditorContent): ContentValidation {
  const result = certificateInputSchema.safeParse(content);
  if (result.success) return { input: result.data, problems: {} };
  const problems: Record<string, FieldProblem> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in problems)) problems[path] = problemOf(issue.message);
  }
  return { input: null, problems };
}

/**
 * Keeps the content valid where one change implies another: without the manager flag there is no
 * leadership rating and no staff count; a simple certificate carries no ratings' overall grade.
 */
export function normaliseContent(content: EditorContent): EditorContent {
  const { employment, ratings } = content;
  if (employment.isManager) return content;
  if (ratings.leadership === null && (employment.staffCount ?? null) === null) return content;
  return {
    ...content,
    employment: { ...employment, staffCount: null },
    ratings: { ...ratings, leadership: null },
  };
}

// Composition -------------------------------------------------------------------------------------

export interface Composition {
  document: CertificateDocument;
  text: string;
  /** The consistency check, most important first. */
  issues: CertificateIssue[];
}

export function composeAndCheck(input: CertificateInput, options: CertificateOptions): Composition {
  const composed = composeCertificate(input, options);
  const issues = sortIssues([...composed.issues, ...checkCertificate(input, composed.document)]);
  return { document: composed.document, text: composed.text, issues: dedupeIssues(issues) };
}

function dedupeIssues(issues: CertificateIssue[]): CertificateIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}|${issue.path ?? ''}|${issue.sentenceId ?? ''}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function blockRuns(block: Block): Run[] {
  if (block.type === 'paragraph') return block.runs;
  if (block.type === 'list') return block.items;
  return [];
}

export interface DocumentSentence {
  sectionId: CertificateDocument['sections'][number]['id'];
  run: Run & { sentenceId: string };
}

/** The document's sentences that carry an id (generated or overridden), in reading order. */
export function documentSentences(document: CertificateDocument): DocumentSentence[] {
  return document.sections.flatMap((section) =>
    section.blocks
      .flatMap(blockRuns)
      .filter((run): run is Run & { sentenceId: string } => run.sentenceId !== undefined)
      .map((run) => ({ sectionId: section.id, run })),
  );
}

/** Sentence id → text of the composed document. */
export function sentenceTexts(document: CertificateDocument): Map<string, string> {
  return new Map(documentSentences(document).map(({ run }) => [run.sentenceId, run.text]));
}

/**
 * Every phrasing the library offers for a sentence, as it would read in this certificate: the
 * document composed once per variant (composition takes well under a millisecond).
 */
export function sentenceAlternatives(
  input: CertificateInput,
  options: CertificateOptions,
  sentenceId: string,
  variantCount: number,
): string[] {
  const overrides = { ...options.overrides };
  delete overrides[sentenceId];
  return Array.from({ length: variantCount }, (_, variant) => {
    const { document } = composeCertificate(input, {
      variants: { ...options.variants, [sentenceId]: variant },
      overrides,
    });
    return sentenceTexts(document).get(sentenceId) ?? '';
  });
}

export function pinVariant(
  options: CertificateOptions,
  sentenceId: string,
  variant: number,
): CertificateOptions {
  const overrides = { ...options.overrides };
  delete overrides[sentenceId];
  return { variants: { ...options.variants, [sentenceId]: variant }, overrides };
}

/** Own text for a sentence; null (or blank text) returns the sentence to the generated phrasing. */
export function overrideSentence(
  options: CertificateOptions,
  sentenceId: string,
  text: string | null,
): CertificateOptions {
  const overrides = { ...options.overrides };
  if (text === null || text.trim() === '') delete overrides[sentenceId];
  else overrides[sentenceId] = text;
  return { variants: options.variants, overrides };
}

/** Where the user should go for an issue: the step with the field, or the result with the sentence. */
export function issueTarget(issue: CertificateIssue): {
  step: EditorStep;
  path?: string;
  sentenceId?: string;
} {
  if (issue.path) return { step: stepOfPath(issue.path), path: issue.path };
  if (issue.sentenceId) return { step: 'result', sentenceId: issue.sentenceId };
  return { step: 'result' };
}

// Saving ------------------------------------------------------------------------------------------

/** What autosave sends and compares: content, phrasing options and the private flag. */
export interface EditorSnapshot {
  content: EditorContent;
  options: CertificateOptions;
  isPrivate: boolean;
}

/** A stable serialisation (key order does not matter) to tell whether anything changed. */
export function snapshotKey(snapshot: EditorSnapshot): string {
  return JSON.stringify(snapshot, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

// Status actions ----------------------------------------------------------------------------------

export type EditorAction =
  { type: 'transition'; to: CertificateStatus; back: boolean } | { type: 'issue'; correction: boolean };

/** The steps a certificate can take from its status (the server's workflow, certificates.policies). */
export function availableActions(status: CertificateStatus): EditorAction[] {
  switch (status) {
    case 'draft':
      return [{ type: 'transition', to: 'in_review', back: false }];
    case 'in_review':
      return [
        { type: 'transition', to: 'reviewed', back: false },
        { type: 'transition', to: 'draft', back: true },
      ];
    case 'reviewed':
      return [
        { type: 'transition', to: 'approved', back: false },
        { type: 'transition', to: 'draft', back: true },
      ];
    case 'approved':
      return [
        { type: 'issue', correction: false },
        { type: 'transition', to: 'draft', back: true },
      ];
    case 'issued':
      return [
        { type: 'issue', correction: true },
        { type: 'transition', to: 'archived', back: false },
      ];
    case 'archived':
      return [];
  }
}

/** Archived certificates are closed; everything before can still change (an issued one by a new version). */
export function isEditable(status: CertificateStatus): boolean {
  return status !== 'archived';
}

// Field names -------------------------------------------------------------------------------------

/** Fields with a German name in `editor.fields` (paths with list indexes use `#`). */
const fieldNames = [
  'kind',
  'form',
  'issueDate',
  'place',
  'employer_name',
  'employer_description',
  'employee_gender',
  'employee_firstName',
  'employee_lastName',
  'employee_title',
  'employee_birthDate',
  'employee_birthPlace',
  'employment_startDate',
  'employment_endDate',
  'employment_jobTitle',
  'employment_department',
  'employment_jobProfile',
  'employment_exitReason',
  'employment_interimReason',
  'employment_interimReasonText',
  'employment_staffCount',
  'employment_powerOfAttorney',
  'positions_#_from',
  'positions_#_to',
  'positions_#_jobTitle',
  'positions_#_department',
  'activities_#',
  'additionalActivities_#',
  'qualifications_#',
  'achievements_#',
  'trainings_#_title',
  'trainings_#_year',
  'ratings_leadership',
  'overallGrade',
  'examResult',
  'examResult_grade',
  'examResult_chamber',
  'signatures',
  'signatures_#_name',
  'signatures_#_function',
] as const;
export type FieldName = (typeof fieldNames)[number];
const namedFields: ReadonlySet<string> = new Set(fieldNames);

/** The locale key (under `editor.fields`) and list position for an input path, or null. */
export function fieldNameKey(path: string): { key: FieldName; n?: number } | null {
  const segments = path.split('.');
  const indexSegment = segments.find((segment) => /^\d+$/.test(segment));
  const key = segments.map((segment) => (/^\d+$/.test(segment) ? '#' : segment)).join('_');
  if (!namedFields.has(key)) return null;
  const name = key as FieldName;
  return indexSegment === undefined ? { key: name } : { key: name, n: Number(indexSegment) + 1 };
}

/** The server's refusal of a save (400 with paths under `content.`), as problems at the fields. */
export function serverProblems(error: ApiError | null): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of error?.issues ?? []) {
    const path = issue.path.replace(/^body\./, '').replace(/^content\./, '');
    if (!(path in problems)) problems[path] = problemOf(issue.message);
  }
  return problems;
}

/**
 * Findings that compare with the last issued version come from the server (it has that version); they
 * reflect the saved state and are added to the browser's own check of what is on screen.
 */
const versionFindingCodes: ReadonlySet<string> = new Set([
  'closing.removed_after_correction',
  'grade.worse_than_previous_version',
]);

export function withVersionFindings(
  issues: readonly CertificateIssue[],
  serverIssues: readonly CertificateIssue[],
): CertificateIssue[] {
  const fromServer = serverIssues.filter((issue) => versionFindingCodes.has(issue.code));
  return fromServer.length === 0 ? [...issues] : sortIssues([...issues, ...fromServer]);
}
