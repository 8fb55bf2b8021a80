// What callers queue, and what the drivers (SMTP, SMS gateway, built-in outbox) must do with it.
import type { OutboxTransport } from '../../app/database/database.types.js';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Display name of the From header (the tenant's sender name, E1); the driver's default if absent. */
  fromName?: string;
  attachments?: MailAttachment[];
}

export interface SmsMessage {
  /** E.164, e.g. +491701234567. */
  to: string;
  text: string;
}

/** A message to queue; `organizationId` null for messages of the installation itself. */
export type OutboundMessage = { organizationId: string | null } & (
  ({ channel: 'email' } & MailMessage) | ({ channel: 'sms' } & SmsMessage)
);

export interface MailDriver {
  transport: OutboxTransport;
  /** Resolves once the message is accepted; throws DeliveryError (or anything else: retried). */
  send: (message: MailMessage) => Promise<void>;
  close?: () => Promise<void>;
}

export interface SmsDriver {
  transport: OutboxTransport;
  send: (message: SmsMessage) => Promise<void>;
  close?: () => Promise<void>;
}

export interface DeliveryDrivers {
  email: MailDriver;
  sms: SmsDriver;
}

/** Log sink of the worker (the server's pino logger fits). Never given message contents. */
export interface DeliveryLogger {
  info: (details: object, message: string) => void;
  warn: (details: object, message: string) => void;
  error: (details: object, message: string) => void;
}
