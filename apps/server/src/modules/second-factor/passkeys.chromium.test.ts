// Passkeys with a real browser: Debian's Chromium (playwright-core) with its virtual authenticator
// (CDP WebAuthn domain) registers a passkey through the API and signs in with it as the second factor —
// the browser's own encoding of the WebAuthn responses, not our software authenticator's.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestDatabase } from '../../app/database/database.test-utils.js';
import { developmentOrganization, ensureDevelopmentOrganization } from '../../app/request-context.js';
import { buildServer } from '../../app/server.js';
import { cookieNames } from '../auth/auth.config.js';
import { signInTestUser } from '../auth/auth.test-utils.js';

const chromiumPath = '/usr/bin/chromium';

// Browser globals, for the functions that run in the page (the tests compile without the DOM library).
interface BrowserCredential {
  toJSON(): unknown;
}
declare const navigator: {
  credentials: {
    create(options: unknown): Promise<BrowserCredential | null>;
    get(options: unknown): Promise<BrowserCredential | null>;
  };
};
declare const PublicKeyCredential: {
  parseCreationOptionsFromJSON(options: unknown): unknown;
  parseRequestOptionsFromJSON(options: unknown): unknown;
};
const password = 'Passkey-im-Browser-2026!';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs `fetch` in the page (same origin, so the session cookie comes along). */
function call(page: Page, url: string, body?: unknown, csrfToken?: string) {
  return page.evaluate(
    async ({ url, body, csrfToken }) => {
      const response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    { url, body, csrfToken },
  );
}

// Skipped only on a developer machine without Chromium; CI installs it (.ci/run) and never skips.
describe.skipIf(!existsSync(chromiumPath) && !process.env.CI)('passkeys in Chromium', () => {
  it('registers a passkey with the virtual authenticator and signs in with it as the second factor', async () => {
    const port = await freePort();
    // Plain HTTP on loopback is a secure context for WebAuthn; the relying party must be a domain name
    // (browsers refuse IP addresses), so the server's PUBLIC_URL says localhost.
    const url = `http://localhost:${port}`;
    const { db } = await createTestDatabase();
    await ensureDevelopmentOrganization({ db, now: () => new Date() });
    const app = await buildServer({
      db,
      isHttps: false,
      logger: false,
      publicUrl: url,
      webAppDirectory: null,
    });
    await app.listen({ host: '127.0.0.1', port });
    onTestFinished(() => app.close());
    const { user, session } = await signInTestUser(db, developmentOrganization.id, {
      email: 'passkey@musterfirma.example',
      password,
      now: () => new Date(),
    });

    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
    onTestFinished(() => browser.close());
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await context.addCookies([{ name: cookieNames.session.plain, value: session.token, url }]);
    await page.goto(`${url}/health/live`);

    const registered = await page.evaluate(async (csrfToken) => {
      const headers = { 'content-type': 'application/json', 'x-csrf-token': csrfToken };
      const started = await fetch('/api/v1/auth/passkeys/options', { method: 'POST', headers, body: '{}' });
      const options = (await started.json()) as unknown;
      if (started.status !== 200) return { status: started.status, body: options as Record<string, unknown> };
      const credential = await navigator.credentials.create({
        publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options),
      });
      if (!credential) return { status: 0, body: {} };
      const response = await fetch('/api/v1/auth/passkeys', {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Chromium', response: credential.toJSON() }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    }, session.csrfToken);
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({
      recoveryCodes: expect.any(Array),
      csrfToken: expect.any(String),
    });
    const stored = await db.selectFrom('user_passkeys').selectAll().where('user_id', '=', user.id).execute();
    expect(stored).toHaveLength(1);

    // A new sign-in: the password, then the passkey.
    await context.clearCookies();
    const first = await call(page, '/api/v1/auth/login', { email: 'passkey@musterfirma.example', password });
    expect(first.body).toMatchObject({
      status: 'second_factor_required',
      methods: ['passkey', 'recovery_code'],
    });
    const signedIn = await page.evaluate(async () => {
      const started = await fetch('/api/v1/auth/second-factor/passkey-options', { method: 'POST' });
      const options = (await started.json()) as unknown;
      if (started.status !== 200) return { status: started.status, body: options as Record<string, unknown> };
      const credential = await navigator.credentials.get({
        publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options),
      });
      if (!credential) return { status: 0, body: {} };
      const response = await fetch('/api/v1/auth/second-factor', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'passkey', response: credential.toJSON() }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    });
    expect(signedIn).toMatchObject({ status: 200, body: { status: 'signed_in', user: { id: user.id } } });
    expect((await call(page, '/api/v1/auth/session')).status).toBe(200);
    const [passkey] = await db
      .selectFrom('user_passkeys')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(passkey?.last_used_at).not.toBeNull();
  }, 60_000);
});
