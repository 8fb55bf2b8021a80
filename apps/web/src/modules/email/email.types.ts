// The shapes of the e-mail template and delivery failure endpoints (apps/server modules/email-templates
// and modules/delivery).
export const templateKeys = [
  'invitation',
  'password_reset',
  'lockout_notice',
  'handover',
  'handover_code',
  'handover_finished',
  'certificate_issued',
] as const;
export type TemplateKey = (typeof templateKeys)[number];

export const mailLanguages = ['de', 'en'] as const;
export type MailLanguage = (typeof mailLanguages)[number];

export type TemplatePart = 'subject' | 'text' | 'html';

export interface Placeholder {
  name: string;
  description: string;
  sample: string;
}

export interface TemplateSummary {
  key: TemplateKey;
  language: MailLanguage;
  customised: boolean;
  updatedAt: string | null;
  placeholders: Placeholder[];
}

export interface TemplateContent {
  subject: string;
  text: string;
  html: string;
}

export interface EmailTemplate extends TemplateContent {
  key: TemplateKey;
  language: MailLanguage;
  customised: boolean;
  updatedAt: string | null;
  placeholders: Placeholder[];
}

export interface MailSender {
  senderName: string | null;
  defaultSenderName: string;
}

export interface DeliveryFailure {
  id: string;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string | null;
  lastError: string | null;
  attempts: number;
  failedAt: string | null;
  createdAt: string;
}

export interface DeliveryFailurePage {
  items: DeliveryFailure[];
  nextCursor: string | null;
}
