import { describe, expect, it } from 'vitest';
import {
  evaluatePasswordRules,
  meetsCheckableRules,
  passwordLength,
  visiblePasswordRules,
} from './password-rules.models';
import type { PasswordPolicy } from './auth.types';

const rule = (code: string) => ({ code, message: `server text for ${code}` });
const standard: PasswordPolicy = {
  preset: 'standard',
  minLength: 8,
  maxLength: 1024,
  rules: [
    'too_short',
    'too_long',
    'missing_lowercase',
    'missing_uppercase',
    'missing_digit',
    'missing_special',
    'common',
    'contains_personal_data',
  ].map(rule),
};
const nist: PasswordPolicy = {
  preset: 'nist',
  minLength: 15,
  maxLength: 1024,
  rules: ['too_short', 'too_long', 'common', 'contains_personal_data'].map(rule),
};

const states = (password: string, policy: PasswordPolicy) =>
  Object.fromEntries(evaluatePasswordRules(password, policy).map((r) => [r.code, r.state]));

describe('evaluatePasswordRules', () => {
  it('marks every composition rule unmet for an empty password and leaves the list rules to the server', () => {
    expect(states('', standard)).toEqual({
      too_short: 'unmet',
      too_long: 'met',
      missing_lowercase: 'unmet',
      missing_uppercase: 'unmet',
      missing_digit: 'unmet',
      missing_special: 'unmet',
      common: 'server',
      contains_personal_data: 'server',
    });
  });

  it('meets each rule as soon as the password has what it asks for', () => {
    expect(states('abc', standard)).toMatchObject({ missing_lowercase: 'met', missing_uppercase: 'unmet' });
    expect(states('Abc', standard)).toMatchObject({ missing_uppercase: 'met', missing_digit: 'unmet' });
    expect(states('Abc1', standard)).toMatchObject({ missing_digit: 'met', missing_special: 'unmet' });
    expect(states('Abc1 ', standard)).toMatchObject({ missing_special: 'met', too_short: 'unmet' });
    expect(states('Sommer-Wiese7Ü', standard)).toMatchObject({
      too_short: 'met',
      missing_lowercase: 'met',
      missing_uppercase: 'met',
      missing_digit: 'met',
      missing_special: 'met',
    });
  });

  it('counts letters of every script by Unicode category, as the server does', () => {
    expect(states('ÄÖÜ', standard)).toMatchObject({ missing_uppercase: 'met', missing_lowercase: 'unmet' });
    expect(states('ßäö', standard)).toMatchObject({ missing_lowercase: 'met', missing_uppercase: 'unmet' });
    // A letter with a combining mark is not a special character.
    expect(states('Ae\u0301b1', standard)).toMatchObject({ missing_special: 'unmet' });
  });

  it('counts the length in code points after NFKC, so an emoji is one character', () => {
    expect(passwordLength('🌻🌻')).toBe(2);
    expect(passwordLength('ﬁ')).toBe(2); // the ligature becomes „fi“
    expect(states('Wiese7Ü🌻', standard)).toMatchObject({ too_short: 'met' });
    expect(states('Wiese7Ü', standard)).toMatchObject({ too_short: 'unmet' });
  });

  it('applies the minimum length of the policy it is given', () => {
    expect(states('wiesenblumenta', nist)).toMatchObject({ too_short: 'unmet' });
    expect(states('wiesenblumentag', nist)).toMatchObject({ too_short: 'met' });
    expect(Object.keys(states('x', nist))).toEqual([
      'too_short',
      'too_long',
      'common',
      'contains_personal_data',
    ]);
  });

  it('reports a password over the maximum length', () => {
    const short: PasswordPolicy = { ...standard, maxLength: 10 };
    expect(states('Abcdefgh1!x', short)).toMatchObject({ too_long: 'unmet' });
  });

  it('leaves rules it does not know to the server and keeps their text', () => {
    const policy: PasswordPolicy = { ...standard, rules: [rule('no_repeats')] };
    expect(evaluatePasswordRules('aaaa', policy)).toEqual([
      { code: 'no_repeats', state: 'server', message: 'server text for no_repeats' },
    ]);
  });
});

describe('visiblePasswordRules and meetsCheckableRules', () => {
  it('hides the maximum length until it is exceeded', () => {
    const codes = (password: string, policy: PasswordPolicy) =>
      visiblePasswordRules(evaluatePasswordRules(password, policy)).map((r) => r.code);
    expect(codes('Abc', standard)).not.toContain('too_long');
    expect(codes('Abcdefgh1!x', { ...standard, maxLength: 10 })).toContain('too_long');
  });

  it('accepts a password only when no checkable rule is broken', () => {
    expect(meetsCheckableRules(evaluatePasswordRules('Sommer-Wiese7Ü', standard))).toBe(true);
    expect(meetsCheckableRules(evaluatePasswordRules('Sommer-Wiese', standard))).toBe(false);
    expect(meetsCheckableRules(evaluatePasswordRules('wiesenblumentag', nist))).toBe(true);
  });
});
