// What a user may do (U6) and which certificates they may see (U7), as data. A role grants a level per
// area; the built-in „Administrator“ role grants everything and cannot be restricted. The certificate
// scope is either „Administrator“ (all certificates, private ones included) or a restriction along the
// organisation structure. The areas and levels themselves are shared with the web app.
import { accessAreas, accessLevels, type AccessArea, type AccessLevel } from '@zeugnisdesk/shared';

export { accessAreas, accessLevels, type AccessArea, type AccessLevel };

/** German names for the user interface and messages. */
export const accessAreaLabels: Record<AccessArea, string> = {
  employees: 'Mitarbeiter',
  companies: 'Firmen',
  users: 'Benutzer',
  roles: 'Rollen',
  jobProfiles: 'Berufsbilder',
  certificateFormatting: 'Zeugnisformatierung',
  letterTexts: 'Brieftexte',
  emailTemplates: 'E-Mail-Vorlagen',
  qualifications: 'Qualifikationen',
  selfService: 'Self-Service',
  customisation: 'Anpassungen',
  privacy: 'Datenschutz',
  interfaces: 'Schnittstellen',
  account: 'Konto',
};

export type Permissions = Record<AccessArea, AccessLevel>;

/** Every area at one level. */
export function uniformPermissions(level: AccessLevel): Permissions {
  return Object.fromEntries(accessAreas.map((area) => [area, level])) as Permissions;
}

/** Reads stored permissions; unknown areas are ignored and missing ones are 'none' (fail closed). */
export function parsePermissions(json: string): Permissions {
  const parsed = JSON.parse(json) as unknown;
  const stored = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const permissions = uniformPermissions('none');
  for (const area of accessAreas) {
    const level = stored[area];
    if (typeof level === 'string' && (accessLevels as readonly string[]).includes(level)) {
      permissions[area] = level as AccessLevel;
    }
  }
  return permissions;
}

/** The dimensions a certificate scope can be cut along (U7). */
export const scopeDimensions = [
  'companyIds',
  'locationIds',
  'departmentIds',
  'orgUnitIds',
  'employeeTypeIds',
] as const;
export type ScopeDimension = (typeof scopeDimensions)[number];

/**
 * „Administrator“ (all), or a restriction: a certificate is in scope when its employee belongs to one of
 * the listed values in every dimension that lists any (within a dimension „or“, across dimensions
 * „and“). A restriction lists at least one value.
 */
export type CertificateScope = { all: true } | ({ all: false } & Record<ScopeDimension, string[]>);

export function emptyRestriction(): Record<ScopeDimension, string[]> {
  return { companyIds: [], locationIds: [], departmentIds: [], orgUnitIds: [], employeeTypeIds: [] };
}

export function parseScope({
  scopeAll,
  scopeJson,
}: {
  scopeAll: number;
  scopeJson: string;
}): CertificateScope {
  if (scopeAll === 1) return { all: true };
  const parsed = JSON.parse(scopeJson) as unknown;
  const stored = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const restriction = emptyRestriction();
  for (const dimension of scopeDimensions) {
    const values = stored[dimension];
    if (Array.isArray(values)) restriction[dimension] = values.filter((value) => typeof value === 'string');
  }
  return { all: false, ...restriction };
}

export function serializeScope(scope: CertificateScope): { scope_all: number; scope_json: string } {
  if (scope.all) return { scope_all: 1, scope_json: '{}' };
  const restriction = Object.fromEntries(scopeDimensions.map((dimension) => [dimension, scope[dimension]]));
  return { scope_all: 0, scope_json: JSON.stringify(restriction) };
}

/** Who is acting, with what rights: what every use case that checks access receives. */
export interface Access {
  userId: string;
  isAdministrator: boolean;
  permissions: Permissions;
  scope: CertificateScope;
}
