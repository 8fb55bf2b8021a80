// The pure rules of the administration area: who may open which section, the forms of a user, a role
// and the sign-in settings (to and from the API's shapes, checked before sending, only what changed on
// PATCH), the certificate scope in words, the security log's filters in the address, and which German
// text explains a refused change (at its field where the server names one).
import { canRead, type AccessSubject } from '../../app/access.models';
import { errorMessageKey, isApiError, type ErrorMessageKey } from '../../app/api/api-client.models';
import type { AdminTranslation } from '../../locales/de/admin';
import { looksLikeEmail } from '../auth/auth.models';
import { accessAreas, type AccessLevel, type CertificateScope } from '../auth/auth.types';
import {
  scopeDimensions,
  type Account,
  type AdminUser,
  type AllowedSecondFactor,
  type InviteUserBody,
  type OrganizationStructure,
  type PasswordPolicyPreset,
  type Permissions,
  type RoleBody,
  type Role,
  type ScopeDimension,
  type SecurityEventQuery,
  type SecuritySettings,
  type SecuritySettingsPatch,
  type SsoMode,
  type UpdateUserBody,
  type UserAction,
  type UserStatus,
} from './admin.types';
import { isSecurityAction, securityActions, type SecurityAction } from '@zeugnisdesk/shared';

// Messages ------------------------------------------------------------------------------------------

export type AdminFieldErrorKey = `admin.fieldErrors.${keyof AdminTranslation['fieldErrors']}`;
export type AdminErrorKey = `admin.errors.${keyof AdminTranslation['errors']}`;
/** A locale key the admin pages show for a problem: at a field, or as a notification. */
export type AdminMessageKey = AdminFieldErrorKey | AdminErrorKey | ErrorMessageKey;

const adminErrorKeyByCode: Record<string, AdminErrorKey> = {
  'user.email_taken': 'admin.errors.emailTaken',
  'user.plan_limit_reached': 'admin.errors.planLimitReached',
  'user.last_administrator': 'admin.errors.lastAdministrator',
  'user.not_found': 'admin.errors.userNotFound',
  'user.not_invited': 'admin.errors.notInvited',
  'role.in_use': 'admin.errors.roleInUse',
  'role.administrator_fixed': 'admin.errors.administratorFixed',
  'role.name_taken': 'admin.errors.roleNameTaken',
  'role.not_found': 'admin.errors.roleNotFound',
};

/**
 * What to tell the user about a refused change: the admin-specific text for the codes of users and
 * roles, `forbidden` for 403 auth.forbidden when the page knows a better reason, else the general one.
 */
export function adminErrorKey(error: unknown, options: { forbidden?: AdminErrorKey } = {}): AdminMessageKey {
  if (isApiError(error)) {
    const known = adminErrorKeyByCode[error.code];
    if (known) return known;
    if (error.code === 'auth.forbidden' && options.forbidden) return options.forbidden;
  }
  return errorMessageKey(error);
}

/** Codes that belong to one field of a form, with their message. */
const fieldByCode: Record<string, { field: string; key: AdminMessageKey }> = {
  'user.email_taken': { field: 'email', key: 'admin.errors.emailTaken' },
  'role.name_taken': { field: 'name', key: 'admin.errors.roleNameTaken' },
  'role.not_found': { field: 'roleId', key: 'admin.errors.roleNotFound' },
};

export interface ServerFieldErrors<F extends string> {
  /** A German message per field of the form that the server found wrong. */
  fields: Partial<Record<F, AdminMessageKey>>;
  /** The error names no field of this form: show it as a whole (notification or alert). */
  isGeneral: boolean;
}

/**
 * Puts a refused change at its fields. The server's issue messages are English, so each field of the
 * form has its own German message (`messages`); an issue about `scope.companyIds` belongs to `scope`.
 */
export function serverFieldErrors<F extends string>(
  error: unknown,
  messages: Record<F, AdminMessageKey>,
): ServerFieldErrors<F> {
  const fields: Partial<Record<F, AdminMessageKey>> = {};
  if (!isApiError(error)) return { fields, isGeneral: true };
  const isField = (name: string): name is F => Object.hasOwn(messages, name);
  const byCode = fieldByCode[error.code];
  if (byCode && isField(byCode.field)) {
    fields[byCode.field] = byCode.key;
    return { fields, isGeneral: false };
  }
  for (const issue of error.issues) {
    const field = issue.path.replace(/^body\./, '').split('.')[0] ?? '';
    if (isField(field) && !fields[field]) fields[field] = messages[field];
  }
  return { fields, isGeneral: Object.keys(fields).length === 0 };
}

// Access --------------------------------------------------------------------------------------------

export const adminSections = [
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
] as const;
export type AdminSection = (typeof adminSections)[number];

export const adminSectionPaths: Record<AdminSection, string> = {
  users: '/verwaltung/benutzer',
  roles: '/verwaltung/rollen',
  securityLog: '/verwaltung/sicherheitsprotokoll',
  signIn: '/verwaltung/anmeldung',
  companies: '/verwaltung/firmen',
  structure: '/verwaltung/struktur',
  account: '/verwaltung/konto',
  privacy: '/verwaltung/datenschutz',
  emailTemplates: '/verwaltung/e-mail-vorlagen',
  delivery: '/verwaltung/zustellung',
};

/** Users, roles, companies (and their structure) and the account follow the role's areas; the security log and the sign-in settings are for administrators. */
export function canOpenAdminSection(session: AccessSubject, section: AdminSection): boolean {
  switch (section) {
    case 'users':
      return canRead(session, 'users');
    case 'roles':
      return canRead(session, 'roles');
    case 'companies':
    case 'structure':
      return canRead(session, 'companies');
    case 'account':
      return canRead(session, 'account');
    case 'privacy':
      return canRead(session, 'privacy');
    case 'emailTemplates':
      return canRead(session, 'emailTemplates');
    case 'delivery':
      return session.isAdministrator;
    case 'securityLog':
    case 'signIn':
      return session.isAdministrator;
  }
}

export function visibleAdminSections(session: AccessSubject): AdminSection[] {
  return adminSections.filter((section) => canOpenAdminSection(session, section));
}

// Certificate scope ---------------------------------------------------------------------------------

export interface ScopeForm {
  mode: 'all' | 'restricted';
  selected: Record<ScopeDimension, string[]>;
}

const noSelection = (): Record<ScopeDimension, string[]> => ({
  companyIds: [],
  locationIds: [],
  departmentIds: [],
  orgUnitIds: [],
  employeeTypeIds: [],
});

export function scopeToForm(scope: CertificateScope): ScopeForm {
  if (scope.all) return { mode: 'all', selected: noSelection() };
  const selected = noSelection();
  for (const dimension of scopeDimensions) selected[dimension] = [...scope[dimension]];
  return { mode: 'restricted', selected };
}

/** The API's scope; a restriction keeps every category (empty ones as []), without repeats. */
export function formToScope(form: ScopeForm): CertificateScope {
  if (form.mode === 'all') return { all: true };
  const selected = noSelection();
  for (const dimension of scopeDimensions) selected[dimension] = [...new Set(form.selected[dimension])];
  return { all: false, ...selected };
}

/** A restriction that lists nothing grants nothing; the server refuses it. */
export function isRestrictionEmpty(form: ScopeForm): boolean {
  return (
    form.mode === 'restricted' && scopeDimensions.every((dimension) => form.selected[dimension].length === 0)
  );
}

export function scopesEqual(a: CertificateScope, b: CertificateScope): boolean {
  if (a.all || b.all) return a.all === b.all;
  return scopeDimensions.every((dimension) => {
    const left = new Set(a[dimension]);
    const right = new Set(b[dimension]);
    return left.size === right.size && [...left].every((id) => right.has(id));
  });
}

export interface ScopeSummaryPart {
  dimension: ScopeDimension;
  /** The names of the chosen entries that still exist, sorted. */
  names: string[];
  /** Chosen entries that no longer exist (deleted since). */
  unknown: number;
}

/** The scope in words: „all“, or per restricted category the chosen names (OR within, AND across). */
export function summarizeScope(
  scope: CertificateScope,
  structure: OrganizationStructure | undefined,
): 'all' | ScopeSummaryPart[] {
  if (scope.all) return 'all';
  return scopeDimensions
    .filter((dimension) => scope[dimension].length > 0)
    .map((dimension) => {
      const names = new Map((structure?.[dimension] ?? []).map((item) => [item.id, item.name]));
      const known = scope[dimension].flatMap((id) => (names.has(id) ? [names.get(id)!] : []));
      return {
        dimension,
        names: known.toSorted((a, b) => a.localeCompare(b, 'de')),
        unknown: scope[dimension].length - known.length,
      };
    });
}

// Users ---------------------------------------------------------------------------------------------

export interface UserForm {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  roleId: string;
  scope: ScopeForm;
}

export type UserFormField = keyof UserForm;
export type FormErrors<F extends string> = Partial<Record<F, AdminMessageKey>>;

/** The fields' messages for the server's issues about them. */
export const userFieldMessages: Record<UserFormField, AdminMessageKey> = {
  firstName: 'admin.fieldErrors.required',
  lastName: 'admin.fieldErrors.required',
  email: 'admin.fieldErrors.email',
  phone: 'admin.fieldErrors.phone',
  roleId: 'admin.fieldErrors.roleId',
  scope: 'admin.fieldErrors.scope',
};

/** A new user: the given role, and no certificates until the inviter chooses (least privilege). */
export function emptyUserForm(roleId: string): UserForm {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    roleId,
    scope: { mode: 'restricted', selected: noSelection() },
  };
}

export function userToForm(user: AdminUser): UserForm {
  return {
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    phone: user.phone ?? '',
    roleId: user.roleId,
    scope: scopeToForm(user.scope),
  };
}

const phonePattern = /^\+[1-9]\d{6,14}$/;

/** Spaces, slashes and dashes people type in phone numbers; the API wants +491701234567. */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s/().-]/g, '');
}

/** The problems the form can see itself, before asking the server. */
export function validateUserForm(form: UserForm): FormErrors<UserFormField> {
  const errors: FormErrors<UserFormField> = {};
  if (form.firstName.trim() === '') errors.firstName = 'admin.fieldErrors.required';
  if (form.lastName.trim() === '') errors.lastName = 'admin.fieldErrors.required';
  if (form.email.trim() === '') errors.email = 'admin.fieldErrors.required';
  else if (!looksLikeEmail(form.email)) errors.email = 'admin.fieldErrors.email';
  if (form.phone.trim() !== '' && !phonePattern.test(normalizePhone(form.phone)))
    errors.phone = 'admin.fieldErrors.phone';
  if (form.roleId === '') errors.roleId = 'admin.fieldErrors.roleId';
  if (isRestrictionEmpty(form.scope)) errors.scope = 'admin.fieldErrors.scope';
  return errors;
}

export function toInviteBody(form: UserForm): InviteUserBody {
  const phone = normalizePhone(form.phone.trim());
  return {
    email: form.email.trim(),
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    roleId: form.roleId,
    scope: formToScope(form.scope),
    ...(phone ? { phone } : {}),
  };
}

/**
 * Only what changed: the server checks who may grant a role or scope, and a user without
 * administrator rights could not even resend an unchanged scope „all“.
 */
export function toUpdateBody(user: AdminUser, form: UserForm): UpdateUserBody {
  const body: UpdateUserBody = {};
  const next = toInviteBody(form);
  if (next.firstName !== user.firstName) body.firstName = next.firstName;
  if (next.lastName !== user.lastName) body.lastName = next.lastName;
  if (next.email !== user.email) body.email = next.email;
  if ((next.phone ?? null) !== user.phone) body.phone = next.phone ?? null;
  if (next.roleId !== user.roleId) body.roleId = next.roleId;
  if (!scopesEqual(next.scope, user.scope)) body.scope = next.scope;
  return body;
}

export function userName(user: Pick<AdminUser, 'firstName' | 'lastName'>): string {
  return `${user.firstName} ${user.lastName}`;
}

export type UserMenuAction = 'edit' | UserAction;

/** What can be done with a user in the list; `isSelf`: the signed-in user's own row. */
export function userActions(user: Pick<AdminUser, 'status' | 'isLocked'>, isSelf: boolean): UserMenuAction[] {
  const actions: UserMenuAction[] = ['edit'];
  if (user.status === 'invited') actions.push('invitation');
  if (user.isLocked) actions.push('unlock');
  // Deactivating oneself would end one's own session in the middle of the work: another user does it.
  if (user.status !== 'deactivated' && !isSelf) actions.push('deactivate');
  if (user.status === 'deactivated') actions.push('reactivate');
  return actions;
}

export const userStatuses: readonly UserStatus[] = ['active', 'invited', 'deactivated'];

export interface UserFilters {
  search: string;
  status: UserStatus | '';
}

export function readUserFilters(params: URLSearchParams): UserFilters {
  const status = params.get('status') ?? '';
  return {
    search: (params.get('suche') ?? '').slice(0, 200),
    status: (userStatuses as readonly string[]).includes(status) ? (status as UserStatus) : '',
  };
}

export function writeUserFilters(filters: UserFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim() !== '') params.set('suche', filters.search.trim());
  if (filters.status) params.set('status', filters.status);
  return params;
}

export interface PlanUsage {
  used: number;
  /** null: no limit. */
  max: number | null;
  /** 0–100, null without a limit. */
  percent: number | null;
  isFull: boolean;
}

export function planUsage(account: Pick<Account, 'planMaxUsers' | 'seatsUsed'>): PlanUsage {
  const max = account.planMaxUsers;
  if (max === null) return { used: account.seatsUsed, max: null, percent: null, isFull: false };
  return {
    used: account.seatsUsed,
    max,
    percent: max === 0 ? 100 : Math.min(100, Math.round((account.seatsUsed / max) * 100)),
    isFull: account.seatsUsed >= max,
  };
}

// Roles ---------------------------------------------------------------------------------------------

export const accessLevels: readonly AccessLevel[] = ['none', 'read', 'write'];

export function uniformPermissions(level: AccessLevel): Permissions {
  return Object.fromEntries(accessAreas.map((area) => [area, level])) as Permissions;
}

/** How many areas a role may change, and how many it may only read. */
export function countPermissions(permissions: Partial<Permissions>): { write: number; read: number } {
  let write = 0;
  let read = 0;
  for (const area of accessAreas) {
    if (permissions[area] === 'write') write++;
    else if (permissions[area] === 'read') read++;
  }
  return { write, read };
}

export interface RoleForm {
  name: string;
  permissions: Permissions;
}

export type RoleFormField = 'name' | 'permissions';

export const roleFieldMessages: Record<RoleFormField, AdminMessageKey> = {
  name: 'admin.fieldErrors.roleName',
  permissions: 'admin.fieldErrors.invalid',
};

export function roleToForm(role: Role | null): RoleForm {
  if (!role) return { name: '', permissions: uniformPermissions('none') };
  return { name: role.name, permissions: { ...uniformPermissions('none'), ...role.permissions } };
}

export function validateRoleForm(form: RoleForm): FormErrors<RoleFormField> {
  return form.name.trim() === '' ? { name: 'admin.fieldErrors.roleName' } : {};
}

export function toRoleBody(form: RoleForm): RoleBody {
  return { name: form.name.trim(), permissions: { ...form.permissions } };
}

// Sign-in settings ----------------------------------------------------------------------------------

export const passwordPolicies: readonly PasswordPolicyPreset[] = ['standard', 'nist'];
export const allowedSecondFactors: readonly AllowedSecondFactor[] = ['totp', 'passkey', 'sms'];
export const ssoModes: readonly SsoMode[] = ['off', 'optional', 'only'];

export const sessionLimits = {
  idleMinutes: { min: 5, max: 1440 },
  absoluteHours: { min: 1, max: 720 },
} as const;

/** The form keeps numbers as typed (text) and the client secret empty unless a new one is entered. */
export interface SettingsForm {
  passwordPolicy: PasswordPolicyPreset;
  sessionIdleMinutes: string;
  sessionAbsoluteHours: string;
  secondFactorRequired: boolean;
  secondFactorMethods: AllowedSecondFactor[];
  ssoMode: SsoMode;
  ssoTenantId: string;
  ssoClientId: string;
  ssoClientSecret: string;
}

export type SettingsFormField = keyof SettingsForm;

export const settingsFieldMessages: Record<SettingsFormField, AdminMessageKey> = {
  passwordPolicy: 'admin.fieldErrors.invalid',
  sessionIdleMinutes: 'admin.fieldErrors.sessionIdleMinutes',
  sessionAbsoluteHours: 'admin.fieldErrors.sessionAbsoluteHours',
  secondFactorRequired: 'admin.fieldErrors.invalid',
  secondFactorMethods: 'admin.fieldErrors.secondFactorMethods',
  ssoMode: 'admin.fieldErrors.ssoMode',
  ssoTenantId: 'admin.fieldErrors.ssoTenantId',
  ssoClientId: 'admin.fieldErrors.ssoClientId',
  ssoClientSecret: 'admin.fieldErrors.ssoClientSecret',
};

export function settingsToForm(settings: SecuritySettings): SettingsForm {
  return {
    passwordPolicy: settings.passwordPolicy,
    sessionIdleMinutes: String(settings.sessionIdleMinutes),
    sessionAbsoluteHours: String(settings.sessionAbsoluteHours),
    secondFactorRequired: settings.secondFactorRequired,
    // In the order the form lists them, so that a comparison does not depend on the server's order.
    secondFactorMethods: allowedSecondFactors.filter((method) =>
      settings.secondFactorMethods.includes(method),
    ),
    ssoMode: settings.ssoMode,
    ssoTenantId: settings.ssoTenantId ?? '',
    ssoClientId: settings.ssoClientId ?? '',
    ssoClientSecret: '',
  };
}

/** A whole number within [min, max], or null. */
export function parseWholeNumber(text: string, { min, max }: { min: number; max: number }): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateSettingsForm(
  form: SettingsForm,
  { clientSecretSet }: { clientSecretSet: boolean },
): FormErrors<SettingsFormField> {
  const errors: FormErrors<SettingsFormField> = {};
  if (parseWholeNumber(form.sessionIdleMinutes, sessionLimits.idleMinutes) === null)
    errors.sessionIdleMinutes = 'admin.fieldErrors.sessionIdleMinutes';
  if (parseWholeNumber(form.sessionAbsoluteHours, sessionLimits.absoluteHours) === null)
    errors.sessionAbsoluteHours = 'admin.fieldErrors.sessionAbsoluteHours';
  if (form.secondFactorMethods.length === 0)
    errors.secondFactorMethods = 'admin.fieldErrors.secondFactorMethods';
  if (form.ssoMode !== 'off') {
    if (!guidPattern.test(form.ssoTenantId.trim())) errors.ssoTenantId = 'admin.fieldErrors.ssoTenantId';
    if (form.ssoClientId.trim() === '') errors.ssoClientId = 'admin.fieldErrors.ssoClientId';
    if (!clientSecretSet && form.ssoClientSecret.trim() === '')
      errors.ssoClientSecret = 'admin.fieldErrors.ssoClientSecret';
  } else if (form.ssoTenantId.trim() !== '' && !guidPattern.test(form.ssoTenantId.trim())) {
    errors.ssoTenantId = 'admin.fieldErrors.ssoTenantId';
  }
  return errors;
}

/** The settings that differ from the saved ones; the client secret only when a new one was typed. */
export function toSettingsPatch(saved: SecuritySettings, form: SettingsForm): SecuritySettingsPatch {
  const patch: SecuritySettingsPatch = {};
  if (form.passwordPolicy !== saved.passwordPolicy) patch.passwordPolicy = form.passwordPolicy;
  const idle = Number(form.sessionIdleMinutes);
  if (idle !== saved.sessionIdleMinutes) patch.sessionIdleMinutes = idle;
  const absolute = Number(form.sessionAbsoluteHours);
  if (absolute !== saved.sessionAbsoluteHours) patch.sessionAbsoluteHours = absolute;
  if (form.secondFactorRequired !== saved.secondFactorRequired)
    patch.secondFactorRequired = form.secondFactorRequired;
  const methods = allowedSecondFactors.filter((method) => form.secondFactorMethods.includes(method));
  const savedMethods = allowedSecondFactors.filter((method) => saved.secondFactorMethods.includes(method));
  if (methods.join() !== savedMethods.join()) patch.secondFactorMethods = methods;
  if (form.ssoMode !== saved.ssoMode) patch.ssoMode = form.ssoMode;
  const tenantId = form.ssoTenantId.trim() || null;
  if (tenantId !== saved.ssoTenantId) patch.ssoTenantId = tenantId;
  const clientId = form.ssoClientId.trim() || null;
  if (clientId !== saved.ssoClientId) patch.ssoClientId = clientId;
  if (form.ssoClientSecret.trim() !== '') patch.ssoClientSecret = form.ssoClientSecret.trim();
  return patch;
}

/** The address to register in Entra ID as the app's redirect URI. */
export function ssoRedirectUri(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/api/v1/auth/sso/callback`;
}

// Security log --------------------------------------------------------------------------------------

/** The actions of the security log (shared with the server; admin.models.test.ts checks every one has a label). */
export { isSecurityAction, securityActions };
export type SecurityActionName = SecurityAction;

export interface LogFilters {
  action: SecurityActionName | '';
  userId: string;
  /** YYYY-MM-DD, the first day shown (local time), or ''. */
  from: string;
  /** YYYY-MM-DD, the last day shown (local time), or ''. */
  to: string;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight at the start of a YYYY-MM-DD day, `addDays` later; null for no valid date. */
export function localDayStart(isoDate: string, addDays = 0): Date | null {
  const match = isoDatePattern.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day + addDays);
  const check = new Date(year, month - 1, day);
  if (check.getFullYear() !== year || check.getMonth() !== month - 1 || check.getDate() !== day) return null;
  return date;
}

export function readLogFilters(params: URLSearchParams): LogFilters {
  const action = params.get('aktion') ?? '';
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return localDayStart(value) ? value : '';
  };
  return {
    action: isSecurityAction(action) ? action : '',
    userId: (params.get('benutzer') ?? '').slice(0, 100),
    from: date('von'),
    to: date('bis'),
  };
}

export function writeLogFilters(filters: LogFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.action) params.set('aktion', filters.action);
  if (filters.userId) params.set('benutzer', filters.userId);
  if (filters.from) params.set('von', filters.from);
  if (filters.to) params.set('bis', filters.to);
  return params;
}

export function hasLogFilters(filters: LogFilters): boolean {
  return filters.action !== '' || filters.userId !== '' || filters.from !== '' || filters.to !== '';
}

/** The API filters: whole local days, „bis“ included (the API's `to` is exclusive). */
export function toSecurityEventQuery(filters: LogFilters): Omit<SecurityEventQuery, 'limit' | 'cursor'> {
  return {
    action: filters.action || undefined,
    userId: filters.userId || undefined,
    from: localDayStart(filters.from)?.toISOString(),
    to: localDayStart(filters.to, 1)?.toISOString(),
  };
}

/** „bis“ before „von“ finds nothing: say so instead of showing an empty list. */
export function isDateRangeReversed(filters: LogFilters): boolean {
  return filters.from !== '' && filters.to !== '' && filters.to < filters.from;
}
