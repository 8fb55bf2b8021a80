// The pure logic of the handover: HR's dialog (presets, the grants matrix, validation, the request
// body, server errors at their fields) and the recipient's page (the link's fragment, filling the gaps
// of a partial content for the form, sending back only what may be written, which steps to show).
import {
  handoverPresets,
  handoverSectionOfPath,
  handoverSectionPaths,
  handoverSections,
  type CertificateInput,
  type HandoverGrantLevel,
  type HandoverGrants,
  type HandoverPreset,
  type HandoverSection,
} from '@zeugnisdesk/shared';
import { errorMessageKey, isApiError, type ErrorMessageKey } from '../../app/api/api-client.models';
import type { handoverDe } from '../../locales/de/handover';
import type { CertificateChanges, CertificateOptions } from '../certificates/certificates.types';
import type { EditorStep } from '../editor/editor-fields.models';
import type { FieldProblem } from '../editor/editor.models';
import type {
  CreateHandoverBody,
  HandoverCodeChannel,
  HandoverCodePolicy,
  HandoverSecondFactor,
  HandoverStatus,
  PartialContent,
  RecipientChanges,
} from './handover.types';

// Sections ----------------------------------------------------------------------------------------

export type SectionGroup = 'data' | 'career' | 'rating' | 'result';

/** The sections under the headings of the grants matrix (and the editor step that shows them). */
export const sectionGroups: readonly { group: SectionGroup; sections: readonly HandoverSection[] }[] = [
  { group: 'data', sections: handoverSections.filter((section) => section.startsWith('data.')) },
  { group: 'career', sections: handoverSections.filter((section) => section.startsWith('career.')) },
  { group: 'rating', sections: handoverSections.filter((section) => section.startsWith('rating.')) },
  { group: 'result', sections: ['result'] },
];

/** The locale key segment of a section (`data.personal` → `data_personal`). */
export const sectionKey = (section: HandoverSection) => section.replace('.', '_') as SectionKey;
export type SectionKey =
  | 'data_personal'
  | 'data_company'
  | 'data_certificate'
  | 'data_further'
  | 'data_signatures'
  | 'career_positions'
  | 'career_activities'
  | 'career_additionalActivities'
  | 'career_trainings'
  | 'career_powersOfAttorney'
  | 'rating_ratings'
  | 'rating_qualifications'
  | 'rating_achievements'
  | 'result';

const levelRank: Record<HandoverGrantLevel, number> = { none: 0, read: 1, write: 2 };

/** Whether `grants` gives a section at least `level` (read: read or write). */
export function grants(grantsOf: HandoverGrants, section: HandoverSection, level: 'read' | 'write'): boolean {
  return levelRank[grantsOf[section]] >= levelRank[level];
}

/** The editor steps a recipient sees: those with at least one section to read or write. */
export function visibleSteps(grantsOf: HandoverGrants): EditorStep[] {
  return sectionGroups
    .filter(({ sections }) => sections.some((section) => grantsOf[section] !== 'none'))
    .map(({ group }) => group);
}

/** A section's level inside the step forms: HR's editor (no grants) shows everything, editable. */
export function sectionLevel(
  grantsOf: HandoverGrants | undefined,
  section: HandoverSection,
): HandoverGrantLevel {
  return grantsOf ? grantsOf[section] : 'write';
}

// HR's dialog -------------------------------------------------------------------------------------

export type PresetChoice = HandoverPreset | 'custom';
export const presetChoices: readonly PresetChoice[] = ['supervisorRates', 'employeeChecksData', 'custom'];

export const noGrants = (): HandoverGrants =>
  Object.fromEntries(handoverSections.map((section) => [section, 'none'])) as HandoverGrants;

/** The preset these grants are, or 'custom'. */
export function presetOf(grantsOf: HandoverGrants): PresetChoice {
  for (const preset of ['supervisorRates', 'employeeChecksData'] as const) {
    const candidate = handoverPresets[preset];
    if (handoverSections.every((section) => candidate[section] === grantsOf[section])) return preset;
  }
  return 'custom';
}

export interface HandoverForm {
  name: string;
  email: string;
  phone: string;
  message: string;
  /** YYYY-MM-DD or ''. */
  dueDate: string;
  expiresInDays: number | string;
  grants: HandoverGrants;
  download: boolean;
  secondFactor: HandoverSecondFactor;
}
export type HandoverFormField =
  'name' | 'email' | 'phone' | 'message' | 'dueDate' | 'expiresInDays' | 'grants' | 'secondFactor';

type HandoverTranslation = typeof handoverDe;
export type HandoverFieldErrorKey = `handover.fieldErrors.${keyof HandoverTranslation['fieldErrors']}`;
export type HandoverMessageKey = HandoverFieldErrorKey | ErrorMessageKey;
export type HandoverFormErrors = Partial<Record<HandoverFormField, HandoverMessageKey>>;

/** The second factors HR may choose under the tenant's rule (none only when no code is required). */
export function secondFactorChoices(policy: HandoverCodePolicy): HandoverSecondFactor[] {
  const channels = (['email', 'sms'] as const).filter((channel) => policy.channels.includes(channel));
  return policy.required ? channels : ['none', ...channels];
}

export function defaultSecondFactor(policy: HandoverCodePolicy): HandoverSecondFactor {
  return secondFactorChoices(policy)[0] ?? 'none';
}

export function emptyHandoverForm(policy: HandoverCodePolicy): HandoverForm {
  return {
    name: '',
    email: '',
    phone: '',
    message: '',
    dueDate: '',
    expiresInDays: 14,
    grants: { ...handoverPresets.supervisorRates },
    download: false,
    secondFactor: defaultSecondFactor(policy),
  };
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+[1-9]\d{6,14}$/;

/** `+49 170 123-4567` → `+491701234567` (the server takes the international form without spaces). */
export const normalizePhone = (phone: string) => phone.replace(/[\s()/-]/g, '');
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function validateHandoverForm(form: HandoverForm, policy: HandoverCodePolicy): HandoverFormErrors {
  const errors: HandoverFormErrors = {};
  if (form.name.trim() === '') errors.name = 'handover.fieldErrors.nameRequired';
  if (form.email.trim() === '') errors.email = 'handover.fieldErrors.emailRequired';
  else if (!emailPattern.test(form.email.trim())) errors.email = 'handover.fieldErrors.emailInvalid';
  if (form.phone.trim() !== '' && !phonePattern.test(normalizePhone(form.phone)))
    errors.phone = 'handover.fieldErrors.phoneInvalid';
  else if (form.secondFactor === 'sms' && form.phone.trim() === '')
    errors.phone = 'handover.fieldErrors.phoneRequired';
  if (form.dueDate !== '' && !datePattern.test(form.dueDate)) errors.dueDate = 'handover.fieldErrors.dueDate';
  const days = Number(form.expiresInDays);
  if (form.expiresInDays === '' || !Number.isInteger(days) || days < 1 || days > 60)
    errors.expiresInDays = 'handover.fieldErrors.expiresInDays';
  if (handoverSections.every((section) => form.grants[section] === 'none'))
    errors.grants = 'handover.fieldErrors.grantsEmpty';
  if (form.secondFactor === 'none' && policy.required)
    errors.secondFactor = 'handover.fieldErrors.codeRequired';
  else if (form.secondFactor !== 'none' && !policy.channels.includes(form.secondFactor))
    errors.secondFactor = 'handover.fieldErrors.channelNotAllowed';
  return errors;
}

export function toCreateBody(form: HandoverForm): CreateHandoverBody {
  const phone = normalizePhone(form.phone);
  const message = form.message.trim();
  return {
    recipient: { name: form.name.trim(), email: form.email.trim(), ...(phone ? { phone } : {}) },
    ...(message ? { message } : {}),
    ...(form.dueDate ? { dueDate: form.dueDate } : {}),
    expiresInDays: Number(form.expiresInDays),
    grants: { ...form.grants },
    download: form.download,
    secondFactor: form.secondFactor,
  };
}

const fieldByCode: Record<string, { field: HandoverFormField; key: HandoverFieldErrorKey }> = {
  'handover.code_required': { field: 'secondFactor', key: 'handover.fieldErrors.codeRequired' },
  'handover.channel_not_allowed': { field: 'secondFactor', key: 'handover.fieldErrors.channelNotAllowed' },
  'handover.phone_required': { field: 'phone', key: 'handover.fieldErrors.phoneRequired' },
  'handover.no_section_granted': { field: 'grants', key: 'handover.fieldErrors.grantsEmpty' },
};

const fieldByIssuePath: readonly [RegExp, HandoverFormField, HandoverFieldErrorKey][] = [
  [/^recipient\.name/, 'name', 'handover.fieldErrors.name'],
  [/^recipient\.email/, 'email', 'handover.fieldErrors.emailInvalid'],
  [/^recipient\.phone/, 'phone', 'handover.fieldErrors.phoneInvalid'],
  [/^recipient$/, 'name', 'handover.fieldErrors.name'],
  [/^message/, 'message', 'handover.fieldErrors.message'],
  [/^dueDate/, 'dueDate', 'handover.fieldErrors.dueDate'],
  [/^expiresInDays/, 'expiresInDays', 'handover.fieldErrors.expiresInDays'],
  [/^grants/, 'grants', 'handover.fieldErrors.grantsEmpty'],
  [/^secondFactor/, 'secondFactor', 'handover.fieldErrors.codeRequired'],
];

/** A refused handover at the dialog's fields; `general` when the error concerns no field. */
export function handoverServerErrors(error: unknown): {
  fields: HandoverFormErrors;
  general: HandoverMessageKey | null;
} {
  const fields: HandoverFormErrors = {};
  if (isApiError(error)) {
    const byCode = fieldByCode[error.code];
    if (byCode) return { fields: { [byCode.field]: byCode.key }, general: null };
    for (const issue of error.issues) {
      const path = issue.path.replace(/^body\./, '');
      const match = fieldByIssuePath.find(([pattern]) => pattern.test(path));
      if (match && !fields[match[1]]) fields[match[1]] = match[2];
    }
  }
  return Object.keys(fields).length > 0
    ? { fields, general: null }
    : { fields, general: errorMessageKey(error) };
}

export const handoverStatusColors: Record<HandoverStatus, string> = {
  active: 'blue',
  finished: 'green',
  revoked: 'gray',
  expired: 'gray',
  locked: 'red',
};

// The recipient's link --------------------------------------------------------------------------

const fragmentPattern = /^#?([A-Za-z0-9]{16,64})\.([A-Za-z0-9_-]{16,128})$/;

/** `#<id>.<secret>` → its parts, or null when the fragment cannot be a handover link. */
export function parseHandoverFragment(hash: string): { id: string; secret: string } | null {
  const match = fragmentPattern.exec(hash);
  return match?.[1] && match[2] ? { id: match[1], secret: match[2] } : null;
}

export type RecipientProblem =
  | 'invalidLink'
  | 'codeRequired'
  | 'invalidCode'
  | 'sessionRequired'
  | 'notGranted'
  | 'downloadNotAllowed'
  | 'other';

/** What a refused recipient request means for the page. */
export function recipientProblem(error: unknown): RecipientProblem {
  if (!isApiError(error)) return 'other';
  switch (error.code) {
    case 'handover.invalid_link':
      return 'invalidLink';
    case 'handover.code_required':
      return 'codeRequired';
    case 'handover.invalid_code':
      return 'invalidCode';
    case 'handover.session_required':
      return 'sessionRequired';
    case 'handover.section_not_granted':
      return 'notGranted';
    case 'handover.download_not_allowed':
      return 'downloadNotAllowed';
    default:
      return 'other';
  }
}

export const codePattern = /^\d{6}$/;

/** Wrong codes until the server locks the handover (H3). */
export const maxCodeAttempts = 5;

/** Keeps only digits, at most six (a pasted code with spaces still works). */
export function cleanCode(text: string): string {
  return text.replace(/\D/g, '').slice(0, 6);
}

// Partial content ↔ the form --------------------------------------------------------------------

function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function writePath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let current = target;
  for (const segment of segments.slice(0, -1)) {
    const next = current[segment];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) current[segment] = {};
    current = current[segment] as Record<string, unknown>;
  }
  current[segments[segments.length - 1] ?? ''] = structuredClone(value);
}

/**
 * Only the paths of the sections granted at least `level` (read: read or write), as a nested object;
 * a path without a value is left out. What the recipient sends back is `pickGranted(…, 'write')`.
 */
export function pickGranted(
  content: PartialContent | CertificateInput,
  grantsOf: HandoverGrants,
  level: 'read' | 'write',
): PartialContent {
  const picked: Record<string, unknown> = {};
  for (const section of handoverSections) {
    if (!grants(grantsOf, section, level)) continue;
    for (const path of handoverSectionPaths[section]) {
      const value = readPath(content, path);
      if (value !== undefined) writePath(picked, path, value);
    }
  }
  return picked;
}

/**
 * Placeholders for what the recipient does not see. They only let the shared step forms render
 * (they expect a whole content); they stay in memory and are never sent (see `toRecipientChanges`).
 */
export function neutralContent(
  known: { kind?: CertificateInput['kind']; form?: CertificateInput['form'] } = {},
): CertificateInput {
  return {
    kind: known.kind ?? 'final',
    form: known.form ?? 'qualified',
    language: 'de',
    issueDate: '2000-01-01',
    place: '',
    employer: { name: '', description: null, address: null },
    employee: {
      gender: 'diverse',
      title: null,
      firstName: '',
      lastName: '',
      birthDate: null,
      birthPlace: null,
    },
    employment: {
      startDate: '2000-01-01',
      endDate: null,
      jobTitle: '',
      department: null,
      jobProfile: null,
      exitReason: null,
      interimReason: null,
      interimReasonText: null,
      isManager: false,
      staffCount: null,
      powerOfAttorney: null,
    },
    positions: [],
    activities: [],
    additionalActivities: [],
    trainings: [],
    qualifications: [],
    achievements: [],
    ratings: {
      willingness: null,
      ability: null,
      knowledge: null,
      training: null,
      workStyle: null,
      result: null,
      leadership: null,
      behaviourInternal: null,
      behaviourExternal: null,
    },
    overallGrade: null,
    examResult: null,
    closing: null,
    signatures: [],
  };
}

/**
 * The whole content the step forms need: what the server sent, the gaps filled with neutral
 * placeholders. When the manager flag is hidden but a leadership grade was sent, the person leads
 * others (the server only stores that grade for managers), so the leadership row stays visible.
 */
export function mergeForForm(
  partial: PartialContent,
  known: { kind?: CertificateInput['kind']; form?: CertificateInput['form'] } = {},
): CertificateInput {
  const merged = neutralContent(known) as unknown as Record<string, unknown>;
  for (const section of handoverSections) {
    for (const path of handoverSectionPaths[section]) {
      const value = readPath(partial, path);
      if (value !== undefined) writePath(merged, path, value);
    }
  }
  const content = merged as unknown as CertificateInput;
  if (readPath(partial, 'employment.isManager') === undefined && content.ratings.leadership !== null) {
    content.employment.isManager = true;
  }
  return content;
}

/** The autosave's changes as the handover PATCH: only write-granted paths, options only with result write. */
export function toRecipientChanges(changes: CertificateChanges, grantsOf: HandoverGrants): RecipientChanges {
  const body: RecipientChanges = { revision: changes.revision };
  const writesContent = handoverSections.some(
    (section) => section !== 'result' && grantsOf[section] === 'write',
  );
  if (writesContent && changes.content) body.content = pickGranted(changes.content, grantsOf, 'write');
  if (grantsOf.result === 'write' && changes.options) body.options = changes.options;
  return body;
}

/** Validation problems the recipient can fix: those at paths of write-granted sections. */
export function writableProblems<P extends FieldProblem | string>(
  problems: Readonly<Record<string, P>>,
  grantsOf: HandoverGrants,
): Record<string, P> {
  return Object.fromEntries(
    Object.entries(problems).filter(([path]) => {
      const section = handoverSectionOfPath(path);
      return section !== null && grantsOf[section] === 'write';
    }),
  );
}

export const emptyOptions = (): CertificateOptions => ({ variants: {}, overrides: {} });

/** Channel of a code for the messages („per E-Mail“, „per SMS“). */
export type CodeChannel = HandoverCodeChannel;
