// E-mail drivers: SMTP via nodemailer (TLS 1.2 or newer, STARTTLS required on smtp://, DKIM signing when
// configured, the From name per message), and the built-in outbox, which sends nothing: the message stays
// in `outbox_messages` as sent with transport 'outbox'.
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import nodemailer from 'nodemailer';
import type { DeliveryConfig } from '../../app/config/config.js';
import { isLoopbackUrl } from '../../app/config/config.schema.js';
import { StartupError } from '../../app/startup-error.js';
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
  /** DKIM signing (E2) with this key (PEM); never logged. */
  dkim?: { domainName: string; keySelector: string; privateKey: string };
}

/** The address and display name of MAIL_FROM (`address` or `Name <address>`). */
export function parseMailbox(mailbox: string): { name: string | null; address: string } {
  const match = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(mailbox);
  if (!match) return { name: null, address: mailbox.trim() };
  const name = (match[1] ?? '').replace(/^"(.*)"$/, '$1').trim();
  return { name: name || null, address: (match[2] ?? '').trim() };
}

/** The display name, made safe for a header: one line, no quotes or angle brackets. */
function headerSafeName(name: string): string {
  return name
    .replace(/[\r\n<>"\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

export function createSmtpMailDriver({
  url,
  from,
  allowInsecureLoopback,
  ca,
  dkim,
}: SmtpDriverOptions): MailDriver {
  const sender = parseMailbox(from);
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
    ...(dkim
      ? {
          dkim: {
            domainName: dkim.domainName,
            keySelector: dkim.keySelector,
            privateKey: dkim.privateKey,
          },
        }
      : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });

  return {
    transport: 'smtp',
    send: async (message) => {
      try {
        const name = headerSafeName(message.fromName ?? sender.name ?? 'Zeugnisdesk') || 'Zeugnisdesk';
        await transporter.sendMail({
          from: { name, address: sender.address },
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

/** Reads the DKIM key once; a missing or unreadable file stops the start (naming the path, not the key). */
export function readDkimKey(path: string): string {
  let key: string;
  try {
    // The path comes from the operator's configuration (DKIM_PRIVATE_KEY_FILE).
    // eslint-disable-next-line security/detect-non-literal-fs-filename
    key = readFileSync(path, 'utf8');
  } catch (error) {
    throw new StartupError(
      'config.invalid',
      `DKIM_PRIVATE_KEY_FILE ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  if (!/-----BEGIN (?:RSA |EC )?PRIVATE KEY-----/.test(key)) {
    throw new StartupError('config.invalid', `DKIM_PRIVATE_KEY_FILE ${path} holds no PEM private key`);
  }
  return key;
}

export function createMailDriver(config: DeliveryConfig['mail'], { ca }: { ca?: string } = {}): MailDriver {
  if (config.kind === 'outbox') return createOutboxMailDriver();
  const { dkim, ...smtp } = config;
  return createSmtpMailDriver({
    ...smtp,
    ...(ca ? { ca } : {}),
    ...(dkim
      ? {
          dkim: {
            domainName: dkim.domainName,
            keySelector: dkim.keySelector,
            privateKey: readDkimKey(dkim.privateKeyFile),
          },
        }
      : {}),
  });
}
