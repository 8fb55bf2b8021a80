// Pure rules of the certificate workflow (C14) and of private certificates (U8).
import type { CertificateStatus, EmployeesTable } from '../../app/database/database.types.js';
import type { CertificateScope } from '../access/access.models.js';
import {
  canSeeCertificate as canAccessCertificate,
  type ScopeAttributes,
} from '../access/access.policies.js';

export const certificateStatuses = [
  'draft',
  'in_review',
  'reviewed',
  'approved',
  'issued',
  'archived',
] as const satisfies readonly CertificateStatus[];

/**
 * The allowed status changes: forward one step at a time, back to draft from any step before issuing
 * (a reviewer or approver sends it back), and an issued certificate into the archive. Reaching `issued`
 * by issuing a version is the usual way; the transition exists for certificates issued outside.
 */
export const allowedTransitions: Readonly<Record<CertificateStatus, readonly CertificateStatus[]>> = {
  draft: ['in_review'],
  in_review: ['reviewed', 'draft'],
  reviewed: ['approved', 'draft'],
  approved: ['issued', 'draft'],
  issued: ['archived'],
  archived: [],
};

export function canTransition(from: CertificateStatus, to: CertificateStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** Content, options and privacy can change until the certificate is archived. */
export function canEditCertificate(status: CertificateStatus): boolean {
  return status !== 'archived';
}

/** A version can be issued once the certificate is approved, and again (a correction) after issuing. */
export function canIssueVersion(status: CertificateStatus): boolean {
  return status === 'approved' || status === 'issued';
}

/** Where the certificate's employee belongs (U7), from the employee row. */
export function scopeAttributesOf(employee: EmployeesTable | undefined): ScopeAttributes {
  return {
    companyId: employee?.company_id ?? null,
    locationId: employee?.location_id ?? null,
    departmentId: employee?.department_id ?? null,
    orgUnitId: employee?.org_unit_id ?? null,
    employeeTypeId: employee?.employee_type_id ?? null,
  };
}

/**
 * U7 + U8 for one certificate (access.policies.ts). The list query applies the same rule in SQL
 * (certificates.repository.ts), so lists, counts and searches never read what is out of scope.
 */
export function canSeeCertificate(
  certificate: { is_private: number; created_by: string | null },
  employee: EmployeesTable | undefined,
  viewer: { userId: string | null; scope: CertificateScope },
): boolean {
  return canAccessCertificate(
    { userId: viewer.userId ?? '', scope: viewer.scope },
    {
      isPrivate: certificate.is_private === 1,
      createdBy: certificate.created_by,
      ...scopeAttributesOf(employee),
    },
  );
}
