// The certificate list items of GET /api/v1/certificates.

export const certificateStatuses = [
  'draft',
  'in_review',
  'reviewed',
  'approved',
  'issued',
  'archived',
] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];
export type CertificateKind = 'final' | 'interim' | 'apprenticeship';

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

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
