// E-mail drivers: SMTP via nodemailer (TLS 1.2 or newer, STARTTLS required on smtp://), and the built-in
// outbox, which sends nothing: the message stays in `outbox_messages` as sent with transport 'outbox'.
import { rootCertificates } from 'node:tls';
import nodemailer from 'nodemailer';
import type { DeliveryConfig } from '../../app/config/config.js';
import { isLoopbackUrl } from '../../app/config/config.schema.js';
import { DeliveryError } from './delivery.errors.js';
import type { MailDriver } from './delivery.types.js';

export interface SmtpDriverOptions {
  /** smtps://user:password@host:465 (TLS from the start) or smtp://…:587 (STARTTLS, which is required). */
  url: string;
  from: string;
  /** Plain SMTP without STARTTLS, only if the host is 127.0.0.1, ::1 or localhost. */
  allowInsecureLoopback: boolean;
  /** Extra trusted CA certificates (PEM), e.g. of a test server; the system's CAs are always trusted. */
  ca?: string;
}

export function createSmtpMailDriver({
  url,
  from,
  allowInsecureLoopback,
  ca,
}: SmtpDriverOptions): MailDriver {
  const parsed = new URL(url);
  const isImplicitTls = parsed.protocol === 'smtps:';
  const isPlainAllowed = !isImplicitTls && allowInsecureLoopback && isLoopbackUrl(url);
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  const transporter = nodemailer.createTransport({
    host,
    port: parsed.port ? Number(parsed.port) : isImplicitTls ? 465 : 587,
    secure: isImplicitTls,
    // Without STARTTLS a mail would cross the network in clear text: refuse to send it.
    requireTLS: !isImplicitTls && !isPlainAllowed,
    // A local development sink: plain SMTP even if it offers STARTTLS with a certificate nobody trusts.
    ignoreTLS: isPlainAllowed,
    ...(parsed.username
      ? {
          auth: {
            user: decodeURIComponent(parsed.username),
            pass: decodeURIComponent(parsed.password),
          },
        }
      : {}),
    tls: {
      minVersion: 'TLSv1.2',
      rejectUnauthorized: true,
      ...(ca ? { ca: [...rootCertificates, ca] } : {}),
    },
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });

  return {
    transport: 'smtp',
    send: async (message) => {
      try {
        await transporter.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html !== undefined ? { html: message.html } : {}),
          attachments: (message.attachments ?? []).map(({ filename, contentType, content }) => ({
            filename,
            contentType,
            content: Buffer.from(content),
          })),
        });
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
    close: async () => transporter.close(),
  };
}

/**
 * A 5xx reply to the envelope or the content (unknown recipient, message refused) is permanent. Everything
 * else — no connection, TLS or login problems, 4xx — may pass once the server or the settings are fixed.
 */
function toDeliveryError(error: unknown): DeliveryError {
  const {
    message = String(error),
    code,
    responseCode,
  } = error as { message?: string; code?: string; responseCode?: number };
  const isRejection = code === 'EENVELOPE' || code === 'EMESSAGE';
  const isPermanent =
    isRejection && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
  return new DeliveryError(`SMTP: ${message}`, isPermanent);
}

export function createOutboxMailDriver(): MailDriver {
  return { transport: 'outbox', send: async () => {} };
}

export function createMailDriver(config: DeliveryConfig['mail'], { ca }: { ca?: string } = {}): MailDriver {
  if (config.kind === 'outbox') return createOutboxMailDriver();
  return createSmtpMailDriver({ ...config, ...(ca ? { ca } : {}) });
}
