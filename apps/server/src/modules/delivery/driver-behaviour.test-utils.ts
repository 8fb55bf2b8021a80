// The behaviour suites every driver must pass (ARCHITECTURE §4: drivers share one behaviour test suite):
// a message goes through the outbox and the worker, and arrives intact at the driver's destination.
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { driversWith, readOutboxRows, testNow, type ReceivedMail } from './delivery.test-utils.js';
import type { DeliveryDrivers, MailDriver, SmsDriver } from './delivery.types.js';
import { parseAttachments } from './outbox.models.js';
import { createOutboxWorker } from './outbox.task.js';
import { enqueueMessage } from './outbox.usecases.js';

/** What a driver case must give the behaviour suite. */
export interface MailDriverCase {
  transport: string;
  /** Called inside a test; resources are released when the test finishes. */
  setup: () => Promise<{ driver: MailDriver; delivered: (db: Db) => Promise<ReceivedMail[]> }>;
}

function createWorker(db: Db, drivers: DeliveryDrivers) {
  const worker = createOutboxWorker({ db, drivers, now: () => testNow, instanceId: 'test-worker' });
  onTestFinished(() => worker.stop());
  return worker;
}

/** The behaviour every e-mail driver shares: run it once per driver (ARCHITECTURE §4). */
export function describeMailDriverBehaviour(name: string, driverCase: MailDriverCase): void {
  describe(`e-mail driver: ${name}`, () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x80, 0x0a]);

    it('delivers a queued e-mail with UTF-8 subject, text and HTML, and records it as sent', async () => {
      const { db } = await createTestDatabase();
      const { driver, delivered } = await driverCase.setup();
      const { messageId } = await enqueueMessage({
        db,
        now: testNow,
        message: {
          organizationId: null,
          channel: 'email',
          to: 'juergen.mueller@example.de',
          subject: 'Ihr Zwischenzeugnis für Jörg Weiß – bitte prüfen',
          text: 'Sehr geehrte Frau Groß,\n\nanbei das Zeugnis.',
          html: '<p>Sehr geehrte Frau Groß,</p><p>anbei das Zeugnis.</p>',
        },
      });
      expect(await createWorker(db, driversWith({ email: driver })).runOnce()).toEqual({
        sent: 1,
        retried: 0,
        failed: 0,
      });
      const [mail, ...rest] = await delivered(db);
      expect(rest).toEqual([]);
      expect(mail).toMatchObject({
        to: 'juergen.mueller@example.de',
        subject: 'Ihr Zwischenzeugnis für Jörg Weiß – bitte prüfen',
        text: 'Sehr geehrte Frau Groß,\n\nanbei das Zeugnis.',
        html: '<p>Sehr geehrte Frau Groß,</p><p>anbei das Zeugnis.</p>',
      });
      const [row] = await readOutboxRows(db);
      expect(row).toMatchObject({
        id: messageId,
        status: 'sent',
        transport: driverCase.transport,
        attempts: 1,
        sent_at: testNow.toISOString(),
        locked_by: null,
      });
    });

    it('delivers attachments byte for byte', async () => {
      const { db } = await createTestDatabase();
      const { driver, delivered } = await driverCase.setup();
      await enqueueMessage({
        db,
        now: testNow,
        message: {
          organizationId: null,
          channel: 'email',
          to: 'hr@example.de',
          subject: 'Zeugnis',
          text: 'Anbei.',
          attachments: [{ filename: 'Zeugnis Müller.pdf', contentType: 'application/pdf', content: pdf }],
        },
      });
      await createWorker(db, driversWith({ email: driver })).runOnce();
      const [mail] = await delivered(db);
      expect(mail?.attachments).toEqual([
        { filename: 'Zeugnis Müller.pdf', contentType: 'application/pdf', content: pdf },
      ]);
    });

    it('delivers each of several messages once, to its own recipient', async () => {
      const { db } = await createTestDatabase();
      const { driver, delivered } = await driverCase.setup();
      const recipients = ['a@example.de', 'b@example.de', 'c@example.de'];
      for (const to of recipients) {
        await enqueueMessage({
          db,
          now: testNow,
          message: { organizationId: null, channel: 'email', to, subject: `an ${to}`, text: to },
        });
      }
      const worker = createWorker(db, driversWith({ email: driver }));
      expect((await worker.runOnce()).sent).toBe(3);
      expect((await worker.runOnce()).sent).toBe(0);
      const mails = await delivered(db);
      expect(mails.map(({ to, text }) => [to, text]).sort()).toEqual(recipients.map((to) => [to, to]));
    });

    it('sends nothing when the transaction that queued the message is rolled back', async () => {
      const { db } = await createTestDatabase();
      const { driver, delivered } = await driverCase.setup();
      await expect(
        db.transaction().execute(async (trx) => {
          await enqueueMessage({
            db: trx,
            now: testNow,
            message: { organizationId: null, channel: 'email', to: 'x@example.de', subject: 'x', text: 'x' },
          });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await createWorker(db, driversWith({ email: driver })).runOnce()).toEqual({
        sent: 0,
        retried: 0,
        failed: 0,
      });
      expect(await delivered(db)).toEqual([]);
    });
  });
}

/** Mails the built-in outbox "delivered": the sent rows themselves. */
export async function readOutboxDelivered(db: Db): Promise<ReceivedMail[]> {
  const rows = await readOutboxRows(db);
  return rows
    .filter((row) => row.channel === 'email' && row.status === 'sent' && row.transport === 'outbox')
    .map((row) => ({
      from: '',
      to: row.recipient,
      subject: row.subject ?? '',
      text: row.text_body,
      ...(row.html_body !== null ? { html: row.html_body } : {}),
      attachments: parseAttachments(row.attachments_json).map((attachment) => ({
        ...attachment,
        content: new Uint8Array(attachment.content),
      })),
    }));
}

export interface ReceivedSms {
  to: string;
  text: string;
}

export interface SmsDriverCase {
  transport: string;
  setup: () => Promise<{ driver: SmsDriver; delivered: (db: Db) => Promise<ReceivedSms[]> }>;
}

/** The behaviour every SMS driver shares. */
export function describeSmsDriverBehaviour(name: string, driverCase: SmsDriverCase): void {
  describe(`SMS driver: ${name}`, () => {
    const enqueueSms = (db: Db, to: string, text: string) =>
      enqueueMessage({ db, now: testNow, message: { organizationId: null, channel: 'sms', to, text } });

    it('delivers a queued text message with its exact text, and records it as sent', async () => {
      const { db } = await createTestDatabase();
      const { driver, delivered } = await driverCase.setup();
      const text = 'Ihr Anmeldecode: 482913. Gültig 5 Minuten. "Zeugnisdesk"\nNicht weitergeben.';
      await enqueueSms(db, '+491701234567', text);
      expect((await createWorker(db, driversWith({ sms: driver })).runOnce()).sent).toBe(1);
      expect(await delivered(db)).toEqual([{ to: '+491701234567', text }]);
      const [row] = await readOutboxRows(db);
      expect(row).toMatchObject({ status: 'sent', transport: driverCase.transport, attempts: 1 });
    });

    it('delivers each of several messages once', async () => {
      const { db } = await createTestDatabase();
      const { driver, delivered } = await driverCase.setup();
      await enqueueSms(db, '+491700000001', 'eins');
      await enqueueSms(db, '+491700000002', 'zwei');
      const worker = createWorker(db, driversWith({ sms: driver }));
      expect((await worker.runOnce()).sent).toBe(2);
      expect((await worker.runOnce()).sent).toBe(0);
      const messages = await delivered(db);
      expect(messages.map(({ to, text }) => `${to} ${text}`).sort()).toEqual([
        '+491700000001 eins',
        '+491700000002 zwei',
      ]);
    });

    it('sends nothing when the transaction that queued the message is rolled back', async () => {
      const { db } = await createTestDatabase();
      const { driver, delivered } = await driverCase.setup();
      await expect(
        db.transaction().execute(async (trx) => {
          await enqueueSms(trx, '+491701234567', 'code');
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect((await createWorker(db, driversWith({ sms: driver })).runOnce()).sent).toBe(0);
      expect(await delivered(db)).toEqual([]);
    });
  });
}

export async function readOutboxSmsDelivered(db: Db): Promise<ReceivedSms[]> {
  const rows = await readOutboxRows(db);
  return rows
    .filter((row) => row.channel === 'sms' && row.status === 'sent' && row.transport === 'outbox')
    .map((row) => ({ to: row.recipient, text: row.text_body }));
}
