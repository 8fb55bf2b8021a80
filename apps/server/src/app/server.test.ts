import type { FastifyInstance } from 'fastify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestDatabase } from './database/database.test-utils.js';
import { bodyLimitBytes, buildServer } from './server.js';

async function createServer({ isHttps = false } = {}): Promise<FastifyInstance> {
  const { db } = await createTestDatabase();
  const app = await buildServer({ db, isHttps, logger: false });
  // Routes that only the tests have: one that takes a JSON body, one that fails unexpectedly.
  app.post('/test/echo', async (request) => ({ received: request.body }));
  app.get('/test/crash', async () => {
    throw new Error('connection string postgres://app:secret@db failed at /srv/app/dist/x.js:12:3');
  });
  onTestFinished(() => app.close());
  return app;
}

const stackTrace = /\bat .*:\d+:\d+|\.(ts|js):\d+/;

describe('the HTTP server', () => {
  it('answers an unknown route with 404 route.not_found in the error format', async () => {
    const app = await createServer();
    const response = await app.inject({ method: 'GET', url: '/nothing-here?token=abc' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual({
      error: { code: 'route.not_found', message: 'This route does not exist.' },
    });
  });

  it('sends the security headers on every response, including errors', async () => {
    const app = await createServer();
    for (const url of ['/health/live', '/nothing-here']) {
      const { headers } = await app.inject({ method: 'GET', url });
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['cache-control']).toBe('no-store');
    }
  });

  it('sends HSTS only when the public URL is https', async () => {
    const plain = await createServer({ isHttps: false });
    expect(
      (await plain.inject({ url: '/health/live' })).headers['strict-transport-security'],
    ).toBeUndefined();
    const secure = await createServer({ isHttps: true });
    const { headers } = await secure.inject({ url: '/health/live' });
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('accepts a JSON body', async () => {
    const app = await createServer();
    const response = await app.inject({
      method: 'POST',
      url: '/test/echo',
      payload: { name: 'Muster GmbH' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ received: { name: 'Muster GmbH' } });
  });

  it.each([
    ['malformed JSON', '{"name": ', 'application/json', 400, 'request.invalid_json'],
    ['an empty JSON body', '', 'application/json', 400, 'request.invalid_json'],
    [
      'a body over the limit',
      `"${'x'.repeat(bodyLimitBytes)}"`,
      'application/json',
      413,
      'request.body_too_large',
    ],
    [
      'a plain-text body (cross-site forms can send those)',
      'name=x',
      'text/plain',
      415,
      'request.unsupported_media_type',
    ],
    ['a form body', 'name=x', 'application/x-www-form-urlencoded', 415, 'request.unsupported_media_type'],
  ])('rejects %s in the error format', async (_case, payload, contentType, status, code) => {
    const app = await createServer();
    const response = await app.inject({
      method: 'POST',
      url: '/test/echo',
      payload,
      headers: { 'content-type': contentType },
    });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ error: { code, message: expect.any(String) } });
    expect(response.body).not.toMatch(stackTrace);
  });

  it('hides what went wrong in an unexpected error: no message, no stack trace', async () => {
    const app = await createServer();
    const response = await app.inject({ method: 'GET', url: '/test/crash' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'server.internal_error', message: 'An unexpected error occurred.' },
    });
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toMatch(stackTrace);
  });

  it('gives every response a request id, keeping a proxy’s id only if it is a plain token', async () => {
    const app = await createServer();
    const generated = await app.inject({ url: '/health/live' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await app.inject({ url: '/health/live', headers: { 'x-request-id': 'lb-4711.a_b' } });
    expect(kept.headers['x-request-id']).toBe('lb-4711.a_b');
    const forged = await app.inject({ url: '/health/live', headers: { 'x-request-id': 'x\n{"level":60}' } });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
