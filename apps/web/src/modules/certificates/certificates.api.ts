// The certificate endpoints: lists and counts, one certificate, its changes, status steps, issuing and
// the documents.
import { api } from '../../app/api/api';
import { buildUrl } from '../../app/api/api-client.models';
import type {
  Certificate,
  CertificateChanges,
  CertificateKind,
  CertificateStatus,
  CertificateSummary,
  DocumentFormat,
  IssuedVersion,
  NewCertificate,
  Page,
} from './certificates.types';

export interface CertificateListQuery {
  status?: CertificateStatus;
  kind?: CertificateKind;
  employeeId?: string;
  search?: string;
  limit?: number;
  cursor?: string | null;
}

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export function listCertificates(
  query: CertificateListQuery,
  signal?: AbortSignal,
): Promise<Page<CertificateSummary>> {
  return api.get<Page<CertificateSummary>>('/api/v1/certificates', {
    query: { ...query },
    ...withSignal(signal),
  });
}

/** How many certificates the user may see, by status (the server applies scope and privacy). */
export function countCertificates(
  signal?: AbortSignal,
): Promise<{ byStatus: Record<CertificateStatus, number>; total: number }> {
  return api.get('/api/v1/certificates/counts', withSignal(signal));
}

const certificatePath = (id: string) => `/api/v1/certificates/${encodeURIComponent(id)}`;

export function getCertificate(id: string, signal?: AbortSignal): Promise<Certificate> {
  return api.get<Certificate>(certificatePath(id), withSignal(signal));
}

export function createCertificate(body: NewCertificate): Promise<Certificate> {
  return api.post<Certificate>('/api/v1/certificates', body);
}

export function updateCertificate(id: string, changes: CertificateChanges): Promise<Certificate> {
  return api.request<Certificate>('PATCH', certificatePath(id), { body: changes });
}

export function transitionCertificate(
  id: string,
  to: CertificateStatus,
  comment?: string,
): Promise<Certificate> {
  return api.post<Certificate>(`${certificatePath(id)}/transitions`, {
    to,
    ...(comment ? { comment } : {}),
  });
}

export function issueCertificateVersion(id: string): Promise<IssuedVersion> {
  return api.post<IssuedVersion>(`${certificatePath(id)}/versions`);
}

export function deleteCertificate(id: string): Promise<void> {
  return api.request<void>('DELETE', certificatePath(id));
}

/** The address of the rendered document; the browser sends the session cookie with the download. */
export function documentUrl(id: string, format: DocumentFormat): string {
  return buildUrl(`${certificatePath(id)}/document`, { format });
}
