// Pure logic of the privacy settings page and the certificate history: the settings form and what it
// sends, its checks and the server's errors at its fields; reading a change's path (a JSON Pointer) as
// a field the user knows; a word-level diff for long texts; and the timeline that merges status changes
// with content changes, grouped by save.
import { isApiError } from '../../app/api/api-client.models';
import type { StatusChange } from '../certificates/certificates.types';
import { fieldNameKey, type FieldName } from '../editor/editor.models';
import type {
  CertificateChange,
  HandoverCodeChannel,
  PrivacySettings,
  PrivacySettingsPatch,
} from './privacy.types';

// Settings form ------------------------------------------------------------------------------------

export const handoverCodeChannels = ['email', 'sms'] as const satisfies readonly HandoverCodeChannel[];

export interface PrivacyForm {
  changeTracking: boolean;
  codeRequired: boolean;
  channels: HandoverCodeChannel[];
}

export type PrivacyFormField = keyof PrivacyForm;
export type PrivacyErrorKey = 'privacy.settings.errors.noChannel' | 'privacy.settings.errors.invalid';
export type PrivacyFormErrors = Partial<Record<PrivacyFormField, PrivacyErrorKey>>;

export function settingsToForm(settings: PrivacySettings): PrivacyForm {
  return {
    changeTracking: settings.changeTracking,
    codeRequired: settings.handoverCode.required,
    channels: handoverCodeChannels.filter((channel) => settings.handoverCode.channels.includes(channel)),
  };
}

function sameChannels(a: readonly HandoverCodeChannel[], b: readonly HandoverCodeChannel[]): boolean {
  return a.length === b.length && a.every((channel) => b.includes(channel));
}

/** Only what differs from the saved settings (an empty object: nothing changed). */
export function toSettingsPatch(saved: PrivacySettings, form: PrivacyForm): PrivacySettingsPatch {
  const handoverCode: NonNullable<PrivacySettingsPatch['handoverCode']> = {
    ...(form.codeRequired === saved.handoverCode.required ? {} : { required: form.codeRequired }),
    ...(sameChannels(form.channels, saved.handoverCode.channels)
      ? {}
      : { channels: handoverCodeChannels.filter((channel) => form.channels.includes(channel)) }),
  };
  return {
    ...(form.changeTracking === saved.changeTracking ? {} : { changeTracking: form.changeTracking }),
    ...(Object.keys(handoverCode).length > 0 ? { handoverCode } : {}),
  };
}

export function validatePrivacyForm(form: PrivacyForm): PrivacyFormErrors {
  return form.channels.length === 0 ? { channels: 'privacy.settings.errors.noChannel' } : {};
}

const fieldOfServerPath: Record<string, PrivacyFormField> = {
  changeTracking: 'changeTracking',
  'handoverCode.required': 'codeRequired',
  'handoverCode.channels': 'channels',
};

/** A refused save at the fields it concerns; `isGeneral` when it names none of them. */
export function serverFieldErrors(error: unknown): { fields: PrivacyFormErrors; isGeneral: boolean } {
  const fields: PrivacyFormErrors = {};
  if (!isApiError(error)) return { fields, isGeneral: true };
  for (const issue of error.issues) {
    const path = issue.path.replace(/^body\./, '');
    const entry = Object.entries(fieldOfServerPath).find(
      ([prefix]) => path === prefix || path.startsWith(`${prefix}.`),
    );
    if (!entry) continue;
    const field = entry[1];
    fields[field] ??=
      field === 'channels' ? 'privacy.settings.errors.noChannel' : 'privacy.settings.errors.invalid';
  }
  return { fields, isGeneral: Object.keys(fields).length === 0 };
}

// Paths ----------------------------------------------------------------------------------------------

/** The keys and indexes of a JSON Pointer (`~1` is `/`, `~0` is `~`). */
export function pointerSegments(pointer: string): string[] {
  if (!pointer.startsWith('/')) return pointer === '' ? [] : [pointer];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export const ratingCategories = [
  'willingness',
  'ability',
  'knowledge',
  'training',
  'workStyle',
  'result',
  'leadership',
  'behaviourInternal',
  'behaviourExternal',
] as const;
export type RatingCategory = (typeof ratingCategories)[number];

/** What a change's path names, for its German label. */
export type ChangeTarget =
  | { kind: 'field'; key: FieldName; n?: number }
  | { kind: 'rating'; category: RatingCategory }
  | { kind: 'override'; sentenceId: string }
  | { kind: 'variant'; sentenceId: string }
  | { kind: 'private' }
  | { kind: 'other'; segments: string[] };

export function changeTarget(path: string): ChangeTarget {
  const [root, ...rest] = pointerSegments(path);
  if (root === 'isPrivate' && rest.length === 0) return { kind: 'private' };
  if (root === 'options' && rest.length >= 2 && (rest[0] === 'overrides' || rest[0] === 'variants')) {
    const sentenceId = rest.slice(1).join('/');
    return rest[0] === 'overrides' ? { kind: 'override', sentenceId } : { kind: 'variant', sentenceId };
  }
  if (root === 'content') {
    const category = rest[0] === 'ratings' && rest.length === 2 ? rest[1] : undefined;
    if (category && (ratingCategories as readonly string[]).includes(category)) {
      return { kind: 'rating', category: category as RatingCategory };
    }
    // Content keys never contain dots, so the editor's dotted input paths apply.
    const name = rest.every((segment) => !segment.includes('.')) ? fieldNameKey(rest.join('.')) : null;
    if (name) return { kind: 'field', ...name };
    // A list element as a whole (e.g. a removed station): named by its first field.
    if (rest.length >= 2 && /^\d+$/.test(rest.at(-1) ?? '')) {
      const first = fieldNameKey(`${rest.join('.')}.title`) ?? fieldNameKey(`${rest.join('.')}.from`);
      if (first) return { kind: 'field', ...first };
    }
    return { kind: 'other', segments: rest };
  }
  return { kind: 'other', segments: root === undefined ? [] : [root, ...rest] };
}

/** The certificate's sections as the composer names sentence ids (`<section>.<detail>`). */
export const sentenceSections = [
  'heading',
  'introduction',
  'activities',
  'performance',
  'behaviour',
  'closing',
  'signature',
] as const;
export type SentenceSection = (typeof sentenceSections)[number];

/** A sentence id read as its section and, for ratings, its category (`performance.result`). */
export function sentenceParts(sentenceId: string): {
  section: SentenceSection | null;
  category: RatingCategory | null;
} {
  const [section = '', detail = ''] = sentenceId.split('.');
  return {
    section: (sentenceSections as readonly string[]).includes(section) ? (section as SentenceSection) : null,
    category: (ratingCategories as readonly string[]).includes(detail) ? (detail as RatingCategory) : null,
  };
}

/** A readable fallback for paths without a German name: „employer › address › street“. */
export function fallbackLabel(segments: readonly string[]): string {
  return segments
    .map((segment) => (/^\d+$/.test(segment) ? String(Number(segment) + 1) : segment))
    .join(' › ');
}

// Word diff --------------------------------------------------------------------------------------------

export interface DiffPart {
  type: 'same' | 'removed' | 'added';
  text: string;
}

/** Words with the spaces after them, so that joining the parts gives back the text. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/gu) ?? [];
}

const maxDiffTokens = 800;

/**
 * The word-level difference of two texts (longest common subsequence of words): the parts of `before`
 * that stay, go, and the parts of `after` that come, in reading order. Joining the `same` and `removed`
 * parts gives `before`, the `same` and `added` parts `after`. Very long texts are compared as a whole.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length > maxDiffTokens || b.length > maxDiffTokens) {
    return merge([
      ...(before ? [{ type: 'removed' as const, text: before }] : []),
      ...(after ? [{ type: 'added' as const, text: after }] : []),
    ]);
  }
  // Compared without trailing spaces, so a word at the end of a sentence still matches.
  const key = (token: string) => token.trimEnd();
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      const next = lengths[i + 1] as number[];
      row[j] =
        key(a[i] ?? '') === key(b[j] ?? '')
          ? (next[j + 1] ?? 0) + 1
          : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const tokenA = a[i] ?? '';
    const tokenB = b[j] ?? '';
    if (key(tokenA) === key(tokenB)) {
      // The same word; if only the space after it differs, the old space goes and the new one comes.
      const word = key(tokenA);
      const [spaceA, spaceB] = [tokenA.slice(word.length), tokenB.slice(word.length)];
      parts.push({ type: 'same', text: spaceA === spaceB ? tokenA : word });
      if (spaceA !== spaceB) {
        if (spaceA) parts.push({ type: 'removed', text: spaceA });
        if (spaceB) parts.push({ type: 'added', text: spaceB });
      }
      i += 1;
      j += 1;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) {
      parts.push({ type: 'removed', text: tokenA });
      i += 1;
    } else {
      parts.push({ type: 'added', text: tokenB });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) parts.push({ type: 'removed', text: a[i] ?? '' });
  for (; j < b.length; j += 1) parts.push({ type: 'added', text: b[j] ?? '' });
  return merge(parts);
}

/** Neighbouring parts of one type joined. */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.type === part.type) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** Texts long enough to be shown as one text with the changed words marked, rather than old and new. */
export function isLongTextChange(before: unknown, after: unknown): before is string {
  if (typeof before !== 'string' || typeof after !== 'string') return false;
  const words = (text: string) => tokens(text.trim()).length;
  return Math.max(words(before), words(after)) >= 6;
}

// Timeline ---------------------------------------------------------------------------------------------

export type TimelineEntry =
  | { type: 'status'; key: string; at: string; change: StatusChange }
  | {
      type: 'changes';
      key: string;
      at: string;
      actor: CertificateChange['actor'];
      changes: CertificateChange[];
    };

function actorKey(actor: CertificateChange['actor']): string {
  return actor.type === 'handover'
    ? `handover:${actor.handoverId ?? ''}`
    : `user:${actor.userId ?? ''}:${actor.name}`;
}

/** The order of the content's fields as the editor shows them (CONTRACTS §1), and of the ratings. */
const keyOrder: readonly string[] = [
  'content',
  'options',
  'isPrivate',
  'kind',
  'form',
  'language',
  'issueDate',
  'place',
  'employer',
  'employee',
  'employment',
  'positions',
  'activities',
  'additionalActivities',
  'trainings',
  'qualifications',
  'achievements',
  'ratings',
  'overallGrade',
  'examResult',
  'closing',
  'signatures',
  ...ratingCategories,
];

/**
 * Document order of two pointers: segment by segment, list indexes as numbers, known keys in the
 * editor's order; other keys keep the order they came in (0).
 */
export function comparePaths(a: string, b: string): number {
  const [sa, sb] = [pointerSegments(a), pointerSegments(b)];
  for (let index = 0; index < Math.min(sa.length, sb.length); index += 1) {
    const [x, y] = [sa[index] ?? '', sb[index] ?? ''];
    if (x === y) continue;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    const [rankX, rankY] = [keyOrder.indexOf(x), keyOrder.indexOf(y)];
    return rankX >= 0 && rankY >= 0 ? rankX - rankY : 0;
  }
  return sa.length - sb.length;
}

/**
 * Status changes and content changes, newest first; the content changes of one save (same time, same
 * actor) form one entry, their fields in document order. While older content changes are still to be
 * loaded (`hasMore`), status changes older than the oldest loaded change wait, so the order stays true.
 */
export function buildTimeline(
  statusHistory: readonly StatusChange[],
  changes: readonly CertificateChange[],
  hasMore: boolean,
): TimelineEntry[] {
  const groups = new Map<string, Extract<TimelineEntry, { type: 'changes' }>>();
  for (const change of changes) {
    const key = `${change.changedAt}|${actorKey(change.actor)}`;
    const group = groups.get(key);
    if (group) group.changes.push(change);
    else
      groups.set(key, { type: 'changes', key, at: change.changedAt, actor: change.actor, changes: [change] });
  }
  for (const group of groups.values()) {
    // Stable: entries the server gave in the same place keep their order.
    group.changes.sort((x, y) => comparePaths(x.path, y.path));
  }
  const oldestLoaded = changes.reduce<string | null>(
    (oldest, change) => (oldest === null || change.changedAt < oldest ? change.changedAt : oldest),
    null,
  );
  const statusEntries: TimelineEntry[] = statusHistory
    .filter((change) => !hasMore || oldestLoaded === null || change.changedAt >= oldestLoaded)
    .map((change, index) => ({
      type: 'status',
      key: `status|${change.changedAt}|${index}`,
      at: change.changedAt,
      change,
    }));
  const entries: TimelineEntry[] = [...statusEntries, ...groups.values()];
  // Newest first; at the same moment a status change comes after (above) the save that led to it.
  return entries.sort((x, y) => {
    if (x.at !== y.at) return x.at < y.at ? 1 : -1;
    if (x.type === y.type) return 0;
    return x.type === 'status' ? -1 : 1;
  });
}
