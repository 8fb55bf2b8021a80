import type { FastifyInstance } from 'fastify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { buildServer } from '../../app/server.js';
import { testNow } from './delivery.test-utils.js';
import { escapeHtml } from './outbox-page.models.js';
import { registerOutboxDevRoutes } from './outbox.routes.js';
import { enqueueMessage } from './outbox.usecases.js';

async function createServer(isEnabled: boolean): Promise<{ app: FastifyInstance; db: Db }> {
  const { db } = await createTestDatabase();
  const app = await buildServer({ db, isHttps: false, logger: false });
  registerOutboxDevRoutes(app, { db, isEnabled });
  onTestFinished(() => app.close());
  return { app, db };
}

describe('GET /dev/outbox', () => {
  // Threat: a development server reachable from the network hands out reset links and sign-in codes.
  it('answers only direct requests from this machine', async () => {
    const { app } = await createServer(true);
    expect((await app.inject({ url: '/dev/outbox' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/dev/outbox', remoteAddress: '192.0.2.7' })).statusCode).toBe(404);
    const proxied = await app.inject({ url: '/dev/outbox', headers: { 'x-forwarded-for': '192.0.2.7' } });
    expect(proxied.statusCode).toBe(404);
  });

  it('lists the messages newest first, every value escaped (threat: stored XSS through message contents)', async () => {
    const { app, db } = await createServer(true);
    await enqueueMessage({
      db,
      now: testNow,
      message: {
        organizationId: null,
        channel: 'email',
        to: 'hr@example.de',
        subject: '<script>alert("subject")</script>',
        text: 'Hallo <img src=x onerror=alert(1)> & "Tschüss"',
        attachments: [
          { filename: '<b>x</b>.pdf', contentType: 'application/pdf', content: new Uint8Array(3) },
        ],
      },
    });
    await enqueueMessage({
      db,
      now: new Date(testNow.getTime() + 1000),
      message: { organizationId: null, channel: 'sms', to: '+491701234567', text: 'Ihr Code: 482913' },
    });

    const response = await app.inject({ method: 'GET', url: '/dev/outbox' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    const html = response.body;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;');
    expect(html).toContain('Hallo &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Tschüss&quot;');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;.pdf (application/pdf, 3 bytes)');
    expect(html.indexOf('Ihr Code: 482913')).toBeLessThan(html.indexOf('hr@example.de'));
  });

  it('does not exist in production (it shows login codes and links)', async () => {
    const { app } = await createServer(false);
    const response = await app.inject({ method: 'GET', url: '/dev/outbox' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'route.not_found', message: 'This route does not exist.' },
    });
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
