// The security log (L1–L3): features record events inside their own transaction, administrators list
// and export them, and a daily job deletes entries older than 60 days. Text from outside is sanitised
// before it is stored (ASVS 16.4.1) and details whose keys look secret are refused (16.2.5).
import { decodeCursor, encodeCursor } from '../../app/api/cursor.js';
import type { SecurityEventsTable } from '../../app/database/database.types.js';
import type { TransactionRunner } from '../../app/database/transaction.js';
import { createValidationError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import { maxExportRows, securityLogRetentionDays, securityLogTextLimits } from './security-log.config.js';
import {
  isSecurityAction,
  labelOfAction,
  labelOfReason,
  reasonCodePattern,
  sanitizeLogText,
  type SecurityEvent,
  type SecurityEventDetails,
} from './security-log.models.js';
import type { SecurityEventFilters, SecurityLogRepository } from './security-log.repository.js';
import type { ExportSecurityEventsQuery, ListSecurityEventsQuery } from './security-log.schemas.js';

export interface SecurityLogRepositories {
  securityLog: SecurityLogRepository;
}

export interface SecurityLogDependencies {
  inTransaction: TransactionRunner<SecurityLogRepositories>;
  now: () => Date;
}

/**
 * A call that breaks the rules of the log (an unknown action, a reason that is not a code, a detail key
 * that looks secret). It is a bug in the caller, not bad input: it fails the caller's transaction and
 * answers 500, so that a developer notices before anything secret is written.
 */
export class InvalidSecurityEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSecurityEventError';
  }
}

/** Key fragments of values that must never be logged: passwords, tokens, one-time codes, hashes, cookies. */
const secretKeyFragments = [
  'password',
  'passwd',
  'passphrase',
  'token',
  'code',
  'secret',
  'hash',
  'cookie',
  'credential',
  'authorization',
  'apikey',
  'privatekey',
];

function looksSecret(key: string): boolean {
  const normalised = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return secretKeyFragments.some((fragment) => normalised.includes(fragment));
}

function serialiseDetails(details: SecurityEventDetails | null | undefined): string | null {
  if (details === null || details === undefined) return null;
  if (typeof details !== 'object' || Array.isArray(details)) {
    throw new InvalidSecurityEventError('security event details must be a flat object');
  }
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  const clean: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of entries) {
    if (looksSecret(key)) {
      throw new InvalidSecurityEventError(
        `security event detail "${sanitizeLogText(key, 64)}" looks secret; passwords, tokens, codes, ` +
          'secrets, hashes and cookies must never be logged (ASVS 16.2.5)',
      );
    }
    const name = sanitizeLogText(key, 64);
    if (name === null || name !== key) {
      throw new InvalidSecurityEventError('security event detail keys must be plain printable names');
    }
    if (typeof value === 'string') clean[name] = sanitizeLogText(value, securityLogTextLimits.detailValue);
    else if (value === null || typeof value === 'boolean' || Number.isFinite(value)) clean[name] = value;
    else
      throw new InvalidSecurityEventError(`security event detail "${name}" must be text, a number or a flag`);
  }
  const json = JSON.stringify(clean);
  if (json.length > securityLogTextLimits.detailsJson) {
    throw new InvalidSecurityEventError('security event details are too large');
  }
  return json;
}

/**
 * Writes one event with the repository of the caller's transaction, so the entry is committed with the
 * change it records or not at all. Throws InvalidSecurityEventError for a programming error.
 */
export async function recordSecurityEvent(
  { securityLog }: SecurityLogRepositories,
  event: SecurityEvent,
  { now }: { now: () => Date },
): Promise<SecurityEventsTable> {
  if (!isSecurityAction(event.action)) {
    throw new InvalidSecurityEventError(`unknown security action "${sanitizeLogText(event.action, 64)}"`);
  }
  const reason = event.reason ?? null;
  if (reason !== null && !reasonCodePattern.test(reason)) {
    throw new InvalidSecurityEventError('a security event reason must be a snake_case code, not free text');
  }
  const row: SecurityEventsTable = {
    id: createId('sev'),
    organization_id: event.organizationId,
    user_id: event.userId ?? null,
    actor_user_id: event.actorUserId ?? null,
    action: event.action,
    reason,
    subject: sanitizeLogText(event.subject, securityLogTextLimits.subject),
    ip_address: sanitizeLogText(event.ipAddress, securityLogTextLimits.ipAddress),
    user_agent: sanitizeLogText(event.userAgent, securityLogTextLimits.userAgent),
    details_json: serialiseDetails(event.details),
    created_at: now().toISOString(),
  };
  await securityLog.insertEvent(row);
  return row;
}

const listOrder = 'createdAt:desc';

/** The filters as the repository compares them: times as stored (UTC, milliseconds). */
function toFilters(query: ExportSecurityEventsQuery): SecurityEventFilters {
  const from = query.from === undefined ? undefined : new Date(query.from).toISOString();
  const to = query.to === undefined ? undefined : new Date(query.to).toISOString();
  if (from !== undefined && to !== undefined && from >= to) {
    throw createValidationError([{ path: 'query.to', message: 'must be after query.from' }]);
  }
  return {
    ...(query.action ? { action: query.action } : {}),
    ...(query.userId ? { userId: query.userId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

export async function listSecurityEvents({
  organizationId,
  query,
  inTransaction,
}: { organizationId: string; query: ListSecurityEventsQuery } & Pick<
  SecurityLogDependencies,
  'inTransaction'
>): Promise<{ events: SecurityEventsTable[]; nextCursor: string | null }> {
  const filters = toFilters(query);
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor, listOrder);
  return inTransaction(async ({ securityLog }) => {
    const rows = await securityLog.listEvents({
      organizationId,
      filters,
      ...(cursor ? { after: { createdAt: cursor.key, id: cursor.id } } : {}),
      limit: query.limit + 1,
    });
    const events = rows.slice(0, query.limit);
    const last = events.at(-1);
    const nextCursor =
      rows.length > query.limit && last
        ? encodeCursor({ order: listOrder, key: last.created_at, id: last.id })
        : null;
    return { events, nextCursor };
  });
}

export const csvHeader = [
  'Zeitpunkt (UTC)',
  'Ereignis',
  'Ereigniscode',
  'Grund',
  'Benutzer-ID',
  'Ausgeführt von (Benutzer-ID)',
  'Angegebene E-Mail-Adresse',
  'IP-Adresse',
  'User-Agent',
  'Details',
] as const;

/** Excel, LibreOffice and Sheets run cells starting like this as formulas (ASVS 1.2.10). */
const formulaStart = /^[=+\-@\t\r＝＋－＠]/u;

/** One CSV cell: a formula start defused with an apostrophe, quoted, inner quotes doubled. */
export function toCsvCell(value: string | null): string {
  if (value === null || value === '') return '""';
  const defused = formulaStart.test(value) ? `'${value}` : value;
  return `"${defused.replace(/"/g, '""')}"`;
}

function toCsvLine(row: SecurityEventsTable): string {
  return [
    row.created_at,
    labelOfAction(row.action),
    row.action,
    labelOfReason(row.reason),
    row.user_id,
    row.actor_user_id,
    row.subject,
    row.ip_address,
    row.user_agent,
    row.details_json,
  ]
    .map(toCsvCell)
    .join(';');
}

/**
 * Every matching entry, newest first, as CSV for German Excel: UTF-8 with a byte-order mark, `;`
 * between cells, CRLF between lines, a German header, times as ISO-8601 UTC. More than
 * `maxExportRows` entries are refused with a hint to narrow the range.
 */
export async function exportSecurityEventsCsv({
  organizationId,
  query,
  inTransaction,
  maxRows = maxExportRows,
}: {
  organizationId: string;
  query: ExportSecurityEventsQuery;
  /** Tests lower it. */
  maxRows?: number;
} & Pick<SecurityLogDependencies, 'inTransaction'>): Promise<{ csv: string; count: number }> {
  const filters = toFilters(query);
  const rows = await inTransaction(({ securityLog }) =>
    securityLog.listEvents({ organizationId, filters, limit: maxRows + 1 }),
  );
  if (rows.length > maxRows) {
    throw createValidationError([
      { path: 'query.from', message: `matches more than ${maxRows} entries; choose a shorter time range` },
    ]);
  }
  const lines = [csvHeader.map(toCsvCell).join(';'), ...rows.map(toCsvLine)];
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, count: rows.length };
}

/** Entries written before this moment are older than the retention period. */
export function retentionCutoff(now: Date): Date {
  return new Date(now.getTime() - securityLogRetentionDays * 24 * 60 * 60 * 1000);
}

/**
 * Deletes every entry older than 60 days (L3), of every organisation. Idempotent: two instances running
 * it at once delete each entry once between them.
 */
export async function purgeOldSecurityEvents({
  inTransaction,
  now,
}: SecurityLogDependencies): Promise<{ deleted: number; cutoff: string }> {
  const cutoff = retentionCutoff(now()).toISOString();
  const deleted = await inTransaction(({ securityLog }) => securityLog.deleteEventsBefore({ cutoff }));
  return { deleted, cutoff };
}
