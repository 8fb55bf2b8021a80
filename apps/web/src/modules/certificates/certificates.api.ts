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
