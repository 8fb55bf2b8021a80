import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { totpIssuer, totpPeriodSeconds } from './second-factor.config.js';
import { createTotpSecret, totpUri, verifyTotp } from './totp.services.js';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const rfcSecretAscii = '12345678901234567890';
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function decodeBase32(value: string): Buffer {
  let bits = '';
  for (const character of value) bits += base32Alphabet.indexOf(character).toString(2).padStart(5, '0');
  const bytes: number[] = [];
  for (let index = 0; index + 8 <= bits.length; index += 8)
    bytes.push(parseInt(bits.slice(index, index + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 4226 HOTP written out independently of otplib, as the oracle for the tests. */
function hotp(key: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

const key = decodeBase32(rfcSecret);
const codeAt = (step: number) => hotp(key, step);
/** A moment `secondsIntoStep` seconds after the start of time step `step`. */
const atStep = (step: number, secondsIntoStep = 0) =>
  new Date((step * totpPeriodSeconds + secondsIntoStep) * 1000);

describe('createTotpSecret', () => {
  it('makes base32 secrets of 160 bits that differ each time', () => {
    const secrets = Array.from({ length: 50 }, () => createTotpSecret());
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(decodeBase32(secret)).toHaveLength(20);
    }
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it('makes secrets that verify', async () => {
    const secret = createTotpSecret();
    const now = atStep(60_000_000, 12);
    const result = await verifyTotp({
      secret,
      code: hotp(decodeBase32(secret), 60_000_000),
      now,
      lastUsedStep: null,
    });
    expect(result).toEqual({ valid: true, step: 60_000_000 });
  });
});

describe('totpUri', () => {
  it('encodes issuer, account and secret as authenticator apps expect', () => {
    const uri = new URL(
      totpUri({ secret: rfcSecret, accountName: 'jörg.weiß@example.de', issuer: totpIssuer }),
    );
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Zeugnisdesk:jörg.weiß@example.de');
    expect(uri.searchParams.get('secret')).toBe(rfcSecret);
    expect(uri.searchParams.get('issuer')).toBe('Zeugnisdesk');
    // SHA-1, 6 digits and 30 s are the defaults of the key URI format, so they may be left out.
    expect(uri.searchParams.get('algorithm') ?? 'SHA1').toBe('SHA1');
    expect(uri.searchParams.get('digits') ?? '6').toBe('6');
    expect(uri.searchParams.get('period') ?? '30').toBe('30');
  });
});

describe('verifyTotp', () => {
  it('accepts the RFC 6238 SHA-1 test vectors (6 digits)', async () => {
    expect(Buffer.from(rfcSecretAscii, 'ascii').equals(key)).toBe(true);
    expect(hotp(key, 1, 8)).toBe('94287082');
    const vectors: [seconds: number, code: string][] = [
      [59, '287082'],
      [1111111109, '081804'],
      [1111111111, '050471'],
      [1234567890, '005924'],
      [2000000000, '279037'],
      [20000000000, '353130'],
    ];
    for (const [seconds, code] of vectors) {
      const step = Math.floor(seconds / 30);
      expect(
        await verifyTotp({ secret: rfcSecret, code, now: new Date(seconds * 1000), lastUsedStep: null }),
      ).toEqual({
        valid: true,
        step,
      });
    }
  });

  it('rejects the 8-digit form of a valid code, and other malformed input, without throwing', async () => {
    const now = new Date(59_000);
    for (const code of [
      '94287082',
      '',
      '28708',
      '2870820',
      'abcdef',
      '28708a',
      '287-082',
      '２８７０８２',
      '287082\u0000',
      '1'.repeat(10_000),
    ])
      expect(await verifyTotp({ secret: rfcSecret, code, now, lastUsedStep: null })).toEqual({
        valid: false,
      });
  });

  it('removes spaces inside and around the code', async () => {
    const now = new Date(59_000);
    for (const code of ['287 082', ' 287082 ', '2 8 7 0 8 2', '287\t082'])
      expect(await verifyTotp({ secret: rfcSecret, code, now, lastUsedStep: null })).toEqual({
        valid: true,
        step: 1,
      });
  });

  it('rejects a wrong code', async () => {
    const step = 56_789_012;
    const wrong = String((Number(codeAt(step)) + 1) % 1_000_000).padStart(6, '0');
    expect(
      await verifyTotp({ secret: rfcSecret, code: wrong, now: atStep(step, 5), lastUsedStep: null }),
    ).toEqual({
      valid: false,
    });
    // The right code for another secret.
    const otherKey = Buffer.from('abcdefghijklmnopqrst', 'ascii');
    expect(
      await verifyTotp({
        secret: rfcSecret,
        code: hotp(otherKey, step),
        now: atStep(step, 5),
        lastUsedStep: null,
      }),
    ).toEqual({ valid: false });
  });

  it('accepts the previous and the next step, at the start and the end of the current step', async () => {
    const step = 56_789_012;
    for (const secondsIntoStep of [0, 15, 29]) {
      const now = atStep(step, secondsIntoStep);
      for (const offset of [-1, 0, 1])
        expect(
          await verifyTotp({ secret: rfcSecret, code: codeAt(step + offset), now, lastUsedStep: null }),
        ).toEqual({
          valid: true,
          step: step + offset,
        });
    }
  });

  it('rejects codes two or more steps away', async () => {
    const step = 56_789_012;
    for (const secondsIntoStep of [0, 15, 29]) {
      const now = atStep(step, secondsIntoStep);
      for (const offset of [-3, -2, 2, 3]) {
        const code = codeAt(step + offset);
        // Skip the rare collision with an acceptable step's code.
        if ([-1, 0, 1].some((near) => codeAt(step + near) === code)) continue;
        expect(await verifyTotp({ secret: rfcSecret, code, now, lastUsedStep: null })).toEqual({
          valid: false,
        });
      }
    }
  });

  it('accepts a code only once (threat: replay of an observed code)', async () => {
    const step = 56_789_012;
    const code = codeAt(step);
    const first = await verifyTotp({ secret: rfcSecret, code, now: atStep(step, 3), lastUsedStep: null });
    expect(first).toEqual({ valid: true, step });
    // The same code again, a few seconds later and still within the window.
    expect(await verifyTotp({ secret: rfcSecret, code, now: atStep(step, 20), lastUsedStep: step })).toEqual({
      valid: false,
    });
    expect(
      await verifyTotp({ secret: rfcSecret, code, now: atStep(step + 1, 10), lastUsedStep: step }),
    ).toEqual({
      valid: false,
    });
    // An older code that is still inside the drift window is refused too.
    expect(
      await verifyTotp({
        secret: rfcSecret,
        code: codeAt(step - 1),
        now: atStep(step, 20),
        lastUsedStep: step,
      }),
    ).toEqual({ valid: false });
    // The next step's code works, and is then used up in turn.
    const next = await verifyTotp({
      secret: rfcSecret,
      code: codeAt(step + 1),
      now: atStep(step + 1, 2),
      lastUsedStep: step,
    });
    expect(next).toEqual({ valid: true, step: step + 1 });
  });

  it('refuses every code when the last used step lies ahead of the clock, without throwing', async () => {
    const step = 56_789_012;
    for (const lastUsedStep of [step + 1, step + 2, step + 1000])
      expect(
        await verifyTotp({ secret: rfcSecret, code: codeAt(step + 1), now: atStep(step, 29), lastUsedStep }),
      ).toEqual({
        valid: false,
      });
  });

  it('treats a malformed lastUsedStep as a programming error', async () => {
    const now = new Date(59_000);
    for (const lastUsedStep of [-1, 1.5, Number.NaN])
      await expect(verifyTotp({ secret: rfcSecret, code: '287082', now, lastUsedStep })).rejects.toThrow(
        RangeError,
      );
  });
});
