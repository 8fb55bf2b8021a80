// The endpoints of the e-mail templates, the sender name and the delivery failures. The API client adds
// the CSRF token.
import { api } from '../../app/api/api';
import type {
  DeliveryFailurePage,
  EmailTemplate,
  MailLanguage,
  MailSender,
  TemplateContent,
  TemplateKey,
  TemplateSummary,
} from './email.types';

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});
const templatePath = (key: TemplateKey, language: MailLanguage) =>
  `/api/v1/email-templates/${encodeURIComponent(key)}/${encodeURIComponent(language)}`;

export async function listTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  const { items } = await api.get<{ items: TemplateSummary[] }>(
    '/api/v1/email-templates',
    withSignal(signal),
  );
  return items;
}

export function fetchTemplate(key: TemplateKey, language: MailLanguage, signal?: AbortSignal) {
  return api.get<EmailTemplate>(templatePath(key, language), withSignal(signal));
}

export function saveTemplate(key: TemplateKey, language: MailLanguage, content: TemplateContent) {
  return api.request<EmailTemplate>('PUT', templatePath(key, language), { body: content });
}

export function resetTemplate(key: TemplateKey, language: MailLanguage) {
  return api.request<EmailTemplate>('DELETE', templatePath(key, language));
}

export function previewTemplate(
  key: TemplateKey,
  language: MailLanguage,
  content: TemplateContent,
  signal?: AbortSignal,
) {
  return api.post<TemplateContent>(`${templatePath(key, language)}/preview`, content, withSignal(signal));
}

export function fetchSender(signal?: AbortSignal) {
  return api.get<MailSender>('/api/v1/organization/email', withSignal(signal));
}

export function updateSender(senderName: string | null) {
  return api.request<MailSender>('PATCH', '/api/v1/organization/email', { body: { senderName } });
}

export function listDeliveryFailures(cursor: string | null, signal?: AbortSignal) {
  return api.get<DeliveryFailurePage>('/api/v1/delivery/failures', {
    query: { limit: 50, cursor: cursor ?? undefined },
    ...withSignal(signal),
  });
}

export function resendDeliveryFailure(id: string) {
  return api.post<{ id: string; status: 'pending' }>(
    `/api/v1/delivery/failures/${encodeURIComponent(id)}/resend`,
  );
}
