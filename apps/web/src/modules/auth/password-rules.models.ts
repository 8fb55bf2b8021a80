// The password rules of the tenant's policy, evaluated as the user types. The browser checks what it
// can check exactly as the server does (length in code points after NFKC, letter classes by Unicode
// category); the common-password list and the personal-data rule are decided by the server on submit.
import type { PasswordPolicy } from './auth.types';

/** met / not met as typed; `server`: checked when the password is saved. */
export type PasswordRuleState = 'met' | 'unmet' | 'server';

export interface EvaluatedPasswordRule {
  code: string;
  state: PasswordRuleState;
  /** The server's German text, for rules the app has no text of its own for. */
  message: string;
}

const checks: Record<string, (password: string, policy: PasswordPolicy) => boolean> = {
  too_short: (password, { minLength }) => passwordLength(password) >= minLength,
  too_long: (password, { maxLength }) => passwordLength(password) <= maxLength,
  missing_lowercase: (password) => /\p{Ll}/u.test(password.normalize('NFKC')),
  missing_uppercase: (password) => /\p{Lu}/u.test(password.normalize('NFKC')),
  missing_digit: (password) => /\p{N}/u.test(password.normalize('NFKC')),
  missing_special: (password) => /[^\p{L}\p{M}\p{N}]/u.test(password.normalize('NFKC')),
};

/** Length as the server counts it: Unicode code points after NFKC (an emoji is one). */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

/** Every rule of the policy, in its order, with its state for `password`. */
export function evaluatePasswordRules(password: string, policy: PasswordPolicy): EvaluatedPasswordRule[] {
  return policy.rules.map(({ code, message }) => {
    const check = checks[code];
    if (!check) return { code, message, state: 'server' };
    return { code, message, state: check(password, policy) ? 'met' : 'unmet' };
  });
}

/** The rules worth listing: the maximum length only once it is exceeded (1024 characters is no hint). */
export function visiblePasswordRules(rules: EvaluatedPasswordRule[]): EvaluatedPasswordRule[] {
  return rules.filter((rule) => rule.code !== 'too_long' || rule.state === 'unmet');
}

/** True when no rule the browser can check is broken; the server may still refuse the password. */
export function meetsCheckableRules(rules: EvaluatedPasswordRule[]): boolean {
  return rules.every((rule) => rule.state !== 'unmet');
}
