// Pure helpers of the outbox: the retry schedule, and the conversions between messages and rows.
import type { MailAttachment, MailMessage, SmsMessage } from './delivery.types.js';
import type { OutboxMessageRow } from './outbox.repository.js';

const minute = 60_000;
/** Waits after the 1st, 2nd, … failed attempt; after the last one the message is failed for good. */
export const retryDelaysMs = [1 * minute, 5 * minute, 30 * minute, 120 * minute, 720 * minute] as const;
export const maxAttempts = retryDelaysMs.length + 1;

/** When to try again after `attempts` failed attempts, or null when none is left. */
export function getNextAttemptAt(attempts: number, now: Date): Date | null {
  const delay = retryDelaysMs[attempts - 1];
  return attempts < maxAttempts && delay !== undefined ? new Date(now.getTime() + delay) : null;
}

interface StoredAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export function serializeAttachments(attachments: MailAttachment[] | undefined): string | null {
  if (!attachments?.length) return null;
  const stored: StoredAttachment[] = attachments.map(({ filename, contentType, content }) => ({
    filename,
    contentType,
    contentBase64: Buffer.from(content).toString('base64'),
  }));
  return JSON.stringify(stored);
}

export function parseAttachments(json: string | null): MailAttachment[] {
  if (!json) return [];
  return (JSON.parse(json) as StoredAttachment[]).map(({ filename, contentType, contentBase64 }) => ({
    filename,
    contentType,
    content: Buffer.from(contentBase64, 'base64'),
  }));
}

export function toMailMessage(row: OutboxMessageRow): MailMessage {
  const attachments = parseAttachments(row.attachments_json);
  return {
    to: row.recipient,
    subject: row.subject ?? '',
    text: row.text_body,
    ...(row.html_body !== null ? { html: row.html_body } : {}),
    ...(attachments.length ? { attachments } : {}),
  };
}

export function toSmsMessage(row: OutboxMessageRow): SmsMessage {
  return { to: row.recipient, text: row.text_body };
}

/** Error text for the table: one line, bounded (an SMTP reply can be long). */
export function describeDeliveryFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 500) || 'unknown error';
}
