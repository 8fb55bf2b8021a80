// The password policy (U4): checks a new password against the tenant's preset and reports every
// problem at once with a German message, and describes the preset for the live rule list in the UI.
// Passwords are compared and counted in their NFKC form; the caller hashes and verifies that same
// form (`normalizePassword`), so a password typed with a different but equivalent encoding still
// signs in. Nothing is ever truncated.
import { commonPasswordKey, isCommonPassword } from './common-passwords.services.js';
import {
  ignoredNameParticles,
  minPersonalWordLength,
  passwordPolicyPresets,
  passwordPresetDefinitions,
  passwordProblemMessage,
  type PasswordPolicyPreset,
  type PasswordProblemCode,
} from './password-policy.config.js';

export type { PasswordPolicyPreset, PasswordProblemCode } from './password-policy.config.js';

export interface PasswordProblem {
  code: PasswordProblemCode;
  /** German, for the UI. */
  message: string;
}

/** What the password must not contain: the user's own data and words any attacker would try first. */
export interface PasswordContext {
  email?: string;
  firstName?: string;
  lastName?: string;
  /** For example the organisation's name and „Zeugnisdesk“ (ASVS 5.0 V6.2.11). */
  contextWords?: string[];
}

export interface PasswordPolicyDescription {
  preset: PasswordPolicyPreset;
  /** In characters (Unicode code points). */
  minLength: number;
  maxLength: number;
  /** Every rule `checkPassword` enforces for this preset, in the order it reports them. */
  rules: PasswordProblem[];
}

export function isPasswordPolicyPreset(value: unknown): value is PasswordPolicyPreset {
  return typeof value === 'string' && (passwordPolicyPresets as readonly string[]).includes(value);
}

/**
 * The form of a password that is checked, hashed and verified (NIST SP 800-63B 5.1.1.2): Unicode
 * NFKC, so that e.g. the ligature „ﬁ“ and „fi“ or a full-width digit and an ASCII digit are the same.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Length in Unicode code points of the normalised password (an emoji counts as one). */
export function passwordLength(password: string): number {
  return [...normalizePassword(password)].length;
}

const lowercaseLetter = /\p{Ll}/u;
const uppercaseLetter = /\p{Lu}/u;
const digit = /\p{N}/u;
// Neither a letter (with its combining marks) nor a digit: punctuation, symbols, spaces, emoji.
const specialCharacter = /[^\p{L}\p{M}\p{N}]/u;

const compositionCodes: readonly PasswordProblemCode[] = [
  'missing_lowercase',
  'missing_uppercase',
  'missing_digit',
  'missing_special',
];

function ruleCodes(preset: PasswordPolicyPreset): PasswordProblemCode[] {
  const { composition } = presetDefinition(preset);
  return [
    'too_short',
    'too_long',
    ...(composition ? compositionCodes : []),
    'common',
    'contains_personal_data',
  ];
}

function presetDefinition(preset: PasswordPolicyPreset) {
  if (!isPasswordPolicyPreset(preset))
    throw new TypeError(`Unknown password policy preset: ${String(preset)}`);
  return passwordPresetDefinitions[preset];
}

export function describePasswordPolicy(preset: PasswordPolicyPreset): PasswordPolicyDescription {
  const { minLength, maxLength } = presetDefinition(preset);
  return {
    preset,
    minLength,
    maxLength,
    rules: ruleCodes(preset).map((code) => ({
      code,
      message: passwordProblemMessage(code, minLength, maxLength),
    })),
  };
}

const nameSeparators = /[\s\-‐‑'’.]+/u;
const emailSeparators = /[._+-]+/u;

function addWord(words: Set<string>, word: string): void {
  if ([...word].length >= minPersonalWordLength) words.add(word);
}

/** The words the password must not contain, keyed like the password (NFKC, lower case). */
function personalWords(context: PasswordContext): Set<string> {
  const words = new Set<string>();
  const names = [context.firstName, context.lastName, ...(context.contextWords ?? [])];
  for (const name of names) {
    const key = commonPasswordKey(name?.trim() ?? '');
    addWord(words, key);
    const parts = key.split(nameSeparators).filter((part) => !ignoredNameParticles.has(part));
    for (const part of parts) addWord(words, part);
    addWord(words, key.replace(new RegExp(nameSeparators, 'gu'), ''));
  }
  const email = commonPasswordKey(context.email?.trim() ?? '');
  if (email !== '') {
    words.add(email); // the address itself, however short
    const at = email.lastIndexOf('@');
    const localPart = at > 0 ? email.slice(0, at) : email;
    addWord(words, localPart);
    for (const part of localPart.split(emailSeparators)) addWord(words, part);
  }
  return words;
}

function containsPersonalData(normalized: string, context: PasswordContext): boolean {
  const password = commonPasswordKey(normalized);
  for (const word of personalWords(context)) if (password.includes(word)) return true;
  return false;
}

/**
 * Every problem of the password under the preset, in the order of `describePasswordPolicy`; an
 * empty array means the password is acceptable. Hash `normalizePassword(password)` afterwards.
 */
export function checkPassword(
  password: string,
  preset: PasswordPolicyPreset,
  context: PasswordContext = {},
): PasswordProblem[] {
  const { minLength, maxLength, composition } = presetDefinition(preset);
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  const failed = new Set<PasswordProblemCode>();
  if (length < minLength) failed.add('too_short');
  if (length > maxLength) failed.add('too_long');
  if (composition) {
    if (!lowercaseLetter.test(normalized)) failed.add('missing_lowercase');
    if (!uppercaseLetter.test(normalized)) failed.add('missing_uppercase');
    if (!digit.test(normalized)) failed.add('missing_digit');
    if (!specialCharacter.test(normalized)) failed.add('missing_special');
  }
  if (isCommonPassword(normalized)) failed.add('common');
  if (containsPersonalData(normalized, context)) failed.add('contains_personal_data');
  return ruleCodes(preset)
    .filter((code) => failed.has(code))
    .map((code) => ({ code, message: passwordProblemMessage(code, minLength, maxLength) }));
}
