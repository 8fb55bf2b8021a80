// The password policy presets (U4) and the German messages shown for each rule. A tenant chooses a
// preset; 'standard' is the product default (the composition rules the customer asked for), 'nist'
// follows NIST SP 800-63B rev. 4 and OWASP ASVS 5.0 V6.2.5 (length, no composition rules). Both
// presets also reject common passwords and passwords that contain personal or context words.

export type PasswordPolicyPreset = 'standard' | 'nist';

export const passwordPolicyPresets = ['standard', 'nist'] as const satisfies readonly PasswordPolicyPreset[];

export const defaultPasswordPolicyPreset: PasswordPolicyPreset = 'standard';

export type PasswordProblemCode =
  | 'too_short'
  | 'too_long'
  | 'missing_lowercase'
  | 'missing_uppercase'
  | 'missing_digit'
  | 'missing_special'
  | 'common'
  | 'contains_personal_data';

export interface PasswordPresetDefinition {
  /** Minimum length in Unicode code points after NFKC normalisation. */
  minLength: number;
  /** Maximum length in code points; longer passwords are rejected, never truncated. */
  maxLength: number;
  /** Whether one lower-case letter, one upper-case letter, one digit and one special character are required. */
  composition: boolean;
}

/** Far above the 64 that NIST requires to be accepted, low enough to bound the cost of hashing. */
export const maxPasswordLength = 1024;

export const passwordPresetDefinitions: Readonly<Record<PasswordPolicyPreset, PasswordPresetDefinition>> = {
  standard: { minLength: 8, maxLength: maxPasswordLength, composition: true },
  nist: { minLength: 15, maxLength: maxPasswordLength, composition: false },
};

/**
 * Names, e-mail local parts and context words shorter than this are not searched for in the
 * password, so that a short name such as „Li“ does not forbid every password containing it.
 */
export const minPersonalWordLength = 3;

/**
 * Name particles that are not searched for on their own (they would forbid every password that
 * contains „der“ or „von“); the whole name is still searched for.
 */
export const ignoredNameParticles: ReadonlySet<string> = new Set([
  'van',
  'von',
  'vom',
  'der',
  'den',
  'dem',
  'des',
  'zum',
  'zur',
  'del',
  'della',
  'dos',
  'ten',
  'ter',
]);

/** Entries of the common-password list shorter than this are skipped when the list is loaded. */
export const minCommonPasswordLength = 4;

/** Messages for the UI, one per rule, in the order the rules are listed. */
export function passwordProblemMessage(
  code: PasswordProblemCode,
  minLength: number,
  maxLength: number,
): string {
  switch (code) {
    case 'too_short':
      return `Das Passwort muss mindestens ${minLength} Zeichen lang sein.`;
    case 'too_long':
      return `Das Passwort darf höchstens ${maxLength} Zeichen lang sein.`;
    case 'missing_lowercase':
      return 'Das Passwort muss mindestens einen Kleinbuchstaben enthalten.';
    case 'missing_uppercase':
      return 'Das Passwort muss mindestens einen Großbuchstaben enthalten.';
    case 'missing_digit':
      return 'Das Passwort muss mindestens eine Ziffer enthalten.';
    case 'missing_special':
      return 'Das Passwort muss mindestens ein Sonderzeichen enthalten (zum Beispiel ! ? # oder ein Leerzeichen).';
    case 'common':
      return 'Dieses Passwort ist zu verbreitet und leicht zu erraten.';
    case 'contains_personal_data':
      return 'Das Passwort darf Ihren Namen, Ihre E-Mail-Adresse oder naheliegende Begriffe wie den Namen Ihrer Organisation nicht enthalten.';
  }
}
