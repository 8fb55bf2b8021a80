// The access decisions (U6–U8) as tables: every area at every level against every required level, the
// certificate scope along its dimensions, private certificates, and stored permissions and scopes that
// are broken or tampered with (they must grant less, never more).
import { describe, expect, it } from 'vitest';
import {
  accessAreas,
  accessLevels,
  emptyRestriction,
  parsePermissions,
  parseScope,
  scopeDimensions,
  serializeScope,
  uniformPermissions,
  type Access,
  type AccessLevel,
  type CertificateScope,
  type ScopeDimension,
} from './access.models.js';
import { canAccessArea, canSeeCertificate, isInScope, type ScopeAttributes } from './access.policies.js';

const requiredLevels = ['read', 'write'] as const;
const rank: Record<AccessLevel, number> = { none: 0, read: 1, write: 2 };

function accessWith(permissions: Access['permissions'], isAdministrator = false): Access {
  return { userId: 'usr_me', isAdministrator, permissions, scope: { all: true } };
}

describe('canAccessArea', () => {
  const table = accessAreas.flatMap((area) =>
    accessLevels.flatMap((granted) =>
      requiredLevels.map((required) => ({
        area,
        granted,
        required,
        expected: rank[granted] >= rank[required],
      })),
    ),
  );

  it('covers every area × granted level × required level', () => {
    expect(table).toHaveLength(accessAreas.length * 3 * 2);
  });

  it.each(table)(
    '$area: granted $granted, required $required → $expected',
    ({ area, granted, required, expected }) => {
      // Every other area at the opposite extreme, so that only this area's level can decide.
      const others = uniformPermissions(granted === 'none' ? 'write' : 'none');
      expect(canAccessArea(accessWith({ ...others, [area]: granted }), area, required)).toBe(expected);
    },
  );

  it.each(accessAreas)('allows administrators %s at every level, whatever the stored permissions', (area) => {
    const administrator = accessWith(uniformPermissions('none'), true);
    for (const required of requiredLevels) expect(canAccessArea(administrator, area, required)).toBe(true);
  });
});

const inside: ScopeAttributes = {
  companyId: 'cmp_1',
  locationId: 'loc_1',
  departmentId: 'dep_1',
  orgUnitId: 'unt_1',
  employeeTypeId: 'ety_1',
};
const attributeOf: Record<ScopeDimension, keyof ScopeAttributes> = {
  companyIds: 'companyId',
  locationIds: 'locationId',
  departmentIds: 'departmentId',
  orgUnitIds: 'orgUnitId',
  employeeTypeIds: 'employeeTypeId',
};
const noAttributes: ScopeAttributes = {
  companyId: null,
  locationId: null,
  departmentId: null,
  orgUnitId: null,
  employeeTypeId: null,
};

function restricted(values: Partial<Record<ScopeDimension, string[]>>): CertificateScope {
  return { all: false, ...emptyRestriction(), ...values };
}

describe('isInScope', () => {
  const perDimension = scopeDimensions.flatMap((dimension) => {
    const attribute = attributeOf[dimension];
    const value = inside[attribute] ?? '';
    return [
      {
        name: `${dimension}: the employee's value`,
        scope: { [dimension]: [value] },
        attributes: inside,
        expected: true,
      },
      {
        name: `${dimension}: another value`,
        scope: { [dimension]: ['x_other'] },
        attributes: inside,
        expected: false,
      },
      {
        name: `${dimension}: several values, one of them the employee's (or)`,
        scope: { [dimension]: ['x_other', value] },
        attributes: inside,
        expected: true,
      },
      {
        name: `${dimension}: several values, none the employee's`,
        scope: { [dimension]: ['x_other', 'x_third'] },
        attributes: inside,
        expected: false,
      },
      {
        name: `${dimension}: the employee has no value (null) in a restricted dimension`,
        scope: { [dimension]: [value] },
        attributes: { ...inside, [attribute]: null },
        expected: false,
      },
      {
        name: `${dimension}: a null value in an unrestricted dimension does not matter`,
        scope: { [dimension === 'companyIds' ? 'locationIds' : 'companyIds']: ['cmp_1', 'loc_1'] },
        attributes: { ...inside, [attribute]: null },
        expected: true,
      },
    ] satisfies {
      name: string;
      scope: Partial<Record<ScopeDimension, string[]>>;
      attributes: ScopeAttributes;
      expected: boolean;
    }[];
  });

  const table = [
    ...perDimension,
    {
      name: 'two dimensions, both match (and)',
      scope: { companyIds: ['cmp_1'], locationIds: ['loc_1'] },
      attributes: inside,
      expected: true,
    },
    {
      name: 'two dimensions, the second fails (and)',
      scope: { companyIds: ['cmp_1'], locationIds: ['loc_2'] },
      attributes: inside,
      expected: false,
    },
    {
      name: 'two dimensions, the first fails (and)',
      scope: { companyIds: ['cmp_2'], locationIds: ['loc_1'] },
      attributes: inside,
      expected: false,
    },
    {
      name: 'every dimension, each with several values, all match',
      scope: {
        companyIds: ['cmp_9', 'cmp_1'],
        locationIds: ['loc_1', 'loc_9'],
        departmentIds: ['dep_1'],
        orgUnitIds: ['unt_9', 'unt_1'],
        employeeTypeIds: ['ety_1'],
      },
      attributes: inside,
      expected: true,
    },
    {
      name: 'every dimension, only the last fails',
      scope: {
        companyIds: ['cmp_1'],
        locationIds: ['loc_1'],
        departmentIds: ['dep_1'],
        orgUnitIds: ['unt_1'],
        employeeTypeIds: ['ety_2'],
      },
      attributes: inside,
      expected: false,
    },
    { name: 'an empty restriction grants nothing', scope: {}, attributes: inside, expected: false },
    {
      name: 'an empty restriction grants nothing, not even without attributes',
      scope: {},
      attributes: noAttributes,
      expected: false,
    },
    {
      name: 'no attribute at all against a restriction',
      scope: { companyIds: ['cmp_1'] },
      attributes: noAttributes,
      expected: false,
    },
    {
      name: 'values are compared exactly (no prefix or case match)',
      scope: { companyIds: ['CMP_1', 'cmp_', 'cmp_10'] },
      attributes: inside,
      expected: false,
    },
  ];

  it.each(table)('$name → $expected', ({ scope, attributes, expected }) => {
    expect(isInScope(restricted(scope), attributes)).toBe(expected);
  });

  it.each([
    { name: 'an employee with values', attributes: inside },
    { name: 'an employee without any value', attributes: noAttributes },
  ])('the scope „Administrator“ includes $name', ({ attributes }) => {
    expect(isInScope({ all: true }, attributes)).toBe(true);
  });
});

describe('canSeeCertificate', () => {
  const me = 'usr_me';
  const scopes = {
    administrator: { all: true },
    matching: restricted({ companyIds: ['cmp_1'] }),
    notMatching: restricted({ companyIds: ['cmp_2'] }),
    empty: restricted({}),
  } satisfies Record<string, CertificateScope>;
  type ScopeName = keyof typeof scopes;
  const creators = { me, someoneElse: 'usr_other', nobody: null } as const;
  type CreatorName = keyof typeof creators;

  /** U7 + U8: „Administrator“ sees all; a private certificate only its creator; else the scope decides. */
  function expected(scope: ScopeName, isPrivate: boolean, creator: CreatorName): boolean {
    if (scope === 'administrator') return true;
    if (isPrivate) return creator === 'me';
    return scope === 'matching';
  }

  const table = (Object.keys(scopes) as ScopeName[]).flatMap((scope) =>
    [false, true].flatMap((isPrivate) =>
      (Object.keys(creators) as CreatorName[]).map((creator) => ({
        scope,
        isPrivate,
        creator,
        expected: expected(scope, isPrivate, creator),
      })),
    ),
  );

  it.each(table)(
    'scope $scope, private $isPrivate, created by $creator → $expected',
    ({ scope, isPrivate, creator, expected: result }) => {
      const certificate = { ...inside, isPrivate, createdBy: creators[creator] };
      expect(canSeeCertificate({ userId: me, scope: scopes[scope] }, certificate)).toBe(result);
    },
  );

  it('hides a private certificate from a user whose restricted scope contains its employee', () => {
    const certificate = { ...inside, isPrivate: true, createdBy: 'usr_other' };
    expect(isInScope(scopes.matching, certificate)).toBe(true);
    expect(canSeeCertificate({ userId: me, scope: scopes.matching }, certificate)).toBe(false);
  });
});

describe('parsePermissions', () => {
  it('reads every area at every level', () => {
    for (const level of accessLevels) {
      expect(parsePermissions(JSON.stringify(uniformPermissions(level)))).toEqual(uniformPermissions(level));
    }
    const mixed = { ...uniformPermissions('none'), employees: 'write', users: 'read' } as const;
    expect(parsePermissions(JSON.stringify(mixed))).toEqual(mixed);
  });

  it.each([
    { name: 'nothing stored', stored: {}, expected: {} },
    { name: 'a missing area', stored: { employees: 'read' }, expected: { employees: 'read' } },
    {
      name: 'an unknown area (ignored, not added)',
      stored: { administrator: 'write', everything: 'write', employees: 'read' },
      expected: { employees: 'read' },
    },
    {
      name: 'bad levels',
      stored: {
        employees: 'WRITE',
        companies: 'all',
        users: 2,
        roles: null,
        jobProfiles: ['write'],
        letterTexts: { level: 'write' },
        privacy: true,
        account: ' write',
      },
      expected: {},
    },
    {
      name: 'a level for the prototype',
      stored: JSON.parse('{"__proto__": {"employees": "write"}}') as object,
      expected: {},
    },
    { name: 'a JSON array', stored: ['write', 'write'], expected: {} },
  ])('fails closed on $name', ({ stored, expected }) => {
    const permissions = parsePermissions(JSON.stringify(stored));
    expect(permissions).toEqual({ ...uniformPermissions('none'), ...expected });
    expect(Object.keys(permissions).sort()).toEqual([...accessAreas].sort());
    // A parsed role never lets more through than its stored levels.
    expect(canAccessArea(accessWith(permissions), 'companies', 'read')).toBe(false);
  });
});

describe('parseScope and serializeScope', () => {
  it.each<{ name: string; scope: CertificateScope }>([
    { name: '„Administrator“', scope: { all: true } },
    { name: 'one dimension', scope: restricted({ companyIds: ['cmp_1'] }) },
    {
      name: 'every dimension with several values',
      scope: restricted({
        companyIds: ['cmp_1', 'cmp_2'],
        locationIds: ['loc_1'],
        departmentIds: ['dep_1', 'dep_2', 'dep_3'],
        orgUnitIds: ['unt_1'],
        employeeTypeIds: ['ety_1', 'ety_2'],
      }),
    },
    { name: 'an empty restriction', scope: restricted({}) },
  ])('round-trips $name', ({ scope }) => {
    const stored = serializeScope(scope);
    expect(stored.scope_all).toBe(scope.all ? 1 : 0);
    expect(parseScope({ scopeAll: stored.scope_all, scopeJson: stored.scope_json })).toEqual(scope);
  });

  it('stores „Administrator“ as the flag with no restriction', () => {
    expect(serializeScope({ all: true })).toEqual({ scope_all: 1, scope_json: '{}' });
  });

  it('stores only the dimensions of a restriction', () => {
    const tampered = { all: false as const, ...emptyRestriction(), companyIds: ['cmp_1'], extra: ['x'] };
    expect(JSON.parse(serializeScope(tampered).scope_json)).toEqual({
      ...emptyRestriction(),
      companyIds: ['cmp_1'],
    });
  });

  it('reads the flag before the restriction: scope_all 1 is „Administrator“ whatever the JSON says', () => {
    expect(parseScope({ scopeAll: 1, scopeJson: '{"companyIds":["cmp_1"]}' })).toEqual({ all: true });
  });

  it('never reads „Administrator“ out of the JSON or from another flag value', () => {
    expect(parseScope({ scopeAll: 0, scopeJson: '{"all":true}' })).toEqual(restricted({}));
    expect(parseScope({ scopeAll: 2, scopeJson: '{}' })).toEqual(restricted({}));
  });

  it('fills missing dimensions with nothing and drops values that are not text', () => {
    const scope = parseScope({
      scopeAll: 0,
      scopeJson: JSON.stringify({
        companyIds: ['cmp_1', 7, null, { id: 'cmp_2' }],
        locationIds: 'loc_1',
        unknownIds: ['x'],
      }),
    });
    expect(scope).toEqual(restricted({ companyIds: ['cmp_1'] }));
    // The dropped values grant nothing: an employee of loc_1 in another company is out of scope.
    expect(isInScope(scope, { ...inside, companyId: 'cmp_2' })).toBe(false);
  });
});
