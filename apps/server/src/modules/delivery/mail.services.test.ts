import { connect } from 'node:tls';
import { describe, expect, it } from 'vitest';
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
import { createMailDriver, createOutboxMailDriver, createSmtpMailDriver } from './mail.services.js';
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
