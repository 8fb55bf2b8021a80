// Pure rules of handovers: the link's random strings, a handover's status, what of the certificate a
// recipient may see (only the paths of sections granted read or write — everything else is absent) and
// change (only the paths of sections granted write), masked code destinations, and the API format.
import { randomInt } from 'node:crypto';
import {
  handoverSectionOfPath,
  handoverSectionPaths,
  handoverSections,
  type HandoverGrantLevel,
  type HandoverGrants,
  type HandoverSection,
} from '@zeugnisdesk/shared';
import type { HandoverEventsTable, HandoversTable } from '../../app/database/database.types.js';
import { linkAlphabet, linkStringLength } from './handovers.config.js';

export type HandoverStatus = 'active' | 'finished' | 'revoked' | 'expired' | 'locked';
export type HandoverSecondFactor = 'none' | 'email' | 'sms';

/** One of the link's two strings: 32 letters and digits, each drawn from the CSPRNG without bias. */
export function createLinkString(): string {
  let out = '';
  for (let index = 0; index < linkStringLength; index += 1)
    out += linkAlphabet[randomInt(linkAlphabet.length)];
  return out;
}

/** The shape of each of the link's strings (linkStringLength characters of linkAlphabet). */
export const linkStringPattern = /^[A-Za-z0-9]{32}$/;

export function isLinkStringShaped(value: string): boolean {
  return linkStringPattern.test(value);
}

/** The link HR sends: the two strings sit in the fragment, which browsers never send to a server. */
export function handoverLink(publicUrl: string, publicId: string, secret: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/uebergabe#${publicId}.${secret}`;
}

export function handoverStatus(
  handover: Pick<HandoversTable, 'revoked_at' | 'finished_at' | 'locked_at' | 'expires_at'>,
  now: Date,
): HandoverStatus {
  if (handover.revoked_at !== null) return 'revoked';
  if (handover.finished_at !== null) return 'finished';
  if (handover.locked_at !== null) return 'locked';
  if (new Date(handover.expires_at).getTime() <= now.getTime()) return 'expired';
  return 'active';
}

export function parseGrants(json: string): HandoverGrants {
  const stored = JSON.parse(json) as Partial<Record<string, HandoverGrantLevel>>;
  // Fail closed: a section missing from the stored grants is not granted.
  return Object.fromEntries(
    handoverSections.map((section) => [section, stored[section] ?? 'none']),
  ) as HandoverGrants;
}

export function grantsAnything(grants: HandoverGrants): boolean {
  return handoverSections.some((section) => grants[section] !== 'none');
}

export function canRead(grants: HandoverGrants, section: HandoverSection): boolean {
  return grants[section] === 'read' || grants[section] === 'write';
}

type JsonObject = Record<string, unknown>;

const isPlainObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const coveredPaths: readonly string[] = handoverSections.flatMap((section) => handoverSectionPaths[section]);

/** A path that only groups covered paths (`employment`), without being covered itself. */
const isContainerPath = (path: string): boolean =>
  !coveredPaths.includes(path) && coveredPaths.some((covered) => covered.startsWith(`${path}.`));

function getAt(source: JsonObject, path: string): unknown {
  let current: unknown = source;
  for (const key of path.split('.')) {
    if (!isPlainObject(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** Sets a covered path (never a prototype key: only paths of the sections table reach here). */
function setAt(target: JsonObject, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let current = target;
  for (const key of keys) {
    const next = current[key];
    if (!isPlainObject(next)) current[key] = {};
    current = current[key] as JsonObject;
  }
  current[last] = value;
}

/**
 * The content as the recipient sees it: only the paths of sections granted read or write. Paths of
 * other sections are absent — not null, not empty — so they never reach the browser.
 */
export function pickGrantedContent(content: object, grants: HandoverGrants): JsonObject {
  const picked: JsonObject = {};
  for (const section of handoverSections) {
    if (!canRead(grants, section)) continue;
    for (const path of handoverSectionPaths[section]) {
      const value = getAt(content as JsonObject, path);
      if (value !== undefined) setAt(picked, path, structuredClone(value));
    }
  }
  return picked;
}

export interface PatchPaths {
  /** Covered paths the patch sets, each with the section it belongs to. */
  paths: { path: string; section: HandoverSection }[];
  /** Keys that are no input path at all (typos, unknown fields, a container that is not an object). */
  unknown: string[];
}

/** The input paths a recipient's content patch sets: `{ employment: { jobTitle } }` → employment.jobTitle. */
export function collectPatchPaths(patch: JsonObject): PatchPaths {
  const result: PatchPaths = { paths: [], unknown: [] };
  const walk = (value: JsonObject, prefix: string) => {
    for (const key of Object.keys(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const section = coveredPaths.includes(path) ? handoverSectionOfPath(path) : null;
      if (section) result.paths.push({ path, section });
      else if (isContainerPath(path) && isPlainObject(value[key])) walk(value[key], path);
      else result.unknown.push(path);
    }
  };
  walk(patch, '');
  return result;
}

/** The stored content with the patch's paths replaced (the caller has checked they are write-granted). */
export function mergePatch(stored: object, patch: JsonObject, paths: readonly string[]): JsonObject {
  const merged = structuredClone(stored) as JsonObject;
  for (const path of paths) setAt(merged, path, structuredClone(getAt(patch, path)));
  return merged;
}

/** `anna.schmidt@example.de` → `a•••@example.de`: enough to recognise, too little to harvest. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

/** `+491701234567` → `•••567`, like the sign-in's phone hint. */
export function maskPhone(phone: string): string {
  return `•••${phone.slice(-3)}`;
}

export interface HandoverPeople {
  /** Names of the HR users that appear (creator, event actors), by id. */
  userNames: ReadonlyMap<string, string>;
}

export function formatHandoverEventForApi(event: HandoverEventsTable, { userNames }: HandoverPeople) {
  return {
    type: event.type,
    at: event.at,
    ...(event.user_id ? { userName: userNames.get(event.user_id) ?? null } : {}),
    details: JSON.parse(event.details_json) as Record<string, unknown>,
  };
}

/** What HR sees of a handover: never the secret's hash, the code or its counters. */
export function formatHandoverForApi(
  handover: HandoversTable,
  events: HandoverEventsTable[],
  people: HandoverPeople,
  now: Date,
) {
  return {
    id: handover.id,
    recipient: {
      name: handover.recipient_name,
      email: handover.recipient_email,
      phone: handover.recipient_phone,
    },
    message: handover.message,
    dueDate: handover.due_date,
    grants: parseGrants(handover.grants_json),
    download: handover.download_allowed === 1,
    secondFactor: (handover.code_channel ?? 'none') as HandoverSecondFactor,
    status: handoverStatus(handover, now),
    createdAt: handover.created_at,
    createdBy: { id: handover.created_by, name: people.userNames.get(handover.created_by) ?? '' },
    expiresAt: handover.expires_at,
    openedAt: handover.opened_at,
    finishedAt: handover.finished_at,
    finishComment: handover.finish_comment,
    revokedAt: handover.revoked_at,
    events: events.map((event) => formatHandoverEventForApi(event, people)),
  };
}

export type HandoverForApi = ReturnType<typeof formatHandoverForApi>;
