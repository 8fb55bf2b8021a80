// Certificates as the API answers them: the list items of GET /api/v1/certificates and the full
// certificate of GET /api/v1/certificates/:id (content, options, history, versions, server check).
import type { CertificateIssue } from '@zeugnisdesk/engine';
import type { CertificateInput } from '@zeugnisdesk/shared';

export const certificateStatuses = [
  'draft',
  'in_review',
  'reviewed',
  'approved',
  'issued',
  'archived',
] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];
export const certificateKinds = ['final', 'interim', 'apprenticeship'] as const;
export type CertificateKind = (typeof certificateKinds)[number];

export interface CertificateSummary {
  id: string;
  employeeId: string;
  companyId: string | null;
  employeeName: string;
  kind: CertificateKind;
  form: 'qualified' | 'simple';
  status: CertificateStatus;
  isPrivate: boolean;
  revision: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Pinned phrasings (sentence id → variant index) and the user's own sentences (sentence id → text). */
export interface CertificateOptions {
  variants: Record<string, number>;
  overrides: Record<string, string>;
}

export interface StatusChange {
  from: CertificateStatus | null;
  to: CertificateStatus;
  changedBy: string | null;
  changedAt: string;
  comment: string | null;
}

export interface VersionSummary {
  id: string;
  number: number;
  issuedAt: string;
  issuedBy: string | null;
}

export interface Certificate extends CertificateSummary {
  content: CertificateInput;
  options: CertificateOptions;
  history: StatusChange[];
  versions: VersionSummary[];
  /** The text the server composed from the saved content. */
  text: string;
  /** The server's consistency check of the saved content (against the last issued version). */
  issues: CertificateIssue[];
}

export interface IssuedVersion extends VersionSummary {
  text: string;
  content: CertificateInput;
  issues: CertificateIssue[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type DocumentFormat = 'pdf' | 'docx';

export interface CertificateChanges {
  /** The revision the change is based on; the server answers 409 when someone changed it meanwhile. */
  revision: number;
  content?: CertificateInput;
  options?: CertificateOptions;
  isPrivate?: boolean;
}

export interface NewCertificate {
  employeeId: string;
  kind: CertificateKind;
  form?: 'qualified' | 'simple';
  exitReason?: string | null;
  interimReason?: string | null;
  issueDate?: string;
  place?: string;
  signers: { employeeId?: string; name?: string; function?: string }[];
  isPrivate?: boolean;
}
