// Test doubles of the outside world: an SMTP server (smtp-server) and an SMS gateway (node:http), both on
// loopback, and a certificate made at test time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { onTestFinished } from 'vitest';
import type { Db } from '../../app/database/database.types.js';
import type { DeliveryDrivers, MailAttachment, MailDriver, SmsDriver } from './delivery.types.js';
import { createOutboxMailDriver } from './mail.services.js';
import { createOutboxSmsDriver } from './sms.services.js';

export const testNow = new Date('2026-11-27T09:00:00.000Z');

export interface TestCertificate {
  key: string;
  cert: string;
}

let certificate: TestCertificate | undefined;

/** A self-signed certificate for 127.0.0.1 and localhost, made once per test file, never stored. */
export function getTestCertificate(): TestCertificate {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'zd-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'ignore' },
    );
    certificate = {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ReceivedMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments: MailAttachment[];
}

export interface SmtpSink {
  port: number;
  /** Parsed messages, in order of arrival. */
  received: () => Promise<ReceivedMail[]>;
  /** TLS protocol of each secured connection, e.g. 'TLSv1.3'. */
  tlsProtocols: string[];
  /** Whether the connection was secure when each MAIL FROM arrived. */
  securedAtMailFrom: boolean[];
  logins: { username: string; password: string }[];
}

/** A server that speaks no TLS at all (it neither offers nor accepts STARTTLS). */
export const plainSmtpOnly: Partial<SMTPServerOptions> = {
  hideSTARTTLS: true,
  disabledCommands: ['STARTTLS'],
};

/** An SMTP server on loopback that keeps what it receives; closed when the test finishes. */
export async function startSmtpSink(
  options: Partial<SMTPServerOptions> = {},
  host = '127.0.0.1',
): Promise<SmtpSink> {
  const raw: Buffer[] = [];
  const tlsProtocols: string[] = [];
  const securedAtMailFrom: boolean[] = [];
  const logins: { username: string; password: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    logger: false,
    disableReverseLookup: true,
    onSecure: (socket, _session, callback) => {
      tlsProtocols.push((socket as TLSSocket).getProtocol() ?? 'unknown');
      callback();
    },
    onMailFrom: (_address, session, callback) => {
      securedAtMailFrom.push(session.secure);
      callback();
    },
    onAuth: (auth, _session, callback) => {
      logins.push({ username: auth.username ?? '', password: auth.password ?? '' });
      callback(null, { user: auth.username });
    },
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        raw.push(Buffer.concat(chunks));
        callback();
      });
    },
    ...options,
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    port: (server.server.address() as AddressInfo).port,
    tlsProtocols,
    securedAtMailFrom,
    logins,
    received: async () =>
      Promise.all(
        raw.map(async (message) => {
          const parsed = await simpleParser(message);
          const addressText = (value: typeof parsed.from | typeof parsed.to) =>
            (Array.isArray(value) ? value.map((item) => item.text).join(', ') : value?.text) ?? '';
          return {
            from: addressText(parsed.from),
            to: addressText(parsed.to),
            subject: parsed.subject ?? '',
            text: (parsed.text ?? '').replace(/\n$/, ''),
            ...(parsed.html ? { html: parsed.html.replace(/\n$/, '') } : {}),
            attachments: parsed.attachments.map(({ filename, contentType, content }) => ({
              filename: filename ?? '',
              contentType,
              content: new Uint8Array(content),
            })),
          };
        }),
      ),
  };
}

export interface GatewayRequest {
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An SMS gateway on 127.0.0.1 answering each request with `respond()`'s status (after its delay). */
export async function startSmsGatewayStub(
  respond: () => { status: number; delayMs?: number } = () => ({ status: 202 }),
) {
  const requests: GatewayRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const { status, delayMs = 0 } = respond();
      setTimeout(
        () => response.writeHead(status, { 'content-type': 'application/json' }).end('{"id":"1"}'),
        delayMs,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  // A stub on loopback in a test.
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url
  return { url: `http://127.0.0.1:${port}/messages`, requests };
}

/** Drivers for a test: the given one for its channel, the outbox for the other. */
export function driversWith(driver: { email?: MailDriver; sms?: SmsDriver }): DeliveryDrivers {
  return { email: driver.email ?? createOutboxMailDriver(), sms: driver.sms ?? createOutboxSmsDriver() };
}

export async function readOutboxRows(db: Db) {
  return db.selectFrom('outbox_messages').selectAll().orderBy('created_at').orderBy('id').execute();
}
