// Reading certificate lists (the editor of a later issue adds the rest).
import { api } from '../../app/api/api';
import type { CertificateKind, CertificateStatus, CertificateSummary, Page } from './certificates.types';

export interface CertificateListQuery {
  status?: CertificateStatus;
  kind?: CertificateKind;
  employeeId?: string;
  search?: string;
  limit?: number;
  cursor?: string | null;
}

export function listCertificates(
  query: CertificateListQuery,
  signal?: AbortSignal,
): Promise<Page<CertificateSummary>> {
  return api.get<Page<CertificateSummary>>('/api/v1/certificates', {
    query: { ...query },
    ...(signal ? { signal } : {}),
  });
}

/** How many certificates the user may see, by status (the server applies scope and privacy). */
export function countCertificates(
  signal?: AbortSignal,
): Promise<{ byStatus: Record<CertificateStatus, number>; total: number }> {
  return api.get('/api/v1/certificates/counts', { ...(signal ? { signal } : {}) });
}
