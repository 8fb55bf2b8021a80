import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestDatabase } from './database/database.test-utils.js';
import { createLoggerOptions } from './logging.js';
import { buildServer } from './server.js';

async function createLoggingServer() {
  const lines: string[] = [];
  const { db } = await createTestDatabase();
  const logger = createLoggerOptions({ level: 'info', destination: { write: (line) => lines.push(line) } });
  const app = await buildServer({ db, isHttps: false, logger });
  app.post('/test/login', async (request) => {
    request.log.info({ headers: request.headers, body: request.body }, 'login attempt');
    request.log.info(
      { user: { email: 'a@example.de', password: 'hunter2' }, apiKey: 'zd_live_123' },
      'nested',
    );
    return { ok: true };
  });
  onTestFinished(() => app.close());
  return { app, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('the log', () => {
  it('never contains credentials: authorization and cookie headers, passwords, tokens and keys (ASVS 16.2.5)', async () => {
    const { app, records } = await createLoggingServer();
    await app.inject({
      method: 'POST',
      url: '/test/login',
      headers: {
        authorization: 'Bearer zd_secret_bearer',
        cookie: 'session=zd_secret_cookie',
        'x-csrf-token': 'zd_csrf',
      },
      payload: { email: 'a@example.de', password: 'hunter2', token: '123456' },
    });
    const text = JSON.stringify(records());
    for (const secret of [
      'zd_secret_bearer',
      'zd_secret_cookie',
      'zd_csrf',
      'hunter2',
      '123456',
      'zd_live_123',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
    expect(text).toContain('a@example.de');
  });

  it('writes one JSON object per line with a UTC time, the request id, the path without query, and the status', async () => {
    const { app, records } = await createLoggingServer();
    await app.inject({ url: '/nothing?search=Schmidt&token=abc', headers: { 'x-request-id': 'req-42' } });
    const [incoming, completed] = records();
    expect(incoming).toMatchObject({
      reqId: 'req-42',
      req: { method: 'GET', path: '/nothing' },
      msg: 'incoming request',
    });
    expect(incoming?.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(completed).toMatchObject({ reqId: 'req-42', res: { statusCode: 404 }, msg: 'request completed' });
    expect(JSON.stringify(records())).not.toContain('Schmidt');
  });

  it('keeps health probes out of the log at level info', async () => {
    const { app, records } = await createLoggingServer();
    await app.inject({ url: '/health/live' });
    await app.inject({ url: '/health/ready' });
    expect(records()).toEqual([]);
  });
});
