import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../app/database/database.test-utils.js';
import { defaultSmsBodyTemplate } from '../../app/config/config.schema.js';
import type { Db } from '../../app/database/database.types.js';
import { driversWith, readOutboxRows, startSmsGatewayStub, testNow } from './delivery.test-utils.js';
import { describeSmsDriverBehaviour, readOutboxSmsDelivered } from './driver-behaviour.test-utils.js';
import type { SmsDriver } from './delivery.types.js';
import { createOutboxWorker } from './outbox.task.js';
import { enqueueMessage } from './outbox.usecases.js';
import {
  createHttpSmsDriver,
  createOutboxSmsDriver,
  createSmsDriver,
  renderSmsBody,
} from './sms.services.js';

describeSmsDriverBehaviour('HTTP gateway', {
  transport: 'sms-gateway',
  setup: async () => {
    const gateway = await startSmsGatewayStub();
    const driver = createHttpSmsDriver({
      url: gateway.url,
      token: 'test-token',
      bodyTemplate: defaultSmsBodyTemplate,
    });
    return {
      driver,
      delivered: async () =>
        gateway.requests.map(({ body }) => JSON.parse(body) as { to: string; text: string }),
    };
  },
});

describeSmsDriverBehaviour('built-in outbox', {
  transport: 'outbox',
  setup: async () => ({ driver: createOutboxSmsDriver(), delivered: readOutboxSmsDelivered }),
});

async function sendOne(
  driver: SmsDriver,
  text = 'Code 123456',
): Promise<{ db: Db; result: { sent: number; retried: number; failed: number } }> {
  const { db } = await createTestDatabase();
  await enqueueMessage({
    db,
    now: testNow,
    message: { organizationId: null, channel: 'sms', to: '+491701234567', text },
  });
  const worker = createOutboxWorker({ db, drivers: driversWith({ sms: driver }), now: () => testNow });
  try {
    return { db, result: await worker.runOnce() };
  } finally {
    await worker.stop();
  }
}

describe('renderSmsBody', () => {
  it('puts the values into the template JSON-escaped, so a text cannot add fields (threat: body injection)', () => {
    const body = renderSmsBody('{"recipient":"{to}","message":"{text}","sender":"Zeugnisdesk"}', {
      to: '+491701234567',
      text: 'a", "sender": "evil\nb\\ {to}',
    });
    expect(JSON.parse(body)).toEqual({
      recipient: '+491701234567',
      message: 'a", "sender": "evil\nb\\ {to}',
      sender: 'Zeugnisdesk',
    });
  });
});

describe('the HTTP gateway driver', () => {
  it('posts JSON with the bearer token', async () => {
    const gateway = await startSmsGatewayStub();
    const driver = createSmsDriver({
      kind: 'http',
      url: gateway.url,
      token: 's3cr3t',
      bodyTemplate: '{"data":{"number":"{to}","body":"{text}"}}',
    });
    expect((await sendOne(driver, 'Hallo Jörg')).result.sent).toBe(1);
    expect(gateway.requests).toHaveLength(1);
    const [request] = gateway.requests;
    expect(request?.method).toBe('POST');
    expect(request?.headers.authorization).toBe('Bearer s3cr3t');
    expect(request?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      data: { number: '+491701234567', body: 'Hallo Jörg' },
    });
  });

  it('sends no authorization header without a token', async () => {
    const gateway = await startSmsGatewayStub();
    const driver = createHttpSmsDriver({ url: gateway.url, bodyTemplate: defaultSmsBodyTemplate });
    await sendOne(driver);
    expect(gateway.requests[0]?.headers.authorization).toBeUndefined();
  });

  it.each([
    [500, 'retried'],
    [503, 'retried'],
    [429, 'retried'],
    [408, 'retried'],
    [400, 'failed'],
    [401, 'failed'],
  ] as const)('treats an answer %i as %s', async (status, outcome) => {
    const gateway = await startSmsGatewayStub(() => ({ status }));
    const driver = createHttpSmsDriver({ url: gateway.url, bodyTemplate: defaultSmsBodyTemplate });
    const { db, result } = await sendOne(driver);
    expect(result[outcome]).toBe(1);
    const [row] = await readOutboxRows(db);
    expect(row?.status).toBe(outcome === 'failed' ? 'failed' : 'pending');
    expect(row?.last_error).toBe(`SMS gateway answered ${status}`);
  });

  it('gives up waiting after the timeout and retries later', async () => {
    const gateway = await startSmsGatewayStub(() => ({ status: 202, delayMs: 2000 }));
    const driver = createHttpSmsDriver({
      url: gateway.url,
      bodyTemplate: defaultSmsBodyTemplate,
      timeoutMs: 100,
    });
    const started = Date.now();
    const { db, result } = await sendOne(driver);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.retried).toBe(1);
    expect((await readOutboxRows(db))[0]?.last_error).toBe('SMS gateway: no answer within 100 ms');
  });

  it('counts an unreachable gateway as a failed attempt to retry', async () => {
    const driver = createHttpSmsDriver({
      // Nothing listens on port 1 of loopback.
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url
      url: 'http://127.0.0.1:1/sms',
      bodyTemplate: defaultSmsBodyTemplate,
    });
    expect((await sendOne(driver)).result).toEqual({ sent: 0, retried: 1, failed: 0 });
  });
});
