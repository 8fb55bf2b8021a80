// Pure helpers of the account page and the second-factor set-up: phone numbers in the form the server
// takes, the TOTP key for typing in, the recovery-codes file, default passkey names, and what to tell
// the user about a failed set-up (at which field, in which words).
import {
  errorMessageKey,
  isApiError,
  issueMessages,
  type ErrorMessageKey,
} from '../../app/api/api-client.models';
import type { OwnUser } from './account.types';

/** What the server accepts: + country code and number, 7–15 digits (E.164). */
const internationalNumber = /^\+[1-9]\d{6,14}$/;

/**
 * A mobile number as typed („0170 1234567“, „+49 (0)170-123 45 67“, „0049 170 …“) in international form
 * (+491701234567), or null when it cannot be one. Numbers starting with a single 0 are taken as
 * national numbers of `countryCode` (Germany by default).
 */
export function normalizePhoneNumber(input: string, countryCode = '49'): string | null {
  let value = input
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s\-/().]/g, '');
  if (value.startsWith('00')) value = `+${value.slice(2)}`;
  else if (value.startsWith('0')) value = `+${countryCode}${value.slice(1)}`;
  return internationalNumber.test(value) ? value : null;
}

/** The TOTP key in groups of four, as authenticator apps show it and people can type it off a screen. */
export function formatTotpSecret(secret: string): string {
  return (secret.replace(/=+$/, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** A one-time code as typed, without the spaces and dashes people put in for readability. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]+/g, '');
}

/** Six digits, as authenticator apps and text messages show them. */
export function isSixDigitCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

export function hasSecondFactor(user: Pick<OwnUser, 'secondFactors'>): boolean {
  const { totp, sms, passkeys } = user.secondFactors;
  return totp || sms || passkeys > 0;
}

/** The text of the downloadable recovery-codes file: a heading, who it belongs to, the codes. */
export function recoveryCodesFileText({
  codes,
  heading,
  details,
}: {
  codes: readonly string[];
  /** e.g. „Zeugnisdesk – Wiederherstellungscodes“. */
  heading: string;
  /** Lines about the account, the date and the use, already translated. */
  details: readonly string[];
}): string {
  return [heading, '', ...details, '', ...codes.map((code, index) => `${index + 1}. ${code}`), ''].join(
    '\r\n',
  );
}

/** The day of `now` in the browser's time zone, as YYYY-MM-DD. */
export function localCalendarDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** e.g. zeugnisdesk-wiederherstellungscodes-2026-11-27.txt (the day as the user's calendar shows it). */
export function recoveryCodesFileName(prefix: string, now: Date): string {
  return `${prefix}-${localCalendarDate(now)}.txt`;
}

/** A name for a new passkey that the user will recognise in the list, e.g. „Chrome (Windows)“. */
export function defaultPasskeyName(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /OPR\//.test(userAgent)
      ? 'Opera'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /(Chrome|Chromium|CriOS)\//.test(userAgent)
          ? 'Chrome'
          : /Safari\//.test(userAgent)
            ? 'Safari'
            : null;
  const system = /iPhone/.test(userAgent)
    ? 'iPhone'
    : /iPad/.test(userAgent)
      ? 'iPad'
      : /Android/.test(userAgent)
        ? 'Android'
        : /CrOS/.test(userAgent)
          ? 'ChromeOS'
          : /Windows/.test(userAgent)
            ? 'Windows'
            : /Mac OS X|Macintosh/.test(userAgent)
              ? 'macOS'
              : /Linux/.test(userAgent)
                ? 'Linux'
                : null;
  if (browser && system) return `${browser} (${system})`;
  return browser ?? system ?? 'Passkey';
}

/** The locale keys of the account module's own error texts. */
export type AccountErrorKey =
  | 'account.errors.invalidCode'
  | 'account.errors.notAllowed'
  | 'account.errors.wrongPassword'
  | 'account.errors.invalidPhone';

/** Where a failed request is shown: at a field of the form, or above it (field null). */
export interface Problem {
  field: 'code' | 'currentPassword' | 'phone' | null;
  messageKey: AccountErrorKey | ErrorMessageKey;
}

/** What to tell the user about a failed set-up, removal or renewal, and where. */
export function classifySetupError(error: unknown): Problem {
  if (!isApiError(error)) return { field: null, messageKey: errorMessageKey(error) };
  if (error.code === 'second_factor.invalid_code')
    return { field: 'code', messageKey: 'account.errors.invalidCode' };
  if (error.code === 'second_factor.not_allowed')
    return { field: null, messageKey: 'account.errors.notAllowed' };
  if (issueMessages(error.issues, 'currentPassword').length > 0)
    return { field: 'currentPassword', messageKey: 'account.errors.wrongPassword' };
  if (issueMessages(error.issues, 'phone').length > 0)
    return { field: 'phone', messageKey: 'account.errors.invalidPhone' };
  if (issueMessages(error.issues, 'code').length > 0)
    return { field: 'code', messageKey: 'account.errors.invalidCode' };
  return { field: null, messageKey: errorMessageKey(error) };
}

/** Why the browser's passkey ceremony failed, as one of the cases the user can do something about. */
export type PasskeyProblem = 'cancelled' | 'exists' | 'insecure' | 'unsupported' | 'failed';

export function classifyPasskeyError(error: unknown): PasskeyProblem | null {
  if (isApiError(error)) return null;
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    // The user closed the browser's window, or it timed out (browsers do not say which, on purpose).
    case 'NotAllowedError':
    case 'AbortError':
      return 'cancelled';
    // registration: an authenticator that already holds a passkey of this account (excludeCredentials)
    case 'InvalidStateError':
      return 'exists';
    // the relying party does not match the address (e.g. an IP address, or not HTTPS)
    case 'SecurityError':
      return 'insecure';
    case 'NotSupportedError':
      return 'unsupported';
    default:
      return 'failed';
  }
}
