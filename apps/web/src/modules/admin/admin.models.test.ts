import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-client.models';
import { canWrite } from '../../app/access.models';
import { accessAreas, type AccessArea, type AccessLevel } from '../auth/auth.types';
import {
  adminErrorKey,
  canOpenAdminSection,
  countPermissions,
  emptyUserForm,
  formToScope,
  isDateRangeReversed,
  isRestrictionEmpty,
  localDayStart,
  planUsage,
  readLogFilters,
  readUserFilters,
  roleToForm,
  scopesEqual,
  scopeToForm,
  securityActions,
  serverFieldErrors,
  settingsFieldMessages,
  settingsToForm,
  ssoRedirectUri,
  summarizeScope,
  toInviteBody,
  toRoleBody,
  toSecurityEventQuery,
  toSettingsPatch,
  toUpdateBody,
  uniformPermissions,
  userActions,
  userFieldMessages,
  userToForm,
  validateRoleForm,
  validateSettingsForm,
  validateUserForm,
  visibleAdminSections,
  writeLogFilters,
  writeUserFilters,
  type ScopeForm,
} from './admin.models';
import type { AdminUser, OrganizationStructure, SecuritySettings } from './admin.types';
import { adminDe } from '../../locales/de/admin';

const none = Object.fromEntries(accessAreas.map((area) => [area, 'none'])) as Record<AccessArea, AccessLevel>;
const subject = (isAdministrator: boolean, permissions: Partial<Record<AccessArea, AccessLevel>> = {}) => ({
  isAdministrator,
  permissions: { ...none, ...permissions },
});

const restricted = (selected: Partial<ScopeForm['selected']>): ScopeForm => ({
  mode: 'restricted',
  selected: {
    companyIds: [],
    locationIds: [],
    departmentIds: [],
    orgUnitIds: [],
    employeeTypeIds: [],
    ...selected,
  },
});

const structure: OrganizationStructure = {
  companyIds: [{ id: 'cmp_1', name: 'Musterfirma GmbH' }],
  locationIds: [
    { id: 'loc_k', name: 'Köln' },
    { id: 'loc_h', name: 'Hamburg' },
  ],
  departmentIds: [{ id: 'dep_v', name: 'Vertrieb' }],
  orgUnitIds: [],
  employeeTypeIds: [],
};

const user: AdminUser = {
  id: 'usr_1',
  email: 'jan.mueller@firma.de',
  firstName: 'Jan',
  lastName: 'Müller',
  phone: null,
  status: 'active',
  roleId: 'rol_hr',
  scope: {
    all: false,
    companyIds: [],
    locationIds: ['loc_k'],
    departmentIds: [],
    orgUnitIds: [],
    employeeTypeIds: [],
  },
  isLocked: false,
  secondFactors: { totp: false, sms: false, passkeys: 0, recoveryCodesLeft: 0 },
  sso: false,
  lastLoginAt: null,
};

const settings: SecuritySettings = {
  passwordPolicy: 'standard',
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  secondFactorRequired: false,
  secondFactorMethods: ['sms', 'totp', 'passkey'],
  ssoMode: 'off',
  ssoTenantId: null,
  ssoClientId: null,
  ssoClientSecretSet: false,
  ssoRedirectUri: 'https://zeugnisse.example.de/api/v1/auth/sso/callback',
};

describe('access to the sections', () => {
  it('opens sections by the role’s areas, the log and the settings only for administrators', () => {
    expect(visibleAdminSections(subject(true))).toEqual([
      'users',
      'roles',
      'companies',
      'structure',
      'securityLog',
      'signIn',
      'privacy',
      'emailTemplates',
      'delivery',
      'account',
    ]);
    expect(visibleAdminSections(subject(false, { users: 'read' }))).toEqual(['users']);
    expect(visibleAdminSections(subject(false, { roles: 'write', companies: 'read' }))).toEqual([
      'roles',
      'companies',
      'structure',
    ]);
    expect(visibleAdminSections(subject(false, { account: 'read' }))).toEqual(['account']);
    expect(canOpenAdminSection(subject(false, { users: 'write', roles: 'write' }), 'securityLog')).toBe(
      false,
    );
    expect(canOpenAdminSection(subject(false, { users: 'write' }), 'signIn')).toBe(false);
  });

  it('allows changes only with write (or as administrator, whose permissions the session leaves at none)', () => {
    expect(canWrite(subject(false, { users: 'read' }), 'users')).toBe(false);
    expect(canWrite(subject(false, { users: 'write' }), 'users')).toBe(true);
    expect(canWrite(subject(true), 'roles')).toBe(true);
  });
});

describe('the certificate scope in the form', () => {
  it('round-trips „all“ and a restriction', () => {
    expect(formToScope(scopeToForm({ all: true }))).toEqual({ all: true });
    expect(formToScope(scopeToForm(user.scope))).toEqual(user.scope);
  });

  it('sends every category of a restriction, without repeats, and forgets choices behind „all“', () => {
    expect(formToScope(restricted({ locationIds: ['loc_k', 'loc_h', 'loc_k'] }))).toEqual({
      all: false,
      companyIds: [],
      locationIds: ['loc_k', 'loc_h'],
      departmentIds: [],
      orgUnitIds: [],
      employeeTypeIds: [],
    });
    expect(formToScope({ ...restricted({ locationIds: ['loc_k'] }), mode: 'all' })).toEqual({ all: true });
  });

  it('knows a restriction that lists nothing (it would grant nothing)', () => {
    expect(isRestrictionEmpty(restricted({}))).toBe(true);
    expect(isRestrictionEmpty(restricted({ employeeTypeIds: ['ety_1'] }))).toBe(false);
    expect(isRestrictionEmpty({ ...restricted({}), mode: 'all' })).toBe(false);
  });

  it('compares scopes regardless of order', () => {
    const a = formToScope(restricted({ locationIds: ['loc_k', 'loc_h'] }));
    const b = formToScope(restricted({ locationIds: ['loc_h', 'loc_k'] }));
    expect(scopesEqual(a, b)).toBe(true);
    expect(scopesEqual(a, formToScope(restricted({ locationIds: ['loc_h'] })))).toBe(false);
    expect(scopesEqual(a, { all: true })).toBe(false);
    expect(scopesEqual({ all: true }, { all: true })).toBe(true);
  });

  it('puts the scope in words: names per category, sorted, deleted entries counted', () => {
    expect(summarizeScope({ all: true }, structure)).toBe('all');
    const scope = formToScope(
      restricted({ locationIds: ['loc_k', 'loc_h', 'loc_gone'], departmentIds: ['dep_v'] }),
    );
    expect(summarizeScope(scope, structure)).toEqual([
      { dimension: 'locationIds', names: ['Hamburg', 'Köln'], unknown: 1 },
      { dimension: 'departmentIds', names: ['Vertrieb'], unknown: 0 },
    ]);
  });
});

describe('the user form', () => {
  it('starts a new user without any certificates and insists on a choice', () => {
    const form = emptyUserForm('rol_hr');
    expect(form.scope.mode).toBe('restricted');
    expect(validateUserForm(form)).toEqual({
      firstName: 'admin.fieldErrors.required',
      lastName: 'admin.fieldErrors.required',
      email: 'admin.fieldErrors.required',
      scope: 'admin.fieldErrors.scope',
    });
  });

  it('checks the e-mail address and the phone number, accepting the usual spaces', () => {
    const form = { ...userToForm(user), email: 'jan@', phone: '0170 123' };
    expect(validateUserForm(form)).toEqual({
      email: 'admin.fieldErrors.email',
      phone: 'admin.fieldErrors.phone',
    });
    expect(validateUserForm({ ...form, email: 'jan@firma.de', phone: '+49 170 123-4567' })).toEqual({});
  });

  it('sends an invitation trimmed, with the phone in international form and only when given', () => {
    const form = {
      ...emptyUserForm('rol_hr'),
      firstName: ' Eva ',
      lastName: 'Schulz',
      email: ' eva@firma.de ',
      scope: { mode: 'all' as const, selected: restricted({}).selected },
    };
    expect(toInviteBody(form)).toEqual({
      email: 'eva@firma.de',
      firstName: 'Eva',
      lastName: 'Schulz',
      roleId: 'rol_hr',
      scope: { all: true },
    });
    expect(toInviteBody({ ...form, phone: '+49 170 1234567' }).phone).toBe('+491701234567');
  });

  it('sends only what changed, so an unchanged scope is not granted again', () => {
    expect(toUpdateBody(user, userToForm(user))).toEqual({});
    const reordered = userToForm({ ...user, scope: { ...user.scope } });
    expect(toUpdateBody(user, reordered)).toEqual({});
    expect(toUpdateBody(user, { ...userToForm(user), roleId: 'rol_lead', phone: '+49 170 1234567' })).toEqual(
      {
        roleId: 'rol_lead',
        phone: '+491701234567',
      },
    );
    expect(toUpdateBody({ ...user, phone: '+491701234567' }, { ...userToForm(user), phone: '' })).toEqual({
      phone: null,
    });
    expect(
      toUpdateBody(user, { ...userToForm(user), scope: { mode: 'all', selected: restricted({}).selected } }),
    ).toEqual({ scope: { all: true } });
  });

  it('offers the actions that fit the user’s state, and never deactivating oneself', () => {
    expect(userActions({ status: 'invited', isLocked: false }, false)).toEqual([
      'edit',
      'invitation',
      'deactivate',
    ]);
    expect(userActions({ status: 'active', isLocked: true }, false)).toEqual([
      'edit',
      'unlock',
      'deactivate',
    ]);
    expect(userActions({ status: 'active', isLocked: false }, true)).toEqual(['edit']);
    expect(userActions({ status: 'deactivated', isLocked: false }, false)).toEqual(['edit', 'reactivate']);
  });

  it('keeps the list filters in the address and ignores values it does not offer', () => {
    const filters = { search: 'Müller', status: 'invited' as const };
    expect(writeUserFilters(filters).toString()).toBe('suche=M%C3%BCller&status=invited');
    expect(readUserFilters(writeUserFilters(filters))).toEqual(filters);
    expect(readUserFilters(new URLSearchParams('status=deleted'))).toEqual({ search: '', status: '' });
  });
});

describe('refused changes', () => {
  const validation = new ApiError(400, 'validation.failed', 'x', [
    { path: 'email', message: 'must be an e-mail address' },
    { path: 'body.scope.companyIds', message: 'x' },
    { path: 'nonsense', message: 'x' },
  ]);

  it('puts the server’s issues at the fields of the form, in German', () => {
    expect(serverFieldErrors(validation, userFieldMessages)).toEqual({
      fields: { email: 'admin.fieldErrors.email', scope: 'admin.fieldErrors.scope' },
      isGeneral: false,
    });
    const settingsError = new ApiError(400, 'validation.failed', 'x', [
      { path: 'ssoTenantId', message: 'GUID' },
    ]);
    expect(serverFieldErrors(settingsError, settingsFieldMessages).fields).toEqual({
      ssoTenantId: 'admin.fieldErrors.ssoTenantId',
    });
  });

  it('puts a taken e-mail address or role name at its field', () => {
    expect(serverFieldErrors(new ApiError(409, 'user.email_taken', 'x'), userFieldMessages)).toEqual({
      fields: { email: 'admin.errors.emailTaken' },
      isGeneral: false,
    });
    expect(
      serverFieldErrors(new ApiError(409, 'role.name_taken', 'x'), { name: 'admin.fieldErrors.roleName' }),
    ).toEqual({ fields: { name: 'admin.errors.roleNameTaken' }, isGeneral: false });
  });

  it('reports errors that name no field of the form as a whole', () => {
    expect(
      serverFieldErrors(new ApiError(409, 'user.plan_limit_reached', 'x'), userFieldMessages).isGeneral,
    ).toBe(true);
    expect(serverFieldErrors(new Error('boom'), userFieldMessages).isGeneral).toBe(true);
  });

  it('explains the codes of users and roles, and a refused grant where the page knows it', () => {
    expect(adminErrorKey(new ApiError(409, 'user.plan_limit_reached', 'x'))).toBe(
      'admin.errors.planLimitReached',
    );
    expect(adminErrorKey(new ApiError(409, 'user.last_administrator', 'x'))).toBe(
      'admin.errors.lastAdministrator',
    );
    expect(adminErrorKey(new ApiError(409, 'role.in_use', 'x'))).toBe('admin.errors.roleInUse');
    expect(adminErrorKey(new ApiError(403, 'auth.forbidden', 'x'))).toBe('errors.forbidden');
    expect(
      adminErrorKey(new ApiError(403, 'auth.forbidden', 'x'), { forbidden: 'admin.errors.grantForbidden' }),
    ).toBe('admin.errors.grantForbidden');
    expect(adminErrorKey(new ApiError(0, 'network.failed', 'x'))).toBe('errors.network');
  });
});

describe('the plan usage', () => {
  it('shows seats against the limit, or without one', () => {
    expect(planUsage({ planMaxUsers: 10, seatsUsed: 3 })).toEqual({
      used: 3,
      max: 10,
      percent: 30,
      isFull: false,
    });
    expect(planUsage({ planMaxUsers: 5, seatsUsed: 5 })).toMatchObject({ percent: 100, isFull: true });
    expect(planUsage({ planMaxUsers: null, seatsUsed: 7 })).toEqual({
      used: 7,
      max: null,
      percent: null,
      isFull: false,
    });
  });
});

describe('roles', () => {
  it('counts the areas a role may change or read', () => {
    expect(countPermissions(uniformPermissions('write'))).toEqual({ write: 14, read: 0 });
    expect(countPermissions({ employees: 'write', users: 'read', roles: 'none' })).toEqual({
      write: 1,
      read: 1,
    });
  });

  it('fills areas a stored role does not name with „no access“, and needs a name', () => {
    const form = roleToForm({
      id: 'r',
      name: 'HR',
      isAdministrator: false,
      permissions: { employees: 'write' } as never,
    });
    expect(form.permissions.employees).toBe('write');
    expect(form.permissions.account).toBe('none');
    expect(Object.keys(toRoleBody(form).permissions)).toEqual([...accessAreas]);
    expect(validateRoleForm({ ...form, name: '  ' })).toEqual({ name: 'admin.fieldErrors.roleName' });
    expect(toRoleBody({ ...form, name: ' Personal ' }).name).toBe('Personal');
  });
});

describe('the sign-in settings', () => {
  it('sends nothing when nothing changed, whatever order the server lists the methods in', () => {
    expect(toSettingsPatch(settings, settingsToForm(settings))).toEqual({});
  });

  it('sends only the changed settings, numbers as numbers', () => {
    const form = {
      ...settingsToForm(settings),
      sessionIdleMinutes: '45',
      secondFactorMethods: ['totp' as const],
    };
    expect(toSettingsPatch(settings, form)).toEqual({
      sessionIdleMinutes: 45,
      secondFactorMethods: ['totp'],
    });
  });

  it('sends the client secret only when a new one is typed, and empty ids as null', () => {
    const saved = {
      ...settings,
      ssoMode: 'optional' as const,
      ssoTenantId: 'x',
      ssoClientId: 'y',
      ssoClientSecretSet: true,
    };
    const form = settingsToForm(saved);
    expect(form.ssoClientSecret).toBe('');
    expect(toSettingsPatch(saved, form)).toEqual({});
    expect(toSettingsPatch(saved, { ...form, ssoClientSecret: ' s3cret ', ssoClientId: '' })).toEqual({
      ssoClientId: null,
      ssoClientSecret: 's3cret',
    });
  });

  it('checks the ranges and, for Microsoft sign-in, a GUID, a client id and a secret', () => {
    const form = settingsToForm(settings);
    expect(validateSettingsForm(form, { clientSecretSet: false })).toEqual({});
    expect(
      validateSettingsForm(
        { ...form, sessionIdleMinutes: '4', sessionAbsoluteHours: '1.5', secondFactorMethods: [] },
        { clientSecretSet: false },
      ),
    ).toEqual({
      sessionIdleMinutes: 'admin.fieldErrors.sessionIdleMinutes',
      sessionAbsoluteHours: 'admin.fieldErrors.sessionAbsoluteHours',
      secondFactorMethods: 'admin.fieldErrors.secondFactorMethods',
    });
    expect(validateSettingsForm({ ...form, sessionIdleMinutes: '1440' }, { clientSecretSet: false })).toEqual(
      {},
    );
    const sso = { ...form, ssoMode: 'only' as const, ssoTenantId: 'common' };
    expect(validateSettingsForm(sso, { clientSecretSet: false })).toEqual({
      ssoTenantId: 'admin.fieldErrors.ssoTenantId',
      ssoClientId: 'admin.fieldErrors.ssoClientId',
      ssoClientSecret: 'admin.fieldErrors.ssoClientSecret',
    });
    const complete = { ...sso, ssoTenantId: '0a1b2c3d-4e5f-6789-abcd-ef0123456789', ssoClientId: 'app' };
    expect(validateSettingsForm(complete, { clientSecretSet: true })).toEqual({});
  });

  it('shows the redirect URI of this installation', () => {
    expect(ssoRedirectUri('https://zeugnisse.firma.de')).toBe(
      'https://zeugnisse.firma.de/api/v1/auth/sso/callback',
    );
    expect(ssoRedirectUri('https://zeugnisse.firma.de/')).toBe(
      'https://zeugnisse.firma.de/api/v1/auth/sso/callback',
    );
  });
});

describe('the security log filters', () => {
  it('round-trip through the address and drop what is not valid', () => {
    const filters = {
      action: 'authn_login_fail' as const,
      userId: 'usr_1',
      from: '2026-11-01',
      to: '2026-11-27',
    };
    expect(writeLogFilters(filters).toString()).toBe(
      'aktion=authn_login_fail&benutzer=usr_1&von=2026-11-01&bis=2026-11-27',
    );
    expect(readLogFilters(writeLogFilters(filters))).toEqual(filters);
    expect(readLogFilters(new URLSearchParams('aktion=drop_tables&von=2026-02-30&bis=gestern'))).toEqual({
      action: '',
      userId: '',
      from: '',
      to: '',
    });
  });

  it('asks for whole local days, „bis“ included (TZ=UTC in the tests)', () => {
    expect(toSecurityEventQuery({ action: '', userId: '', from: '2026-11-01', to: '2026-11-30' })).toEqual({
      action: undefined,
      userId: undefined,
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    expect(localDayStart('2026-12-31', 1)?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(isDateRangeReversed({ action: '', userId: '', from: '2026-11-02', to: '2026-11-01' })).toBe(true);
  });

  it('knows every action the server logs, each with a label', () => {
    expect(Object.keys(adminDe.log.actions).sort()).toEqual([...securityActions].sort());
  });
});
