// The vocabulary of the security log (L1): event names after the OWASP Logging Vocabulary, reason codes,
// their German labels (list, UI and CSV), the input of one event, and the text sanitiser that keeps
// user-controlled text from forging or disguising log lines (ASVS 16.4.1).
import { isSecurityAction, type SecurityAction } from '@zeugnisdesk/shared';
import type { SecurityEventsTable } from '../../app/database/database.types.js';

export { isSecurityAction, securityActions, type SecurityAction } from '@zeugnisdesk/shared';

export const securityActionLabels = {
  authn_login_success: 'Anmeldung erfolgreich',
  authn_login_fail: 'Anmeldung fehlgeschlagen',
  authn_login_lock: 'Konto nach Fehlversuchen gesperrt',
  authn_login_unlock: 'Konto entsperrt',
  authn_password_reset_request: 'Passwort-Zurücksetzung angefordert',
  authn_password_reset_complete: 'Passwort zurückgesetzt',
  authn_password_change: 'Passwort geändert',
  authn_mfa_enrol: 'Zweiten Faktor eingerichtet',
  authn_mfa_remove: 'Zweiten Faktor entfernt',
  authn_mfa_fail: 'Zweiter Faktor fehlgeschlagen',
  authn_sso_login: 'Anmeldung per Single Sign-on',
  authn_logout: 'Abmeldung',
  user_invited: 'Benutzer eingeladen',
  user_invitation_accepted: 'Einladung angenommen',
  user_deactivated: 'Benutzer deaktiviert',
  user_reactivated: 'Benutzer reaktiviert',
  user_role_changed: 'Rolle geändert',
  user_scope_changed: 'Zugriffsbereich geändert',
  authz_fail: 'Zugriff verweigert',
  session_revoked_all: 'Alle Sitzungen beendet',
  security_settings_changed: 'Sicherheitseinstellungen geändert',
  privacy_settings_changed: 'Datenschutzeinstellungen geändert',
  email_settings_changed: 'E-Mail-Vorlage oder Absendername geändert',
  message_resent: 'Nicht zugestellte Nachricht erneut gesendet',
  support_access_granted: 'Supportzugang gewährt',
  support_access_revoked: 'Supportzugang entzogen',
} as const satisfies Record<SecurityAction, string>;

/**
 * Reason codes with a German label. Other snake_case codes are accepted too (a feature may need a new
 * one before it is labelled here); they appear as the code itself.
 */
export const securityReasonLabels: Readonly<Record<string, string>> = {
  unknown_user: 'Unbekannte E-Mail-Adresse',
  wrong_password: 'Falsches Passwort',
  account_locked: 'Konto gesperrt',
  too_many_failures: 'Zu viele Fehlversuche',
  user_inactive: 'Benutzer deaktiviert',
  user_invited: 'Einladung noch nicht angenommen',
  organization_ended: 'Vertrag der Organisation beendet',
  sso_only: 'Nur Single Sign-on erlaubt',
  second_factor_failed: 'Zweiter Faktor fehlgeschlagen',
  wrong_code: 'Falscher Code',
  expired_code: 'Code abgelaufen',
  expired_token: 'Link abgelaufen',
  not_administrator: 'Keine Administratorrechte',
};

/** The reasons of `authn_login_fail`. */
export const loginFailReasons = [
  'unknown_user',
  'wrong_password',
  'account_locked',
  'user_inactive',
  'user_invited',
  'organization_ended',
  'sso_only',
  'second_factor_failed',
] as const;

export type LoginFailReason = (typeof loginFailReasons)[number];

/** A reason code: lower-case snake_case, so that no user input can pass as one. */
export const reasonCodePattern = /^[a-z][a-z0-9_]{0,63}$/;

/** Values of `details`: flat and small; strings are sanitised like the other text. */
export type SecurityEventDetails = Readonly<Record<string, string | number | boolean | null>>;

/** One event as features record it (`recordSecurityEvent`). */
export interface SecurityEvent {
  /** null: no known organisation (e.g. a sign-in with an unknown e-mail address). */
  organizationId: string | null;
  /** The user concerned, if known. */
  userId?: string | null;
  /** Who acted, when someone acted on `userId` (e.g. an administrator unlocking an account). */
  actorUserId?: string | null;
  action: SecurityAction;
  /** A reason code (e.g. `wrong_password`, see `securityReasonLabels`); never user input. */
  reason?: string | null;
  /** The e-mail address as given, for events about unknown users. Sanitised and shortened. */
  subject?: string | null;
  ipAddress?: string | null;
  userAgent?: string | null;
  /** Further non-secret facts (e.g. `{ factor: 'totp' }`). Keys that look secret are refused. */
  details?: SecurityEventDetails | null;
}

export function labelOfAction(action: string): string {
  return isSecurityAction(action) ? securityActionLabels[action] : action;
}

export function labelOfReason(reason: string | null): string | null {
  if (reason === null) return null;
  return Object.hasOwn(securityReasonLabels, reason) ? (securityReasonLabels[reason] ?? reason) : reason;
}

// ANSI/VT escape sequences: CSI (ESC [ or 8-bit 0x9B) with its parameters, OSC (ESC ] or 0x9D) up to
// BEL or ST, and the other escapes (ESC, intermediates, one final character, e.g. ESC c or ESC ( B).
// Removed whole: their payload would otherwise stay behind as visible garbage.
const ansiEscapes =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]/g;
/** Line breaks and other control characters (C0, DEL, C1), and line/paragraph separators: a space. */
const controlCharacters = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
/**
 * Invisible format characters (bidi overrides and isolates, zero-width characters, the BOM) and lone
 * surrogates: removed, so that what the reader sees is what was stored.
 */
const invisibleCharacters = /[\p{Cf}\p{Cs}]/gu;

/**
 * `text` as one printable line: escape sequences and invisible characters removed, control characters
 * and runs of white space turned into one space, trimmed, and cut to `maxLength` characters (code
 * points; a cut text ends in „…“). Null when nothing printable is left.
 */
export function sanitizeLogText(text: string | null | undefined, maxLength: number): string | null {
  if (text === null || text === undefined) return null;
  const line = text
    .normalize('NFC')
    .replace(ansiEscapes, '')
    .replace(controlCharacters, ' ')
    .replace(invisibleCharacters, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (line === '') return null;
  const characters = Array.from(line);
  if (characters.length <= maxLength) return line;
  return `${characters
    .slice(0, Math.max(0, maxLength - 1))
    .join('')
    .trimEnd()}…`;
}

export function parseDetails(detailsJson: string | null): Record<string, unknown> | null {
  if (detailsJson === null) return null;
  const parsed: unknown = JSON.parse(detailsJson);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}

export function formatSecurityEventForApi(row: SecurityEventsTable) {
  return {
    id: row.id,
    createdAt: row.created_at,
    action: row.action,
    actionLabel: labelOfAction(row.action),
    reason: row.reason,
    reasonLabel: labelOfReason(row.reason),
    userId: row.user_id,
    actorUserId: row.actor_user_id,
    subject: row.subject,
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
    details: parseDetails(row.details_json),
  };
}
