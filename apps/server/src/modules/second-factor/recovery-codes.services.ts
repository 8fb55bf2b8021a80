// One-time recovery codes (lookup secrets, ASVS 6.5): 120 random bits each, shown once in Crockford
// base32 and stored as SHA-256 hashes (enough for secrets of at least 112 bits, ASVS 6.5.2). The caller
// deletes or marks a code's hash once it has been used.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { recoveryCodeBytes, recoveryCodeCount, recoveryCodeGroupLength } from './second-factor.config.js';

// Crockford's base32 in lower case: no i, l, o, u, so the code cannot be misread.
const crockfordAlphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/** Bytes → lower-case Crockford base32 (5 bits per character, zero bits padded at the end), grouped by '-'. */
export function formatRecoveryCode(bytes: Uint8Array): string {
  let characters = '';
  let buffer = 0;
  let bitCount = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bitCount += 8;
    while (bitCount >= 5) {
      bitCount -= 5;
      characters += crockfordAlphabet[(buffer >> bitCount) & 0x1f];
    }
  }
  if (bitCount > 0) characters += crockfordAlphabet[(buffer << (5 - bitCount)) & 0x1f];
  const groups: string[] = [];
  for (let index = 0; index < characters.length; index += recoveryCodeGroupLength)
    groups.push(characters.slice(index, index + recoveryCodeGroupLength));
  return groups.join('-');
}

export interface RecoveryCodes {
  /** Shown to the user once, never stored. */
  codes: string[];
  /** `hashes[i]` belongs to `codes[i]`: SHA-256, hex. Stored. */
  hashes: string[];
}

export function createRecoveryCodes(count: number = recoveryCodeCount): RecoveryCodes {
  const codes: string[] = [];
  while (codes.length < count) {
    const code = formatRecoveryCode(randomBytes(recoveryCodeBytes));
    // A repeat of 120 random bits will not happen; the check keeps the codes distinct regardless.
    if (!codes.includes(code)) codes.push(code);
  }
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** Undoes what people do when typing a code: spaces, dashes, upper case, O for 0, I or L for 1. */
export function normalizeRecoveryCode(code: string): string {
  return code
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code), 'utf8').digest('hex');
}

/**
 * The index of the hash that matches `code`, or -1. Compares with every hash in constant time and does not
 * stop at a match, so the time taken tells nothing about which or whether a code matched.
 */
export function findRecoveryCode(code: string, hashes: readonly string[]): number {
  const candidate = createHash('sha256').update(normalizeRecoveryCode(code), 'utf8').digest();
  let found = -1;
  hashes.forEach((hash, index) => {
    const stored = Buffer.from(hash, 'hex');
    // A malformed stored hash (not 32 bytes) matches nothing; its length is no secret.
    const isMatch = stored.length === candidate.length && timingSafeEqual(stored, candidate);
    if (isMatch && found === -1) found = index;
  });
  return found;
}
