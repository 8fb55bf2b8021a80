// Access decisions as pure functions (U6–U8). The database applies the same scope rule inside the list
// queries (certificates.repository.ts), so nothing out of scope is ever read and then filtered.
import type { Access, AccessArea, AccessLevel, CertificateScope, ScopeDimension } from './access.models.js';

const rank: Record<AccessLevel, number> = { none: 0, read: 1, write: 2 };

/** The role grants at least `level` in `area`; administrators may do everything. */
export function canAccessArea(
  access: Access,
  area: AccessArea,
  level: Exclude<AccessLevel, 'none'>,
): boolean {
  if (access.isAdministrator) return true;
  return rank[access.permissions[area]] >= rank[level];
}

/** Where a certificate's employee belongs, as the scope sees it. */
export interface ScopeAttributes {
  companyId: string | null;
  locationId: string | null;
  departmentId: string | null;
  orgUnitId: string | null;
  employeeTypeId: string | null;
}

const attributeOf: Record<ScopeDimension, keyof ScopeAttributes> = {
  companyIds: 'companyId',
  locationIds: 'locationId',
  departmentIds: 'departmentId',
  orgUnitIds: 'orgUnitId',
  employeeTypeIds: 'employeeTypeId',
};

/** U7: every dimension that the scope restricts must contain the employee's value. */
export function isInScope(scope: CertificateScope, attributes: ScopeAttributes): boolean {
  if (scope.all) return true;
  let restricts = false;
  for (const dimension of Object.keys(attributeOf) as ScopeDimension[]) {
    const allowed = scope[dimension];
    if (allowed.length === 0) continue;
    restricts = true;
    const value = attributes[attributeOf[dimension]];
    if (value === null || !allowed.includes(value)) return false;
  }
  // A restriction without any value grants nothing (fail closed).
  return restricts;
}

/**
 * U7 and U8 together: the scope „Administrator“ sees every certificate; a private certificate is seen
 * only by its creator (and those administrators); any other certificate when its employee is in scope.
 */
export function canSeeCertificate(
  access: Pick<Access, 'userId' | 'scope'>,
  certificate: { isPrivate: boolean; createdBy: string | null } & ScopeAttributes,
): boolean {
  if (access.scope.all) return true;
  if (certificate.isPrivate) return certificate.createdBy === access.userId;
  return isInScope(access.scope, certificate);
}
