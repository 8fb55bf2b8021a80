// Change tracking (L4), the pure part: the leaf-by-leaf difference of two states of a certificate
// ({ content, options, isPrivate }), the paths as JSON Pointers, and the rows and API format of entries.
//
// Paths are JSON Pointers (RFC 6901): `/content/employee/firstName`, `/content/activities/2`,
// `/options/overrides/performance.result`, `/isPrivate`. Each segment is one object key or array index,
// with `~` written `~0` and `/` written `~1`, so keys that contain dots (the composer's sentence ids in
// `options`) or slashes stay unambiguous.
//
// A value that is absent is `undefined` here, a missing `before`/`after` in the API and SQL NULL in the
// database; JSON `null` is a value of its own.
import type { CertificateChangesTable, CertificatesTable } from '../../app/database/database.types.js';

/** A certificate's state as far as change tracking sees it. */
export interface CertificateSnapshot {
  content: unknown;
  options: unknown;
  isPrivate: boolean;
}

/** One changed leaf: `before`/`after` are `undefined` when the value is absent on that side. */
export interface CertificateChange {
  path: string;
  before: unknown;
  after: unknown;
}

export type ChangeActor =
  | { type: 'user'; userId: string | null; name: string }
  | { type: 'handover'; handoverId: string; name: string };

/** The snapshot of a stored certificate row. */
export function snapshotOfRow(row: Pick<CertificatesTable, 'content_json' | 'options_json' | 'is_private'>) {
  return {
    content: JSON.parse(row.content_json) as unknown,
    options: JSON.parse(row.options_json) as unknown,
    isPrivate: row.is_private === 1,
  } satisfies CertificateSnapshot;
}

export function escapePointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

export function unescapePointerSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The JSON Pointer of a list of keys and indexes. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${escapePointerSegment(String(segment))}`).join('');
}

/** The keys and indexes (as strings) of a JSON Pointer. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON Pointer: ${pointer}`);
  return pointer.slice(1).split('/').map(unescapePointerSegment);
}

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A container with something inside: the diff descends into it instead of treating it as a value. */
function isNonEmptyContainer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return isPlainObject(value) && Object.values(value).some((entry) => entry !== undefined);
}

function ownValue(object: PlainObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((entry, index) => isDeepEqual(entry, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => isDeepEqual(ownValue(a, key), ownValue(b, key)));
  }
  return false;
}

/** Every leaf of a value with its path; a scalar or an empty container is a leaf itself. */
function leavesOf(value: unknown, path: string, out: { path: string; value: unknown }[]): void {
  if (value === undefined) return;
  if (Array.isArray(value) && value.length > 0) {
    value.forEach((entry, index) => leavesOf(entry, `${path}/${index}`, out));
  } else if (isPlainObject(value) && isNonEmptyContainer(value)) {
    for (const [key, entry] of Object.entries(value))
      leavesOf(entry, `${path}/${escapePointerSegment(key)}`, out);
  } else {
    out.push({ path, value });
  }
}

function diffValue(before: unknown, after: unknown, path: string, out: CertificateChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index += 1) {
      diffValue(before[index], after[index], `${path}/${index}`, out);
    }
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !Object.hasOwn(before, key))];
    for (const key of keys) {
      diffValue(ownValue(before, key), ownValue(after, key), `${path}/${escapePointerSegment(key)}`, out);
    }
    return;
  }
  if (isDeepEqual(before, after)) return;
  if (!isNonEmptyContainer(before) && !isNonEmptyContainer(after)) {
    out.push({ path, before, after });
    return;
  }
  // The kind changed (e.g. null became an object): what was there goes, what is there now comes.
  const removed: { path: string; value: unknown }[] = [];
  const added: { path: string; value: unknown }[] = [];
  leavesOf(before, path, removed);
  leavesOf(after, path, added);
  // A list and an object with the same keys (`[x]` and `{ "0": x }`) share their pointers: a leaf that
  // goes and comes at one path is one entry (or none, if its value stayed).
  const addedByPath = new Map(added.map((leaf) => [leaf.path, leaf.value]));
  for (const leaf of removed) {
    const isReplaced = addedByPath.has(leaf.path);
    const after = addedByPath.get(leaf.path);
    addedByPath.delete(leaf.path);
    if (!isReplaced) out.push({ path: leaf.path, before: leaf.value, after: undefined });
    else if (!isDeepEqual(leaf.value, after)) out.push({ path: leaf.path, before: leaf.value, after });
  }
  for (const [path, value] of addedByPath) out.push({ path, before: undefined, after: value });
}

/**
 * The changed leaves between two states, in document order: objects key by key, arrays element by
 * element (an added or removed element gives entries without `before` or `after`). Nothing for equal
 * states.
 */
export function diffCertificate(
  before: CertificateSnapshot,
  after: CertificateSnapshot,
): CertificateChange[] {
  const out: CertificateChange[] = [];
  diffValue(before.content, after.content, '/content', out);
  diffValue(before.options, after.options, '/options', out);
  diffValue(before.isPrivate, after.isPrivate, '/isPrivate', out);
  return out;
}

/** The stored form of a value: JSON, or null for absent. */
export function toStoredValue(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

export function fromStoredValue(json: string | null): unknown {
  return json === null ? undefined : (JSON.parse(json) as unknown);
}

export function formatChangeForApi(row: CertificateChangesTable) {
  const before = fromStoredValue(row.before_json);
  const after = fromStoredValue(row.after_json);
  return {
    id: row.id,
    changedAt: row.changed_at,
    actor:
      row.actor_type === 'handover'
        ? { type: 'handover' as const, name: row.actor_name, handoverId: row.actor_handover_id ?? '' }
        : {
            type: 'user' as const,
            name: row.actor_name,
            ...(row.actor_user_id === null ? {} : { userId: row.actor_user_id }),
          },
    path: row.path,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}
