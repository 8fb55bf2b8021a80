// The built web app at `/`: its files, index.html for the browser's routes, the API untouched.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestDatabase } from '../database/database.test-utils.js';
import { buildServer } from '../server.js';

async function serverWithBuild(withBuild = true) {
  const directory = mkdtempSync(join(tmpdir(), 'zd-web-'));
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
  if (withBuild) {
    mkdirSync(join(directory, 'assets'));
    writeFileSync(
      join(directory, 'index.html'),
      '<!doctype html><title>Zeugnisdesk</title><div id="root"></div>',
    );
    writeFileSync(join(directory, 'assets', 'index-3f9a.js'), 'console.log(1);');
  }
  const { db } = await createTestDatabase();
  const app = await buildServer({ db, isHttps: false, logger: false, webAppDirectory: directory });
  onTestFinished(() => app.close());
  return app;
}

describe('the web app', () => {
  it('serves index.html at / and for the browser’s routes, never cached, with the app’s CSP', async () => {
    const app = await serverWithBuild();
    for (const url of ['/', '/anmelden', '/mitarbeiter/emp_1?tab=zeugnisse']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.body, url).toContain('<div id="root">');
      expect(response.headers['cache-control'], url).toBe('no-store');
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self';");
      expect(response.headers['content-security-policy'], url).toContain("style-src 'self' 'unsafe-inline'");
    }
  });

  it('serves hashed assets for a year and answers 404 for missing files', async () => {
    const app = await serverWithBuild();
    const asset = await app.inject({ url: '/assets/index-3f9a.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of [
      '/assets/gone-1234.js',
      '/robots.txt',
      '/../package.json',
      '/%2e%2e/%2e%2e/package.json',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('zeugnisdesk-monorepo');
    }
  });

  it('leaves the API, the health probes and other methods alone', async () => {
    const app = await serverWithBuild();
    expect((await app.inject({ url: '/api/v1/employees' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/health/live' })).json()).toEqual({ status: 'live' });
    const post = await app.inject({ method: 'POST', url: '/anmelden', payload: {} });
    expect(post.statusCode).toBe(404);
    // The API keeps its strict policy (no inline styles).
    expect((await app.inject({ url: '/health/live' })).headers['content-security-policy']).toContain(
      "style-src 'self';",
    );
  });

  it('serves nothing at / without a build', async () => {
    const app = await serverWithBuild(false);
    expect((await app.inject({ url: '/' })).statusCode).toBe(404);
  });
});
