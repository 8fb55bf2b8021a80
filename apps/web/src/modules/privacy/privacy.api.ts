// The privacy settings and the change history endpoints. The API client adds the CSRF token.
import { api } from '../../app/api/api';
import type { CertificateChangePage, PrivacySettings, PrivacySettingsPatch } from './privacy.types';

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export const privacyKeys = {
  settings: ['privacy', 'settings'] as const,
  changes: (certificateId: string) => ['privacy', 'changes', certificateId] as const,
};

export function fetchPrivacySettings(signal?: AbortSignal): Promise<PrivacySettings> {
  return api.get<PrivacySettings>('/api/v1/organization/privacy', withSignal(signal));
}

export function updatePrivacySettings(patch: PrivacySettingsPatch): Promise<PrivacySettings> {
  return api.request<PrivacySettings>('PATCH', '/api/v1/organization/privacy', { body: patch });
}

export function fetchCertificateChanges(
  certificateId: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<CertificateChangePage> {
  return api.get<CertificateChangePage>(`/api/v1/certificates/${encodeURIComponent(certificateId)}/changes`, {
    query: { limit: 50, ...(cursor ? { cursor } : {}) },
    ...withSignal(signal),
  });
}
