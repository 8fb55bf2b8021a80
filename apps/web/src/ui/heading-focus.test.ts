import { describe, expect, it } from 'vitest';
import { claimHeadingFocus } from './heading-focus';

describe('claimHeadingFocus', () => {
  it('leaves the first page alone and moves the focus once per page change', () => {
    const state = { lastPath: '/' };
    expect(claimHeadingFocus(state, '/')).toBe(false);
    expect(claimHeadingFocus(state, '/mitarbeiter')).toBe(true);
    expect(claimHeadingFocus(state, '/mitarbeiter')).toBe(false);
    expect(claimHeadingFocus(state, '/')).toBe(true);
  });

  it('does nothing outside the shell', () => {
    expect(claimHeadingFocus(null, '/anmelden')).toBe(false);
  });
});
