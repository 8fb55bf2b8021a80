// The pure rules of handovers: the link's strings, the status, what a recipient sees and may change.
import { handoverPresets, type HandoverGrants } from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import {
  collectPatchPaths,
  createLinkString,
  handoverLink,
  handoverStatus,
  isLinkStringShaped,
  maskEmail,
  maskPhone,
  mergePatch,
  parseGrants,
  pickGrantedContent,
} from './handovers.models.js';

const at = (iso: string) => new Date(iso);

describe('the link’s strings', () => {
  it('are 32 letters and digits, different every time, and evenly spread', () => {
    const strings = Array.from({ length: 2000 }, () => createLinkString());
    expect(new Set(strings).size).toBe(strings.length);
    for (const value of strings) expect(isLinkStringShaped(value)).toBe(true);
    const counts = new Map<string, number>();
    for (const character of strings.join('')) counts.set(character, (counts.get(character) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 64,000 characters over 62 symbols: about 1032 each; a biased draw (e.g. byte % 62) skews the first ones.
    for (const count of counts.values()) expect(Math.abs(count - 1032)).toBeLessThan(200);
  });

  it('go into the fragment of the link', () => {
    expect(handoverLink('https://zeugnisse.example.de/', 'A'.repeat(32), 'b'.repeat(32))).toBe(
      `https://zeugnisse.example.de/uebergabe#${'A'.repeat(32)}.${'b'.repeat(32)}`,
    );
    expect(isLinkStringShaped('A'.repeat(31))).toBe(false);
    expect(isLinkStringShaped(`${'A'.repeat(31)}-`)).toBe(false);
  });
});

describe('handoverStatus', () => {
  const active = {
    revoked_at: null,
    finished_at: null,
    locked_at: null,
    expires_at: '2026-07-14T08:00:00.000Z',
  };
  it('is active until the expiry instant, then expired', () => {
    expect(handoverStatus(active, at('2026-07-14T07:59:59.999Z'))).toBe('active');
    expect(handoverStatus(active, at('2026-07-14T08:00:00.000Z'))).toBe('expired');
  });
  it('names revoked, finished and locked', () => {
    const now = at('2026-07-01T00:00:00.000Z');
    expect(handoverStatus({ ...active, revoked_at: 'x' }, now)).toBe('revoked');
    expect(handoverStatus({ ...active, finished_at: 'x' }, now)).toBe('finished');
    expect(handoverStatus({ ...active, locked_at: 'x' }, now)).toBe('locked');
  });
});

describe('pickGrantedContent', () => {
  const content = {
    kind: 'final',
    place: 'Köln',
    employee: { firstName: 'Anna' },
    employment: { jobTitle: 'Disponentin', isManager: false, powerOfAttorney: null },
    ratings: { knowledge: 2 },
    overallGrade: null,
    activities: ['Planung'],
  };
  it('keeps only the granted sections’ paths, nested as in the input, and leaves the rest absent', () => {
    const grants = parseGrants(
      JSON.stringify({
        'career.powersOfAttorney': 'read',
        'rating.ratings': 'write',
        'data.personal': 'none',
      }),
    );
    expect(pickGrantedContent(content, grants)).toEqual({
      employment: { powerOfAttorney: null },
      ratings: { knowledge: 2 },
      overallGrade: null,
    });
  });
  it('sends nothing when only the result is granted', () => {
    expect(pickGrantedContent(content, parseGrants(JSON.stringify({ result: 'read' })))).toEqual({});
  });
  it('treats a section missing from stored grants as none', () => {
    const grants: HandoverGrants = parseGrants('{}');
    expect(Object.values(grants).every((level) => level === 'none')).toBe(true);
    expect(pickGrantedContent(content, handoverPresets.employeeChecksData)).toMatchObject({
      employee: { firstName: 'Anna' },
      activities: ['Planung'],
    });
  });
});

describe('collectPatchPaths and mergePatch', () => {
  it('names each covered path with its section, and refuses unknown ones', () => {
    const patch = {
      employment: { jobTitle: 'Leiterin', isManager: true, salary: 1 },
      activities: [],
      __proto__: { polluted: true },
      employee: null,
      nonsense: 1,
    };
    const parsed = JSON.parse(JSON.stringify(patch)) as Record<string, unknown>;
    const { paths, unknown } = collectPatchPaths(parsed);
    expect(paths).toEqual([
      { path: 'employment.jobTitle', section: 'data.certificate' },
      { path: 'employment.isManager', section: 'data.further' },
      { path: 'activities', section: 'career.activities' },
      { path: 'employee', section: 'data.personal' },
    ]);
    expect(unknown).toEqual(['employment.salary', 'nonsense']);
    expect(
      collectPatchPaths(JSON.parse('{"__proto__": {"x": 1}, "employment": 5}') as Record<string, unknown>)
        .unknown,
    ).toEqual(['__proto__', 'employment']);
  });

  it('replaces only the named paths and leaves the stored content untouched', () => {
    const stored = { employment: { jobTitle: 'A', startDate: '2020-01-01' }, activities: ['x'] };
    const merged = mergePatch(stored, { employment: { jobTitle: 'B' } }, ['employment.jobTitle']);
    expect(merged).toEqual({ employment: { jobTitle: 'B', startDate: '2020-01-01' }, activities: ['x'] });
    expect(stored.employment.jobTitle).toBe('A');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('masks', () => {
  it('shows enough to recognise the destination, not the whole', () => {
    expect(maskEmail('anna.schmidt@example.de')).toBe('a•••@example.de');
    expect(maskPhone('+491701234567')).toBe('•••567');
  });
});
