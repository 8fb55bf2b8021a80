// The API calls of the handover: HR's list, create and revoke (signed in), and the recipient's calls
// with the handover session cookie (public routes: no CSRF token, no user session).
import { api } from '../../app/api/api';
import type { EmployeeRecord } from '../employees/employees.types';
import type {
  CreateHandoverBody,
  CreatedHandover,
  Handover,
  HandoverCodePolicy,
  HandoverSessionAnswer,
  RecipientChanges,
  RecipientView,
} from './handover.types';
import { isApiError } from '../../app/api/api-client.models';
import type { DocumentFormat } from '../certificates/certificates.types';

export const handoversQueryKey = (certificateId: string) => ['handovers', certificateId];

export async function listHandovers(certificateId: string, signal?: AbortSignal): Promise<Handover[]> {
  const answer = await api.get<{ items: Handover[] }>(
    `/api/v1/certificates/${encodeURIComponent(certificateId)}/handovers`,
    signal ? { signal } : {},
  );
  return answer.items;
}

export function createHandover(certificateId: string, body: CreateHandoverBody): Promise<CreatedHandover> {
  return api.post(`/api/v1/certificates/${encodeURIComponent(certificateId)}/handovers`, body);
}

export function revokeHandover(handoverId: string): Promise<Handover> {
  return api.post(`/api/v1/handovers/${encodeURIComponent(handoverId)}/revoke`);
}

export function getEmployeeRecord(employeeId: string, signal?: AbortSignal): Promise<EmployeeRecord> {
  return api.get(`/api/v1/employees/${encodeURIComponent(employeeId)}`, signal ? { signal } : {});
}

/** The tenant's rule for the second factor; without the privacy settings: no code required, both channels. */
export async function getHandoverCodePolicy(signal?: AbortSignal): Promise<HandoverCodePolicy> {
  try {
    const answer = await api.get<{ handoverCode?: HandoverCodePolicy }>(
      '/api/v1/organization/privacy',
      signal ? { signal } : {},
    );
    return answer.handoverCode ?? { required: false, channels: ['email', 'sms'] };
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 403)) {
      return { required: false, channels: ['email', 'sms'] };
    }
    throw error;
  }
}

// The recipient ------------------------------------------------------------------------------------

const recipientOptions = { reportSessionLost: false } as const;

export function openHandoverSession(id: string, secret: string): Promise<HandoverSessionAnswer> {
  return api.post('/api/v1/handover/session', { id, secret }, recipientOptions);
}

export function sendHandoverCode(): Promise<unknown> {
  return api.post('/api/v1/handover/code', undefined, recipientOptions);
}

export function verifyHandoverCode(code: string): Promise<unknown> {
  return api.post('/api/v1/handover/code/verify', { code }, recipientOptions);
}

export function getRecipientView(): Promise<RecipientView> {
  return api.get('/api/v1/handover/certificate', recipientOptions);
}

export function saveRecipientChanges(changes: RecipientChanges): Promise<RecipientView> {
  return api.request('PATCH', '/api/v1/handover/certificate', { ...recipientOptions, body: changes });
}

export function finishHandover(comment: string | null): Promise<unknown> {
  return api.post('/api/v1/handover/finish', comment ? { comment } : {}, recipientOptions);
}

export function recipientDocumentUrl(format: DocumentFormat): string {
  return `/api/v1/handover/document?format=${format}`;
}
