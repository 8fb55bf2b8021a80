import { describe, expect, it } from 'vitest';
import { createId } from './ids.js';

describe('createId', () => {
  it('makes prefixed ids of 128 random bits in lower-case base32', () => {
    expect(createId('org')).toMatch(/^org_[0-9a-hjkmnp-tv-z]{26}$/);
  });

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createId('org')));
    expect(ids.size).toBe(1000);
  });
});
