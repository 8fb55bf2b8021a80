// Pure rules of the certificate workflow (C14) and of private certificates (U8).
import type { CertificateStatus } from '../../app/database/database.types.js';

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

/**
 * U8: a private certificate is visible only to its creator. Until sign-in exists every request has
 * userId null and certificates are created with created_by null, so they see each other's certificates;
 * once users exist, a private certificate created before is visible to nobody but (later) administrators.
 * The list query applies the same rule in SQL (certificates.repository.ts).
 */
export function canSeeCertificate(
  certificate: { is_private: number; created_by: string | null },
  userId: string | null,
): boolean {
  return certificate.is_private === 0 || certificate.created_by === userId;
}
