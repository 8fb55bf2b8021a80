import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createRecoveryCodes,
  findRecoveryCode,
  formatRecoveryCode,
  hashRecoveryCode,
  normalizeRecoveryCode,
} from './recovery-codes.services.js';

/** Six groups of four lower-case Crockford characters. */
function hasCodeFormat(code: string): boolean {
  const groups = code.split('-');
  return groups.length === 6 && groups.every((group) => /^[0-9a-hjkmnp-tv-z]{4}$/.test(group));
}
const crockfordAlphabet = '0123456789abcdefghjkmnpqrstvwxyz';

describe('formatRecoveryCode', () => {
  it('encodes bytes as lower-case Crockford base32 in groups of four', () => {
    expect(formatRecoveryCode(new Uint8Array([0x00, 0x44, 0x32, 0x14, 0xc7]))).toBe('0123-4567');
    expect(formatRecoveryCode(new Uint8Array([0x42, 0x9a, 0xbe, 0x2e, 0x7f]))).toBe('8adb-wbkz');
    expect(formatRecoveryCode(new Uint8Array(15))).toBe('0000-0000-0000-0000-0000-0000');
    expect(formatRecoveryCode(new Uint8Array(15).fill(0xff))).toBe('zzzz-zzzz-zzzz-zzzz-zzzz-zzzz');
  });
});

describe('createRecoveryCodes', () => {
  it('makes 10 distinct codes of 24 characters in 6 groups, with their SHA-256 hashes in the same order', () => {
    const { codes, hashes } = createRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(hasCodeFormat(code), code).toBe(true);
    expect(hashes).toEqual(
      codes.map((code) => createHash('sha256').update(code.replace(/-/g, '')).digest('hex')),
    );
  });

  it('draws 120 bits per code: every position takes every one of the 32 symbols', () => {
    // 2,000 codes: a position that is constant, padded or drawn from fewer than 5 bits would miss symbols
    // (the chance that a truly random position misses one of 32 symbols is 32 · (31/32)^2000 < 10^-25).
    const codes = Array.from({ length: 200 }, () => createRecoveryCodes().codes).flat();
    expect(new Set(codes).size).toBe(codes.length);
    const characters = codes.map((code) => code.replace(/-/g, ''));
    for (let position = 0; position < 24; position += 1) {
      const seen = new Set(characters.map((code) => code[position]));
      expect(seen.size, `position ${position}`).toBe(32);
    }
    // 24 characters × log2(32) = 120 bits ≥ 112 (ASVS 6.5.2).
    expect(24 * Math.log2(crockfordAlphabet.length)).toBeGreaterThanOrEqual(112);
  });
});

describe('normalizeRecoveryCode', () => {
  it('removes spaces and dashes, lower-cases and maps the Crockford look-alikes', () => {
    expect(normalizeRecoveryCode('  AB0C-1DEF \t GH ')).toBe('ab0c1defgh');
    expect(normalizeRecoveryCode('OoIiLl')).toBe('001111');
  });
});

describe('findRecoveryCode', () => {
  it('finds a code typed in upper case, with spaces instead of dashes and look-alike letters', () => {
    const code = '0a1b-2c3d-4e5f-6g7h-8j9k-mnpq';
    const hashes = [hashRecoveryCode('zzzz-zzzz-zzzz-zzzz-zzzz-zzzz'), hashRecoveryCode(code)];
    expect(findRecoveryCode(code, hashes)).toBe(1);
    expect(findRecoveryCode(' 0A1B 2C3D 4E5F 6G7H 8J9K MNPQ ', hashes)).toBe(1);
    expect(findRecoveryCode('OAIB-2C3D-4E5F-6G7H-8J9K-MNPQ', hashes)).toBe(1);
    expect(findRecoveryCode('oalb2c3d4e5f6g7h8j9kmnpq', hashes)).toBe(1);
  });

  it('matches each code to its own hash only', () => {
    const { codes, hashes } = createRecoveryCodes();
    codes.forEach((code, index) => {
      expect(findRecoveryCode(code, hashes)).toBe(index);
      expect(
        findRecoveryCode(
          code,
          hashes.filter((_, other) => other !== index),
        ),
      ).toBe(-1);
    });
  });

  it('rejects a wrong code (threat: guessing), including one that differs in a single character', () => {
    const { codes, hashes } = createRecoveryCodes();
    const other = createRecoveryCodes().codes[0]!;
    expect(findRecoveryCode(other, hashes)).toBe(-1);
    const first = codes[0]!;
    const last = first.at(-1) === 'z' ? 'y' : 'z';
    expect(findRecoveryCode(first.slice(0, -1) + last, hashes)).toBe(-1);
    expect(findRecoveryCode(first.slice(0, -1), hashes)).toBe(-1);
    for (const input of ['', ' ', '-', first + '0', 'u'.repeat(24)])
      expect(findRecoveryCode(input, hashes)).toBe(-1);
  });

  it('does not accept a stored hash as the code (threat: a leaked hash list)', () => {
    const { hashes } = createRecoveryCodes();
    expect(findRecoveryCode(hashes[0]!, hashes)).toBe(-1);
  });

  it('skips malformed stored hashes without throwing', () => {
    const code = '0a1b-2c3d-4e5f-6g7h-8j9k-mnpq';
    const hashes = ['', 'not hex', hashRecoveryCode(code).slice(0, 10), hashRecoveryCode(code).toUpperCase()];
    expect(findRecoveryCode(code, hashes)).toBe(3);
    expect(findRecoveryCode(code, [])).toBe(-1);
  });

  it('reports the first of duplicate hashes', () => {
    const code = '0a1b-2c3d-4e5f-6g7h-8j9k-mnpq';
    expect(
      findRecoveryCode(code, [hashRecoveryCode('1111'), hashRecoveryCode(code), hashRecoveryCode(code)]),
    ).toBe(1);
  });
});
