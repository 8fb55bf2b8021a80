import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-client.models';
import {
  classifyPasskeyError,
  classifySetupError,
  defaultPasskeyName,
  formatTotpSecret,
  hasSecondFactor,
  isSixDigitCode,
  localCalendarDate,
  normalizeCode,
  normalizePhoneNumber,
  recoveryCodesFileName,
  recoveryCodesFileText,
} from './account.models';

describe('normalizePhoneNumber', () => {
  it('turns German national numbers into the international form the server takes', () => {
    expect(normalizePhoneNumber('0170 1234567')).toBe('+491701234567');
    expect(normalizePhoneNumber('0170/123 45-67')).toBe('+491701234567');
    expect(normalizePhoneNumber('+49 (0)170 1234567')).toBe('+491701234567');
    expect(normalizePhoneNumber('0049 170 1234567')).toBe('+491701234567');
  });

  it('keeps numbers of other countries as typed', () => {
    expect(normalizePhoneNumber('+43 664 1234567')).toBe('+436641234567');
    expect(normalizePhoneNumber(' +44 7700 900123 ')).toBe('+447700900123');
  });

  it('refuses what cannot be a phone number (letters, too short, too long, no country)', () => {
    expect(normalizePhoneNumber('')).toBeNull();
    expect(normalizePhoneNumber('0170 CALL ME')).toBeNull();
    expect(normalizePhoneNumber('+49 12')).toBeNull();
    expect(normalizePhoneNumber('+49 1701234567890123')).toBeNull();
    expect(normalizePhoneNumber('1701234567')).toBeNull();
    expect(normalizePhoneNumber('+0170 1234567')).toBeNull();
    expect(normalizePhoneNumber('+49 170 123<script>')).toBeNull();
  });
});

describe('formatTotpSecret', () => {
  it('groups the key in fours for typing, without padding', () => {
    expect(formatTotpSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
    expect(formatTotpSecret('ABCDEFGHIJ==')).toBe('ABCD EFGH IJ');
    expect(formatTotpSecret('')).toBe('');
  });

  it('gives back the key itself once the spaces are removed', () => {
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(formatTotpSecret(secret).replace(/\s/g, '')).toBe(secret);
  });
});

describe('normalizeCode and isSixDigitCode', () => {
  it('accepts six digits with the spaces and dashes people type', () => {
    expect(normalizeCode(' 123 456 ')).toBe('123456');
    expect(normalizeCode('123-456')).toBe('123456');
    expect(isSixDigitCode(normalizeCode('123 456'))).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isSixDigitCode('12345')).toBe(false);
    expect(isSixDigitCode('1234567')).toBe(false);
    expect(isSixDigitCode('12345a')).toBe(false);
    expect(isSixDigitCode('１２３４５６')).toBe(false); // full-width digits
  });
});

describe('hasSecondFactor', () => {
  const factors = { totp: false, sms: false, passkeys: 0, recoveryCodesLeft: 0 };
  it('is true with any factor, and recovery codes alone are none', () => {
    expect(hasSecondFactor({ secondFactors: factors })).toBe(false);
    expect(hasSecondFactor({ secondFactors: { ...factors, recoveryCodesLeft: 10 } })).toBe(false);
    expect(hasSecondFactor({ secondFactors: { ...factors, totp: true } })).toBe(true);
    expect(hasSecondFactor({ secondFactors: { ...factors, sms: true } })).toBe(true);
    expect(hasSecondFactor({ secondFactors: { ...factors, passkeys: 2 } })).toBe(true);
  });
});

describe('the recovery-codes file', () => {
  it('lists every code once, numbered, after the heading and the details', () => {
    const codes = ['aaaa-bbbb', 'cccc-dddd'];
    const text = recoveryCodesFileText({
      codes,
      heading: 'Zeugnisdesk – Wiederherstellungscodes',
      details: ['Konto: a@b.de (Musterfirma)', 'Jeder Code gilt nur einmal.'],
    });
    expect(text.split('\r\n')).toEqual([
      'Zeugnisdesk – Wiederherstellungscodes',
      '',
      'Konto: a@b.de (Musterfirma)',
      'Jeder Code gilt nur einmal.',
      '',
      '1. aaaa-bbbb',
      '2. cccc-dddd',
      '',
    ]);
  });

  it('is named after the day in the browser’s calendar', () => {
    const lateEvening = new Date(2026, 11, 31, 23, 30);
    expect(localCalendarDate(lateEvening)).toBe('2026-12-31');
    expect(recoveryCodesFileName('zeugnisdesk-wiederherstellungscodes', new Date(2026, 0, 5, 8))).toBe(
      'zeugnisdesk-wiederherstellungscodes-2026-01-05.txt',
    );
  });
});

describe('defaultPasskeyName', () => {
  it('names browser and system so that the user recognises the passkey later', () => {
    expect(
      defaultPasskeyName(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome (Windows)');
    expect(
      defaultPasskeyName(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.0.0',
      ),
    ).toBe('Edge (Windows)');
    expect(
      defaultPasskeyName(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
      ),
    ).toBe('Safari (macOS)');
    expect(
      defaultPasskeyName(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari (iPhone)');
    expect(defaultPasskeyName('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(
      'Firefox (Linux)',
    );
    expect(
      defaultPasskeyName(
        'Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36',
      ),
    ).toBe('Chrome (Android)');
    expect(defaultPasskeyName('')).toBe('Passkey');
  });
});

describe('classifySetupError', () => {
  it('puts a wrong code at the code field', () => {
    expect(classifySetupError(new ApiError(400, 'second_factor.invalid_code', 'x'))).toEqual({
      field: 'code',
      messageKey: 'account.errors.invalidCode',
    });
  });

  it('puts a wrong current password at the password field', () => {
    const error = new ApiError(400, 'validation.failed', 'x', [
      { path: 'currentPassword', message: 'is not your current password' },
    ]);
    expect(classifySetupError(error)).toEqual({
      field: 'currentPassword',
      messageKey: 'account.errors.wrongPassword',
    });
  });

  it('puts a refused number at the phone field', () => {
    const error = new ApiError(400, 'validation.failed', 'x', [{ path: 'body.phone', message: 'bad' }]);
    expect(classifySetupError(error)).toEqual({ field: 'phone', messageKey: 'account.errors.invalidPhone' });
  });

  it('says above the form when the organisation does not allow the method, or too many tries were made', () => {
    expect(classifySetupError(new ApiError(403, 'second_factor.not_allowed', 'x'))).toEqual({
      field: null,
      messageKey: 'account.errors.notAllowed',
    });
    expect(classifySetupError(new ApiError(429, 'auth.rate_limited', 'x'))).toEqual({
      field: null,
      messageKey: 'errors.rateLimited',
    });
    expect(classifySetupError(new ApiError(0, 'network.failed', 'x'))).toEqual({
      field: null,
      messageKey: 'errors.network',
    });
    expect(classifySetupError(new Error('boom'))).toEqual({ field: null, messageKey: 'errors.unknown' });
  });
});

describe('classifyPasskeyError', () => {
  it('tells the browser’s refusals apart', () => {
    expect(classifyPasskeyError(new DOMException('x', 'NotAllowedError'))).toBe('cancelled');
    expect(classifyPasskeyError(new DOMException('x', 'AbortError'))).toBe('cancelled');
    expect(classifyPasskeyError(new DOMException('x', 'InvalidStateError'))).toBe('exists');
    expect(classifyPasskeyError(new DOMException('x', 'SecurityError'))).toBe('insecure');
    expect(classifyPasskeyError(new DOMException('x', 'NotSupportedError'))).toBe('unsupported');
    expect(classifyPasskeyError(new TypeError('bad options'))).toBe('failed');
  });

  it('leaves the server’s answers to the API error texts', () => {
    expect(classifyPasskeyError(new ApiError(400, 'second_factor.invalid_code', 'x'))).toBeNull();
  });
});
