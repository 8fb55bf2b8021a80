// The diff of certificate states (L4): nested fields, list elements added and removed, option keys with
// dots and slashes, kind changes, and — as properties — that replaying the entries turns `before` into
// `after`, that equal states give nothing, and that only leaves are reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleContent } from '../certificates/certificates.test-utils.js';
import {
  diffCertificate,
  formatChangeForApi,
  fromPointer,
  fromStoredValue,
  toPointer,
  toStoredValue,
  type CertificateSnapshot,
} from './change-tracking.models.js';

function snapshot(overrides: Partial<CertificateSnapshot> = {}): CertificateSnapshot {
  return {
    content: exampleContent(),
    options: { variants: {}, overrides: {} },
    isPrivate: false,
    ...overrides,
  };
}

function edited(change: (content: ReturnType<typeof exampleContent>) => void): CertificateSnapshot {
  const content = exampleContent();
  change(content);
  return snapshot({ content });
}

describe('diffCertificate', () => {
  it('reports nothing for equal states', () => {
    expect(diffCertificate(snapshot(), snapshot())).toEqual([]);
  });

  it('reports a nested field by its path with the values before and after', () => {
    const after = edited((content) => {
      content.employee.firstName = 'Annette';
      content.employment.jobTitle = 'Teamleiterin Disposition';
    });
    expect(diffCertificate(snapshot(), after)).toEqual([
      { path: '/content/employee/firstName', before: 'Anna', after: 'Annette' },
      { path: '/content/employment/jobTitle', before: 'Disponentin', after: 'Teamleiterin Disposition' },
    ]);
  });

  it('compares lists element by element: a changed, an added and a removed element', () => {
    const changed = edited((content) => {
      content.activities![2] = 'Überwachung der Lenkzeiten';
    });
    expect(diffCertificate(snapshot(), changed)).toEqual([
      {
        path: '/content/activities/2',
        before: 'Überwachung der Lenk- und Ruhezeiten',
        after: 'Überwachung der Lenkzeiten',
      },
    ]);
    const added = edited((content) => {
      content.activities!.push('Schulung neuer Kollegen');
    });
    expect(diffCertificate(snapshot(), added)).toEqual([
      { path: '/content/activities/4', before: undefined, after: 'Schulung neuer Kollegen' },
    ]);
    const removed = edited((content) => {
      content.trainings!.pop();
    });
    expect(diffCertificate(snapshot(), removed)).toEqual([
      { path: '/content/trainings/0/title', before: 'Gefahrgutbeauftragte nach ADR', after: undefined },
      { path: '/content/trainings/0/year', before: 2022, after: undefined },
    ]);
  });

  it('reports ratings and null values as leaves', () => {
    const after = edited((content) => {
      content.ratings!.result = 2;
      content.ratings!.leadership = 1;
      content.overallGrade = 2;
    });
    expect(diffCertificate(snapshot(), after)).toEqual([
      { path: '/content/ratings/result', before: 1, after: 2 },
      { path: '/content/ratings/leadership', before: null, after: 1 },
      { path: '/content/overallGrade', before: null, after: 2 },
    ]);
  });

  it('keeps option keys with dots (and slashes) in one unambiguous segment', () => {
    const before = snapshot({ options: { variants: { 'performance.result': 1 }, overrides: {} } });
    const after = snapshot({
      options: {
        variants: { 'performance.result': 2 },
        overrides: { 'performance.result': 'Ihre Ergebnisse waren stets sehr gut.', 'a/b~c': 'x' },
      },
    });
    const changes = diffCertificate(before, after);
    expect(changes).toEqual([
      { path: '/options/variants/performance.result', before: 1, after: 2 },
      {
        path: '/options/overrides/performance.result',
        before: undefined,
        after: 'Ihre Ergebnisse waren stets sehr gut.',
      },
      { path: '/options/overrides/a~1b~0c', before: undefined, after: 'x' },
    ]);
    expect(fromPointer(changes[2]?.path ?? '')).toEqual(['options', 'overrides', 'a/b~c']);
    // A key with a dot and a nested key are different paths.
    expect(toPointer(['options', 'overrides', 'a.b'])).not.toBe(
      toPointer(['options', 'overrides', 'a', 'b']),
    );
  });

  it('reports the private flag', () => {
    expect(diffCertificate(snapshot(), snapshot({ isPrivate: true }))).toEqual([
      { path: '/isPrivate', before: false, after: true },
    ]);
  });

  it('splits a change of kind (null became an object) into the old value going and the new leaves coming', () => {
    const after = edited((content) => {
      (content as Record<string, unknown>).closing = { regret: true, thanks: true };
    });
    expect(diffCertificate(snapshot(), after)).toEqual([
      { path: '/content/closing', before: null, after: undefined },
      { path: '/content/closing/regret', before: undefined, after: true },
      { path: '/content/closing/thanks', before: undefined, after: true },
    ]);
  });

  it('reports a list that became an object with the same keys once per path (found by the properties)', () => {
    const before = snapshot({ content: [false, 1] });
    const after = snapshot({ content: { '0': false, '1': 2 } });
    expect(diffCertificate(before, after)).toEqual([{ path: '/content/1', before: 1, after: 2 }]);
  });
});

// Property tests over arbitrary JSON-like states.
const key = fc.oneof(fc.constantFrom('a', 'b', 'x.y', 'p/q', '~0', ''), fc.string({ maxLength: 4 }));
const { value: jsonValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
}));
const state = fc.record({ content: jsonValue, options: jsonValue, isPrivate: fc.boolean() });

/** The value at a pointer, or undefined where there is none. */
function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const segment of fromPointer(path)) {
    if (Array.isArray(value)) value = /^\d+$/.test(segment) ? value[Number(segment)] : undefined;
    else if (typeof value === 'object' && value !== null && Object.hasOwn(value, segment))
      value = (value as Record<string, unknown>)[segment];
    else return undefined;
  }
  return value;
}

/** Absent as a leaf: nothing there, or a container with something inside (the leaf became a container). */
function isNoLeaf(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

function leafPaths(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value) && value.length > 0)
    value.forEach((entry, index) => leafPaths(entry, `${path}/${index}`, out));
  else if (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0
  ) {
    for (const [name, entry] of Object.entries(value)) leafPaths(entry, `${path}${toPointer([name])}`, out);
  } else out.push(path);
}

function sideMatches(reported: unknown, actual: unknown): boolean {
  return reported === undefined ? isNoLeaf(actual) : JSON.stringify(reported) === JSON.stringify(actual);
}

describe('diffCertificate (properties)', () => {
  it('gives nothing for a state compared with itself', () => {
    fc.assert(fc.property(state, (value) => diffCertificate(value, structuredClone(value)).length === 0));
  });

  it('reports only true changes: each entry shows the leaf as it was before and is after', () => {
    fc.assert(
      fc.property(state, state, (before, after) =>
        diffCertificate(before, after).every(
          (change) =>
            sideMatches(change.before, valueAt(before, change.path)) &&
            sideMatches(change.after, valueAt(after, change.path)) &&
            JSON.stringify(change.before) !== JSON.stringify(change.after),
        ),
      ),
      { numRuns: 500 },
    );
  });

  it('misses no change: every leaf of either state that differs in the other has an entry', () => {
    fc.assert(
      fc.property(state, state, (before, after) => {
        const reported = new Set(diffCertificate(before, after).map((change) => change.path));
        const leaves: string[] = [];
        leafPaths(before, '', leaves);
        leafPaths(after, '', leaves);
        return leaves.every((path) => {
          const [was, is] = [valueAt(before, path), valueAt(after, path)];
          // Two containers of one kind are compared by their elements, which are checked themselves.
          const sameKind =
            (Array.isArray(was) && Array.isArray(is)) ||
            [was, is].every((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
          return sameKind || JSON.stringify(was) === JSON.stringify(is) || reported.has(path);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('stored values and the API format', () => {
  it('keeps null apart from absent', () => {
    expect(toStoredValue(null)).toBe('null');
    expect(toStoredValue(undefined)).toBeNull();
    expect(fromStoredValue('null')).toBeNull();
    expect(fromStoredValue(null)).toBeUndefined();
    const row = {
      id: 'chg_1',
      organization_id: 'org_1',
      certificate_id: 'crt_1',
      changed_at: '2026-06-30T08:00:00.000Z',
      actor_type: 'handover' as const,
      actor_user_id: null,
      actor_handover_id: 'hov_1',
      actor_name: 'Peter Meier',
      path: '/content/activities/4',
      before_json: null,
      after_json: '"neu"',
    };
    expect(formatChangeForApi(row)).toEqual({
      id: 'chg_1',
      changedAt: '2026-06-30T08:00:00.000Z',
      actor: { type: 'handover', name: 'Peter Meier', handoverId: 'hov_1' },
      path: '/content/activities/4',
      after: 'neu',
    });
  });
});
