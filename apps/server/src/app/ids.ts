// Prefixed random identifiers (`org_…`, `emp_…`): 128 random bits in lower-case Crockford base32.
import { randomBytes } from 'node:crypto';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

export type IdPrefix =
  | 'org'
  | 'cmp'
  | 'loc'
  | 'dep'
  | 'unt'
  | 'ety'
  | 'emp'
  | 'msg'
  | 'crt'
  | 'crv'
  | 'cas'
  | 'csc'
  | 'usr'
  | 'sev'
  | 'rol'
  | 'ses'
  | 'tok'
  | 'mfa'
  | 'chl'
  // Issue #8, handovers: the handover and its events.
  | 'hov'
  | 'hev'
  | 'chg';

export function createId(prefix: IdPrefix): string {
  const bytes = randomBytes(16);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return `${prefix}_${out}`;
}
