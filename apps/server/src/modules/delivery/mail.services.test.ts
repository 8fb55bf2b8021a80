import { createHash, generateKeyPairSync, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import {
  driversWith,
  getTestCertificate,
  plainSmtpOnly,
  readOutboxRows,
  startSmtpSink,
  testNow,
} from './delivery.test-utils.js';
import { describeMailDriverBehaviour, readOutboxDelivered } from './driver-behaviour.test-utils.js';
import {
  createMailDriver,
  createOutboxMailDriver,
  createSmtpMailDriver,
  readDkimKey,
} from './mail.services.js';
import { createOutboxWorker } from './outbox.task.js';
import { enqueueMessage } from './outbox.usecases.js';
import type { MailDriver } from './delivery.types.js';

const from = 'Zeugnisdesk <zeugnisse@example.de>';

describeMailDriverBehaviour('SMTP with STARTTLS', {
  transport: 'smtp',
  setup: async () => {
    const { key, cert } = getTestCertificate();
    const sink = await startSmtpSink({ key, cert });
    const driver = createSmtpMailDriver({
      url: `smtp://127.0.0.1:${sink.port}`,
      from,
      allowInsecureLoopback: false,
      ca: cert,
    });
    return { driver, delivered: () => sink.received() };
  },
});

describeMailDriverBehaviour('built-in outbox', {
  transport: 'outbox',
  setup: async () => ({ driver: createOutboxMailDriver(), delivered: readOutboxDelivered }),
});

async function sendOne(
  driver: MailDriver,
): Promise<{ db: Db; result: { sent: number; retried: number; failed: number } }> {
  const { db } = await createTestDatabase();
  await enqueueMessage({
    db,
    now: testNow,
    message: { organizationId: null, channel: 'email', to: 'hr@example.de', subject: 'Test', text: 'Hallo' },
  });
  const worker = createOutboxWorker({ db, drivers: driversWith({ email: driver }), now: () => testNow });
  try {
    return { db, result: await worker.runOnce() };
  } finally {
    await worker.stop();
  }
}

describe('the SMTP driver', () => {
  it('upgrades smtp:// with STARTTLS to TLS 1.2 or newer before sending the sender, and names MAIL_FROM', async () => {
    const { key, cert } = getTestCertificate();
    const sink = await startSmtpSink({ key, cert });
    const driver = createSmtpMailDriver({
      url: `smtp://127.0.0.1:${sink.port}`,
      from,
      allowInsecureLoopback: false,
      ca: cert,
    });
    expect((await sendOne(driver)).result.sent).toBe(1);
    expect(sink.securedAtMailFrom).toEqual([true]);
    expect(sink.tlsProtocols).toHaveLength(1);
    expect(['TLSv1.2', 'TLSv1.3']).toContain(sink.tlsProtocols[0]);
    const [mail] = await sink.received();
    expect(mail?.from).toMatch(/^"?Zeugnisdesk"? <zeugnisse@example\.de>$/);
  });

  it('sends over smtps:// (TLS from the first byte) and logs in with the URL’s percent-decoded credentials', async () => {
    const { key, cert } = getTestCertificate();
    const sink = await startSmtpSink({ key, cert, secure: true, authOptional: false });
    const driver = createSmtpMailDriver({
      url: `smtps://mailer%40example.de:p%40ss%3Aw%2Frd@127.0.0.1:${sink.port}`,
      from,
      allowInsecureLoopback: false,
      ca: cert,
    });
    expect((await sendOne(driver)).result.sent).toBe(1);
    expect(sink.logins).toEqual([{ username: 'mailer@example.de', password: 'p@ss:w/rd' }]);
    expect(sink.securedAtMailFrom).toEqual([true]);
  });

  it('refuses to send in clear text when an smtp:// server offers no STARTTLS (threat: mail readable on the wire)', async () => {
    const sink = await startSmtpSink({ ...plainSmtpOnly });
    const driver = createSmtpMailDriver({
      url: `smtp://127.0.0.1:${sink.port}`,
      from,
      allowInsecureLoopback: false,
    });
    const { db, result } = await sendOne(driver);
    expect(result).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await sink.received()).toEqual([]);
    const [row] = await readOutboxRows(db);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.last_error).toMatch(/STARTTLS/i);
  });

  it('sends plain SMTP to a loopback server only when SMTP_ALLOW_INSECURE_LOOPBACK is set', async () => {
    const sink = await startSmtpSink({ ...plainSmtpOnly });
    const driver = createMailDriver({
      kind: 'smtp',
      url: `smtp://localhost:${sink.port}`,
      from,
      allowInsecureLoopback: true,
    });
    expect((await sendOne(driver)).result.sent).toBe(1);
    expect(sink.securedAtMailFrom).toEqual([false]);
  });

  it('ignores SMTP_ALLOW_INSECURE_LOOPBACK for a host that is not 127.0.0.1, ::1 or localhost', async () => {
    // 127.0.0.2 is on the loopback interface too, but only the three names count (the config refuses others).
    const sink = await startSmtpSink({ ...plainSmtpOnly }, '127.0.0.2');
    const driver = createSmtpMailDriver({
      url: `smtp://127.0.0.2:${sink.port}`,
      from,
      allowInsecureLoopback: true,
    });
    expect((await sendOne(driver)).result.retried).toBe(1);
    expect(await sink.received()).toEqual([]);
  });

  it('refuses a server whose certificate it does not trust (threat: man in the middle)', async () => {
    const { key, cert } = getTestCertificate();
    const sink = await startSmtpSink({ key, cert });
    const driver = createSmtpMailDriver({
      url: `smtp://127.0.0.1:${sink.port}`,
      from,
      allowInsecureLoopback: false,
    });
    const { db, result } = await sendOne(driver);
    expect(result.retried).toBe(1);
    expect(await sink.received()).toEqual([]);
    expect((await readOutboxRows(db))[0]?.last_error).toMatch(/certificate/i);
  });

  it('refuses a server that speaks only TLS 1.1 or older (threat: downgrade to broken TLS)', async () => {
    const { key, cert } = getTestCertificate();
    const oldTls = { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' } as const;
    const sink = await startSmtpSink({ key, cert, secure: true, ...oldTls });
    // The server does speak TLS 1.1 to a client that allows it…
    const protocol = await new Promise<string | null>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: sink.port, ca: cert, ...oldTls }, () => {
        resolve(socket.getProtocol());
        socket.destroy();
      });
      socket.on('error', reject);
    });
    expect(protocol).toBe('TLSv1.1');
    // …but not to ours.
    const driver = createSmtpMailDriver({
      url: `smtps://127.0.0.1:${sink.port}`,
      from,
      allowInsecureLoopback: false,
      ca: cert,
    });
    const { db, result } = await sendOne(driver);
    expect(result.retried).toBe(1);
    expect(await sink.received()).toEqual([]);
    expect((await readOutboxRows(db))[0]?.last_error).toMatch(/version|protocol/i);
  });

  it('fails a message at once when the server rejects the recipient with 5xx, and retries after 4xx', async () => {
    const { key, cert } = getTestCertificate();
    let code = 550;
    const sink = await startSmtpSink({
      key,
      cert,
      onRcptTo: (_address, _session, callback) =>
        callback(Object.assign(new Error(`${code} mailbox unavailable`), { responseCode: code })),
    });
    const driver = () =>
      createSmtpMailDriver({
        url: `smtp://127.0.0.1:${sink.port}`,
        from,
        allowInsecureLoopback: false,
        ca: cert,
      });
    const rejected = await sendOne(driver());
    expect(rejected.result).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect((await readOutboxRows(rejected.db))[0]).toMatchObject({ status: 'failed', attempts: 1 });
    code = 451;
    const deferred = await sendOne(driver());
    expect(deferred.result).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect((await readOutboxRows(deferred.db))[0]).toMatchObject({ status: 'pending' });
  });

  it('counts an unreachable server as a failed attempt to retry', async () => {
    const sink = await startSmtpSink();
    const port = sink.port;
    const driver = createSmtpMailDriver({ url: `smtp://127.0.0.1:1`, from, allowInsecureLoopback: false });
    expect(port).toBeGreaterThan(1);
    expect((await sendOne(driver)).result).toEqual({ sent: 0, retried: 1, failed: 0 });
  });
});

// DKIM (E2) and the sender name (E1) ---------------------------------------------------------------------

/** An SMTP sink that keeps the raw bytes of each message (to check the DKIM signature over them). */
async function startRawSink(options: Record<string, unknown> = {}) {
  const raw: string[] = [];
  const { key, cert } = getTestCertificate();
  const sink = await startSmtpSink({
    key,
    cert,
    ...options,
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        raw.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  return { ...sink, raw, cert };
}

/** Relaxed header canonicalisation (RFC 6376 §3.4.2). */
function relaxedHeader(name: string, value: string): string {
  return `${name.toLowerCase()}:${value
    .replace(/\r\n(?=[ \t])/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim()}`;
}

/** Relaxed body canonicalisation (RFC 6376 §3.4.4). */
function relaxedBody(body: string): string {
  const lines = body.split('\r\n').map((line) => line.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length && lines.at(-1) === '') lines.pop();
  return lines.length ? `${lines.join('\r\n')}\r\n` : '';
}

/** Verifies a message's DKIM-Signature with the public key; returns its tags. */
function verifyDkim(message: string, publicKey: KeyObject): Record<string, string> {
  const split = message.indexOf('\r\n\r\n');
  const headerText = message.slice(0, split);
  const body = message.slice(split + 4);
  const headers = headerText
    .split(/\r\n(?![ \t])/)
    .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)] as const);
  const signature = headers.find(([name]) => name.toLowerCase() === 'dkim-signature');
  if (!signature) throw new Error('no DKIM-Signature header');
  const tags = Object.fromEntries(
    signature[1]
      .replace(/\s+/g, '')
      .split(';')
      .filter(Boolean)
      .map((tag) => [tag.slice(0, tag.indexOf('=')), tag.slice(tag.indexOf('=') + 1)]),
  );
  expect(tags.c).toBe('relaxed/relaxed');
  expect(tags.bh).toBe(createHash('sha256').update(relaxedBody(body)).digest('base64'));
  const signed = (tags.h ?? '').split(':').map((name) => {
    const header = headers.findLast(([candidate]) => candidate.toLowerCase() === name.toLowerCase());
    return header ? `${relaxedHeader(header[0], header[1])}\r\n` : '';
  });
  const ownHeader = relaxedHeader(signature[0], signature[1].replace(/b=[^;]*$/, 'b='));
  const data = signed.join('') + ownHeader;
  const isValid = cryptoVerify('sha256', Buffer.from(data), publicKey, Buffer.from(tags.b ?? '', 'base64'));
  expect(isValid, 'the DKIM signature verifies').toBe(true);
  return tags;
}

describe('DKIM signing and the sender name', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const dkim = { domainName: 'example.de', keySelector: 'zd2026', privateKey: privatePem };

  it.each([
    ['STARTTLS', false],
    ['implicit TLS', true],
  ] as const)(
    'signs every mail over %s with d= and s= from the configuration, verifiable with the public key',
    async (_name, secure) => {
      const sink = await startRawSink(secure ? { secure: true } : {});
      const driver = createSmtpMailDriver({
        url: `${secure ? 'smtps' : 'smtp'}://127.0.0.1:${sink.port}`,
        from,
        allowInsecureLoopback: false,
        ca: sink.cert,
        dkim,
      });
      await driver.send({
        to: 'hr@example.de',
        subject: 'Einladung   zu  Zeugnisdesk',
        text: 'Hallo  Erika,  \n\nhier ist Ihr Link.\n\n\n',
        html: '<p>Hallo Erika</p>',
        fromName: 'Personal Musterfirma',
      });
      await driver.close?.();
      expect(['TLSv1.2', 'TLSv1.3']).toContain(sink.tlsProtocols[0]);
      expect(sink.securedAtMailFrom).toEqual([true]);
      const [message] = sink.raw;
      const tags = verifyDkim(message ?? '', publicKey);
      expect(tags).toMatchObject({ d: 'example.de', s: 'zd2026', a: 'rsa-sha256' });
      expect(tags.h?.toLowerCase().split(':')).toEqual(expect.arrayContaining(['from', 'subject', 'to']));
      // A changed body no longer matches the body hash.
      expect(() => verifyDkim((message ?? '').replace('hier ist', 'dort ist'), publicKey)).toThrow();
    },
  );

  it('reads the key file once, when the driver is created, and refuses a file without a key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zd-dkim-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const keyFile = join(dir, 'dkim.pem');
    writeFileSync(keyFile, privatePem);
    expect(readDkimKey(keyFile)).toBe(privatePem);
    writeFileSync(keyFile, 'not a key');
    expect(() => readDkimKey(keyFile)).toThrow(/DKIM_PRIVATE_KEY_FILE .* holds no PEM private key$/);
    expect(() => readDkimKey(join(dir, 'missing.pem'))).toThrow(/cannot be read \(ENOENT\)/);
    expect(() =>
      createMailDriver({
        kind: 'smtp',
        url: 'smtp://127.0.0.1:1',
        from,
        allowInsecureLoopback: false,
        dkim: { domainName: 'example.de', keySelector: 's', privateKeyFile: join(dir, 'missing.pem') },
      }),
    ).toThrow(/DKIM_PRIVATE_KEY_FILE/);
  });

  it('puts the tenant’s sender name (or „Zeugnisdesk“) before the MAIL_FROM address', async () => {
    const sink = await startRawSink();
    const { db } = await createTestDatabase();
    const organizationId = 'org_sender';
    await db
      .insertInto('organizations')
      .values({
        id: organizationId,
        name: 'Musterfirma',
        created_at: testNow.toISOString(),
        mail_sender_name: 'Personal "Muster" <x>',
      })
      .execute();
    await db
      .insertInto('organizations')
      .values({ id: 'org_plain', name: 'Andere', created_at: testNow.toISOString() })
      .execute();
    for (const [org, to] of [
      [organizationId, 'a@example.de'],
      ['org_plain', 'b@example.de'],
      [null, 'c@example.de'],
    ] as const) {
      await enqueueMessage({
        db,
        now: testNow,
        message: { organizationId: org, channel: 'email', to, subject: 'Test', text: 'Hallo' },
      });
    }
    const driver = createSmtpMailDriver({
      url: `smtp://127.0.0.1:${sink.port}`,
      from: 'Betrieb <zeugnisse@example.de>',
      allowInsecureLoopback: false,
      ca: sink.cert,
    });
    const worker = createOutboxWorker({ db, drivers: driversWith({ email: driver }), now: () => testNow });
    expect((await worker.runOnce()).sent).toBe(3);
    await worker.stop();
    const fromHeaders = sink.raw.map((message) => /^From: (.*)$/m.exec(message)?.[1]);
    // Quotes and angle brackets in a stored name cannot forge a second address.
    expect(fromHeaders).toEqual([
      'Personal Muster x <zeugnisse@example.de>',
      'Zeugnisdesk <zeugnisse@example.de>',
      'Betrieb <zeugnisse@example.de>',
    ]);
  });
});
