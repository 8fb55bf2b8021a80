import { describe, expect, it } from 'vitest';
import { readLinkToken } from './link-token.models';

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

describe('readLinkToken', () => {
  it('reads the token of a link fragment', () => {
    expect(token).toHaveLength(43);
    expect(readLinkToken(`#token=${token}`)).toBe(token);
    expect(readLinkToken(`token=${token}`)).toBe(token);
  });

  it('finds nothing in an empty or foreign fragment', () => {
    expect(readLinkToken('')).toBeNull();
    expect(readLinkToken('#')).toBeNull();
    expect(readLinkToken('#section-2')).toBeNull();
  });

  it('refuses values that cannot be a token (wrong length, other characters, injected markup)', () => {
    expect(readLinkToken(`#token=${token}x`)).toBeNull();
    expect(readLinkToken(`#token=${token.slice(1)}`)).toBeNull();
    expect(readLinkToken('#token=%3Cscript%3Ealert(1)%3C%2Fscript%3Eaaaaaaaaaaaaaaaaaaaaaaa')).toBeNull();
  });
});
