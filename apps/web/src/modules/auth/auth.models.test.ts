import { describe, expect, it } from 'vitest';
import { looksLikeEmail, targetAfterSignIn } from './auth.models';

describe('targetAfterSignIn', () => {
  it('returns to the page the user asked for, with its query', () => {
    expect(targetAfterSignIn({ from: { pathname: '/mitarbeiter', search: '?q=M%C3%BCller' } })).toBe(
      '/mitarbeiter?q=M%C3%BCller',
    );
  });

  it('goes to the overview without a target, or when the target is a sign-in screen', () => {
    expect(targetAfterSignIn(null)).toBe('/');
    expect(targetAfterSignIn({})).toBe('/');
    expect(targetAfterSignIn({ from: { pathname: '/anmelden' } })).toBe('/');
    expect(targetAfterSignIn({ from: { pathname: '/einladung' } })).toBe('/');
  });

  it('never leads to another site (open redirect)', () => {
    expect(targetAfterSignIn({ from: { pathname: '//evil.example/phish' } })).toBe('/');
    expect(targetAfterSignIn({ from: { pathname: 'https://evil.example/' } })).toBe('/');
    expect(targetAfterSignIn({ from: { pathname: 42 } })).toBe('/');
  });
});

describe('looksLikeEmail', () => {
  it('accepts ordinary addresses and refuses obvious typos', () => {
    expect(looksLikeEmail('sabine.hoffmann@musterfirma.example')).toBe(true);
    expect(looksLikeEmail(' a@b.de ')).toBe(true);
    expect(looksLikeEmail('sabine.hoffmann')).toBe(false);
    expect(looksLikeEmail('a b@c.de')).toBe(false);
    expect(looksLikeEmail('a@b')).toBe(false);
  });
});
