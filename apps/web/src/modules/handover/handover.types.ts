// Handovers as the API answers them (server contract of issue #8): HR's list and create body, and what
// the recipient's page receives and sends with its handover session.
import type { CertificateDocument, CertificateIssue } from '@zeugnisdesk/engine';
import type { HandoverGrants } from '@zeugnisdesk/shared';
import type {
  CertificateKind,
  CertificateOptions,
  CertificateStatus,
} from '../certificates/certificates.types';

export const handoverStatuses = ['active', 'finished', 'revoked', 'expired', 'locked'] as const;
export type HandoverStatus = (typeof handoverStatuses)[number];

export type HandoverSecondFactor = 'none' | 'email' | 'sms';
export type HandoverCodeChannel = 'email' | 'sms';

export const handoverEventTypes = [
  'created',
  'opened',
  'code_sent',
  'code_failed',
  'locked',
  'saved',
  'finished',
  'revoked',
  'expired',
] as const;
export type HandoverEventType = (typeof handoverEventTypes)[number];

export interface HandoverEvent {
  type: HandoverEventType;
  at: string;
  userName?: string | null;
  details?: Record<string, unknown> | null;
}

export interface Handover {
  id: string;
  recipient: { name: string; email: string; phone: string | null };
  message: string | null;
  dueDate: string | null;
  grants: HandoverGrants;
  download: boolean;
  secondFactor: HandoverSecondFactor;
  status: HandoverStatus;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  expiresAt: string;
  openedAt: string | null;
  finishedAt: string | null;
  finishComment: string | null;
  revokedAt: string | null;
  events: HandoverEvent[];
}

export interface CreateHandoverBody {
  recipient: { name: string; email: string; phone?: string };
  message?: string;
  dueDate?: string;
  expiresInDays?: number;
  grants: HandoverGrants;
  download: boolean;
  secondFactor: HandoverSecondFactor;
}

export interface CreatedHandover {
  handover: Handover;
  /** The link with its secret: shown once, never again. */
  link: string;
}

/** The tenant's privacy settings as far as handovers need them (H6). */
export interface HandoverCodePolicy {
  required: boolean;
  channels: readonly HandoverCodeChannel[];
}

// The recipient's side ----------------------------------------------------------------------------

export type HandoverSessionAnswer =
  { status: 'ready' } | { status: 'code_required'; channel: HandoverCodeChannel; destination: string };

/** The certificate input with only the granted sections' paths: everything else is absent. */
export type PartialContent = Record<string, unknown>;

export interface RecipientView {
  handover: {
    recipientName: string;
    message: string | null;
    dueDate: string | null;
    grants: HandoverGrants;
    download: boolean;
    expiresAt: string;
    secondFactor: HandoverSecondFactor;
  };
  certificate: {
    kind: CertificateKind;
    form: 'qualified' | 'simple';
    status: CertificateStatus;
    revision: number;
    employeeName: string;
  };
  content: PartialContent;
  options?: CertificateOptions;
  document: CertificateDocument | null;
  issues: CertificateIssue[];
}

export interface RecipientChanges {
  revision: number;
  content?: PartialContent;
  options?: CertificateOptions;
}
