// Tests of the password policy (U4): every rule accepting and rejecting under both presets, Unicode
// letters and lengths, NFKC, the common-password list and personal data, attacked in every letter case.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  commonPasswordKey,
  getCommonPasswords,
  isCommonPassword,
  parseCommonPasswords,
} from './common-passwords.services.js';
import {
  checkPassword,
  describePasswordPolicy,
  isPasswordPolicyPreset,
  normalizePassword,
  passwordLength,
  type PasswordContext,
  type PasswordPolicyPreset,
} from './password-policy.services.js';

const presets: PasswordPolicyPreset[] = ['standard', 'nist'];

const codes = (password: string, preset: PasswordPolicyPreset, context?: PasswordContext) =>
  checkPassword(password, preset, context).map((problem) => problem.code);

// Checked against the list by the test 'the example passwords of these tests are not on the list'.
const goodStandard = 'Sommer-Wiese7Ü';
const goodNist = 'wiesenblumentag'; // 15 code points, lower case only
const notOnTheList = [
  goodStandard,
  goodNist,
  'Äpfelbaum#9',
  'Sommer Wiese7Ü',
  'Wiese7Ü🌻',
  'fischwiesenblum',
];

describe('the standard preset', () => {
  it('accepts a password that meets every rule', () => {
    expect(checkPassword(goodStandard, 'standard')).toEqual([]);
  });

  it('requires 8 characters', () => {
    expect(codes('Ab1!xyz', 'standard')).toEqual(['too_short']);
    expect(codes('Ab1!xyzq', 'standard')).toEqual([]);
    expect(checkPassword('Ab1!xyz', 'standard')[0]?.message).toBe(
      'Das Passwort muss mindestens 8 Zeichen lang sein.',
    );
  });

  it('requires a lower-case letter', () => {
    expect(codes('SOMMER-WIESE7Ü', 'standard')).toEqual(['missing_lowercase']);
    expect(codes('SOMMER-WIESe7Ü', 'standard')).toEqual([]);
  });

  it('requires an upper-case letter', () => {
    expect(codes('sommer-wiese7ü', 'standard')).toEqual(['missing_uppercase']);
  });

  it('requires a digit', () => {
    expect(codes('Sommer-Wiese-Ü', 'standard')).toEqual(['missing_digit']);
  });

  it('requires a special character', () => {
    expect(codes('SommerWiese7Ü', 'standard')).toEqual(['missing_special']);
  });

  it('counts any Unicode letter by its case: Ä and Ü are upper case, ä and ß lower case', () => {
    expect(codes('Äpfelbaum#9', 'standard')).toEqual([]); // the only capital is Ä
    expect(codes('äPFELBAUM#9', 'standard')).toEqual([]); // the only small letter is ä
    expect(codes('STRAßE-WEG#9', 'standard')).toEqual([]); // the only small letter is ß
    expect(codes('ÄPFELBAUM#9', 'standard')).toEqual(['missing_lowercase']);
  });

  it('counts spaces, punctuation and emoji as special characters, but no letter of another script', () => {
    expect(codes('Sommer Wiese7Ü', 'standard')).toEqual([]);
    expect(codes('SommerWiese7Ü🌻', 'standard')).toEqual([]);
    expect(codes('SommerWiese7Üй', 'standard')).toEqual(['missing_special']); // Cyrillic letter
    expect(codes('SommerWiese7Ü中', 'standard')).toEqual(['missing_special']); // letter without case
    expect(codes('Som\u0301merWiese7Ü', 'standard')).toEqual(['missing_special']); // combining accent
  });

  it('reports every problem at once, in the order of the rule list', () => {
    expect(codes('abc', 'standard')).toEqual([
      'too_short',
      'missing_uppercase',
      'missing_digit',
      'missing_special',
    ]);
    expect(codes('', 'standard')).toEqual([
      'too_short',
      'missing_lowercase',
      'missing_uppercase',
      'missing_digit',
      'missing_special',
    ]);
  });
});

describe('the NIST preset', () => {
  it('accepts a 15-character lower-case passphrase that the standard preset rejects', () => {
    expect(checkPassword(goodNist, 'nist')).toEqual([]);
    expect(codes(goodNist, 'standard')).toEqual(['missing_uppercase', 'missing_digit', 'missing_special']);
  });

  it('requires 15 characters and nothing else about composition', () => {
    expect(codes('wiesenblumenta', 'nist')).toEqual(['too_short']);
    expect(checkPassword('wiesenblumenta', 'nist')[0]?.message).toBe(
      'Das Passwort muss mindestens 15 Zeichen lang sein.',
    );
    expect(codes('WIESENBLUMENTAG', 'nist')).toEqual([]);
    expect(codes('123456789012347', 'nist')).toEqual([]);
    // A password good enough for 'standard' is too short for 'nist'.
    expect(codes(goodStandard, 'nist')).toEqual(['too_short']);
  });
});

describe('length', () => {
  it('counts Unicode code points after NFKC, so an emoji is one character', () => {
    expect(passwordLength('Wiese7🌻')).toBe(7); // 8 UTF-16 code units
    expect(codes('Wiese7🌻', 'standard')).toContain('too_short');
    expect(codes('Wiese7Ü🌻', 'standard')).toEqual([]);
  });

  it('counts the NFKC form: the ligature ﬁ is two characters', () => {
    expect([...'ﬁschwiesenblum']).toHaveLength(14);
    expect(passwordLength('ﬁschwiesenblum')).toBe(15);
    expect(codes('ﬁschwiesenblum', 'nist')).toEqual([]);
  });

  it('accepts a 128-character passphrase with any Unicode', () => {
    const passphrase = 'Grüne Wiese 7, ☀️ und 🌻 — ' + 'ßΩжあ'.repeat(30);
    expect(passwordLength(passphrase)).toBeGreaterThanOrEqual(128);
    for (const preset of presets) expect(checkPassword(passphrase, preset)).toEqual([]);
  });

  it('accepts 1024 characters and rejects 1025, never truncating', () => {
    const at1024 = 'Sommer-Wiese7Ü '.repeat(80).slice(0, 1024);
    expect(passwordLength(at1024)).toBe(1024);
    for (const preset of presets) {
      expect(codes(at1024, preset)).toEqual([]);
      expect(codes(at1024 + 'x', preset)).toEqual(['too_long']);
      expect(checkPassword(at1024 + 'x', preset)[0]?.message).toBe(
        'Das Passwort darf höchstens 1024 Zeichen lang sein.',
      );
    }
  });

  it('keeps every character: passwords that differ only at character 200 stay different', () => {
    const base = 'wiesenblume-'.repeat(25).slice(0, 300);
    const other = base.slice(0, 199) + 'X' + base.slice(200);
    expect(other).not.toBe(base);
    expect(normalizePassword(base)).toBe(base);
    expect(normalizePassword(other)).toBe(other);
    expect(normalizePassword(other)).not.toBe(normalizePassword(base));
  });
});

describe('normalizePassword', () => {
  it('returns the NFKC form', () => {
    expect(normalizePassword('ﬁsch')).toBe('fisch');
    expect(normalizePassword('Ｐａｓｓ１')).toBe('Pass1'); // full-width
    expect(normalizePassword('Wiese²')).toBe('Wiese2');
    // Composed and decomposed Ü are the same password.
    expect(normalizePassword('U\u0308ber')).toBe(normalizePassword('\u00dcber'));
  });

  it('is idempotent and leaves letter case alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (password) => {
        const once = normalizePassword(password);
        expect(normalizePassword(once)).toBe(once);
      }),
    );
    expect(normalizePassword('SoMmEr')).toBe('SoMmEr');
  });
});

describe('the common-password list', () => {
  it('has at least 100,000 entries, all lower case and at least 4 characters long', () => {
    const list = getCommonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(100_000);
    for (const entry of list) {
      if (entry !== commonPasswordKey(entry) || [...entry].length < 4) throw new Error(`bad entry: ${entry}`);
    }
  });

  it('contains the passwords these tests attack with, and none of the example passwords', () => {
    for (const entry of [
      'password1',
      'passwort123',
      'qwertz',
      'hallo123',
      'ichliebedich',
      'p@ssw0rd',
      'passwordpassword',
    ])
      expect(getCommonPasswords().has(entry)).toBe(true);
    for (const password of notOnTheList) expect(isCommonPassword(password)).toBe(false);
  });

  it('rejects a common password in any letter case, under both presets', () => {
    for (const password of [
      'password1',
      'PASSWORD1',
      'PaSsWoRd1',
      'Passwort123',
      'QWERTZ',
      'Hallo123',
      'IchLiebeDich',
    ])
      for (const preset of presets) expect(codes(password, preset)).toContain('common');
  });

  it('rejects a common password that meets every composition rule', () => {
    for (const password of ['P@ssw0rd', 'p@SSW0RD', '!QAZ2wsx', '1qaz@WSX'])
      expect(codes(password, 'standard')).toEqual(['common']);
  });

  it('rejects a common password that is long enough for the NIST preset', () => {
    expect(codes('PasswordPassword', 'nist')).toEqual(['common']);
    expect(codes('1QAZ2WSX3EDC4RFV', 'nist')).toEqual(['common']);
  });

  it('cannot be evaded with Unicode compatibility forms', () => {
    expect(codes('Ｐ＠ｓｓｗ０ｒｄ', 'standard')).toEqual(['common']); // full-width P@ssw0rd
  });

  it('says only that the password is too common', () => {
    const [problem] = checkPassword('P@ssw0rd', 'standard');
    expect(problem).toEqual({
      code: 'common',
      message: 'Dieses Passwort ist zu verbreitet und leicht zu erraten.',
    });
  });

  it('parses CRLF and LF lines, lower-cases and NFKC-normalises entries, and skips short ones', () => {
    const list = parseCommonPasswords('Dragon\r\nabc\nＭｏｎｋｅｙ\n\nﬁsh\n1234\r\nDRAGON\n');
    expect([...list].sort()).toEqual(['1234', 'dragon', 'fish', 'monkey']);
  });

  it('loads in the background once and then serves checks from the same set', async () => {
    vi.resetModules();
    const fresh = await import('./common-passwords.services.js');
    const loading = fresh.loadCommonPasswords();
    const loaded = await loading;
    expect(loaded.size).toBe(getCommonPasswords().size);
    expect(fresh.getCommonPasswords()).toBe(loaded);
    expect(await fresh.loadCommonPasswords()).toBe(loaded);
    expect(fresh.isCommonPassword('PASSWORD1')).toBe(true);
  });
});

describe('personal data', () => {
  const sabine: PasswordContext = {
    firstName: 'Sabine',
    lastName: 'Hoffmann',
    email: 'S.Hoffmann-HR@Musterfirma.example',
  };

  it('accepts a password without the user’s data', () => {
    for (const preset of presets)
      expect(codes(preset === 'nist' ? goodNist : goodStandard, preset, sabine)).toEqual([]);
  });

  it('rejects the first name, last name or e-mail local part in any letter case, under both presets', () => {
    for (const password of [
      'Sabine-Wiese7Ü',
      'sABINE-Wiese7Ü',
      'Wiese7Ü-HOFFMANN',
      'Wiese7Ü-s.hoffmann-hr',
      's.hoffmann-hr@MUSTERFIRMA.example7',
    ]) {
      expect(codes(password, 'standard', sabine)).toEqual(['contains_personal_data']);
      expect(codes(password.padEnd(15, '#'), 'nist', sabine)).toEqual(['contains_personal_data']);
    }
    // The address itself, in any letter case.
    for (const preset of presets)
      expect(codes('S.HOFFMANN-HR@MUSTERFIRMA.EXAMPLE', preset, sabine)).toContain('contains_personal_data');
    expect(checkPassword('Sabine-Wiese7Ü', 'standard', sabine)[0]?.message).toBe(
      'Das Passwort darf Ihren Namen, Ihre E-Mail-Adresse oder naheliegende Begriffe wie den Namen Ihrer Organisation nicht enthalten.',
    );
  });

  it('ignores name parts shorter than 3 characters, but not the e-mail address itself', () => {
    const li: PasswordContext = { firstName: 'Li', lastName: 'Wu', email: 'li@x.de' };
    expect(codes('Li-Wiese-7Ü-Wu', 'standard', li)).toEqual([]);
    expect(codes('LI@X.DE-Wiese7Ü', 'standard', li)).toEqual(['contains_personal_data']);
    expect(codes('li@x.de', 'standard', li)).toContain('contains_personal_data');
  });

  it('searches for each part of a compound name, but not for particles like „der“', () => {
    const context: PasswordContext = { firstName: 'Anna-Lena', lastName: 'von der Leyen' };
    expect(codes('Lena#Wiese7Ü', 'standard', context)).toEqual(['contains_personal_data']);
    expect(codes('Wiese7Ü-LEYEN', 'standard', context)).toEqual(['contains_personal_data']);
    expect(codes('VonDerLeyen#7', 'standard', context)).toEqual(['contains_personal_data']);
    expect(codes('Wunder-Wiese7Ü', 'standard', context)).toEqual([]); // contains „der“
  });

  it('rejects the context words passed in, such as the organisation and the product name', () => {
    const context: PasswordContext = { ...sabine, contextWords: ['Zeugnisdesk', 'Musterfirma GmbH'] };
    expect(codes('ZEUGNISdesk#2026', 'standard', context)).toEqual(['contains_personal_data']);
    expect(codes('musterfirma!7Ü', 'standard', context)).toEqual(['contains_personal_data']);
    expect(codes('zeugnisdeskwiese', 'nist', context)).toEqual(['contains_personal_data']);
    expect(codes(goodStandard, 'standard', context)).toEqual([]);
  });

  it('compares in the NFKC form', () => {
    expect(codes('Ｓａｂｉｎｅ-Wiese7Ü', 'standard', sabine)).toEqual(['contains_personal_data']);
    expect(codes('Müller-Wiese7!', 'standard', { lastName: 'Mu\u0308ller' })).toEqual([
      'contains_personal_data',
    ]);
  });
});

describe('describePasswordPolicy', () => {
  it('describes each preset', () => {
    expect(describePasswordPolicy('standard')).toMatchObject({
      preset: 'standard',
      minLength: 8,
      maxLength: 1024,
    });
    expect(describePasswordPolicy('nist')).toMatchObject({ preset: 'nist', minLength: 15, maxLength: 1024 });
    expect(describePasswordPolicy('nist').rules.map((rule) => rule.code)).toEqual([
      'too_short',
      'too_long',
      'common',
      'contains_personal_data',
    ]);
  });

  // One password (and context) that breaks each rule, per preset.
  const violations: Record<PasswordPolicyPreset, [string, PasswordContext?][]> = {
    standard: [
      ['a'],
      ['Sommer-Wiese7Ü'.repeat(74)],
      ['SOMMER-WIESE7Ü'],
      ['sommer-wiese7ü'],
      ['Sommer-Wiese-Ü'],
      ['SommerWiese7Ü'],
      ['P@ssw0rd'],
      ['Sabine-Wiese7Ü', { firstName: 'Sabine' }],
    ],
    nist: [['a'], ['x'.repeat(1025)], ['passwordpassword'], ['sabinewiesenblume', { firstName: 'Sabine' }]],
  };

  it.each(presets)(
    'lists exactly the rules that checkPassword enforces under %s, with the same messages',
    (preset) => {
      const { rules } = describePasswordPolicy(preset);
      const reported = new Map<string, string>();
      for (const [password, context] of violations[preset])
        for (const problem of checkPassword(password, preset, context))
          reported.set(problem.code, problem.message);
      expect(Object.fromEntries(reported)).toEqual(
        Object.fromEntries(rules.map((rule) => [rule.code, rule.message])),
      );
    },
  );

  it.each(presets)('never reports a rule it does not list under %s', (preset) => {
    const listed = new Set(describePasswordPolicy(preset).rules.map((rule) => rule.code));
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.record({ firstName: fc.string(), lastName: fc.string(), email: fc.string() }),
        (password, context) => {
          for (const problem of checkPassword(password, preset, context))
            expect(listed.has(problem.code)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('presets', () => {
  it('knows its two presets and refuses any other', () => {
    expect(isPasswordPolicyPreset('standard')).toBe(true);
    expect(isPasswordPolicyPreset('nist')).toBe(true);
    expect(isPasswordPolicyPreset('none')).toBe(false);
    expect(() => checkPassword(goodStandard, 'none' as PasswordPolicyPreset)).toThrow(TypeError);
    expect(() => describePasswordPolicy('__proto__' as PasswordPolicyPreset)).toThrow(TypeError);
  });
});
