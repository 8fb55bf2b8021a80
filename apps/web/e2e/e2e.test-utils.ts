// The end-to-end harness: the real server (apps/server/dist, started in-process with a temporary
// data directory and the demo data) serving the real build (apps/web/dist), driven by Debian's
// Chromium through playwright-core. Nothing is built here: the root test script builds first, and the
// suites skip with a clear message when a build is missing.
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

const webBuild = new URL('../dist/index.html', import.meta.url);
const serverBuild = new URL('../../server/dist/index.js', import.meta.url);
const chromiumPath = '/usr/bin/chromium';
export const screenshotDirectory = '/tmp/zd-screens';
/** For beforeAll: starting the server (migrations, demo data) and Chromium, on a busy machine too. */
export const startTimeoutMs = 60_000;

/** Why the suites cannot run here, or null when they can. */
export const missingPrerequisite: string | null = !existsSync(webBuild)
  ? 'apps/web/dist is missing: run `npm run build` first (the e2e tests use the production build)'
  : !existsSync(serverBuild)
    ? 'apps/server/dist is missing: run `npm run build` first'
    : !existsSync(chromiumPath)
      ? `${chromiumPath} is missing: install Debian's chromium package`
      : null;

if (missingPrerequisite) console.warn(`[e2e] skipped: ${missingPrerequisite}`);

/** The part of the server's composition root the harness uses (its dist has no types for us). */
interface ServerModule {
  loadConfig(input: { env: Record<string, string>; cwd: string }): unknown;
  startApplication(input: { config: unknown }): Promise<{
    url: string;
    firstStart: { administrator: { email: string; password: string } | null };
    close(): Promise<void>;
  }>;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface E2eStack {
  /** Where the browser opens the app (PUBLIC_URL). */
  url: string;
  /** Where Node reaches the API: the listening address (127.0.0.1, never a name to resolve). */
  apiUrl: string;
  administrator: Credentials;
  browser: Browser;
  /**
   * What the browser logged as errors on any page of this stack (CSP violations, React errors,
   * uncaught exceptions), except the failed API answers the tests provoke on purpose (401, 400, 429).
   */
  browserErrors: string[];
  /** A fresh browser context (own cookies) with one page. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** A free TCP port on loopback: the server's PUBLIC_URL (links, SSO redirect URI) names its real port. */
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

export interface StackOptions {
  /**
   * The host of PUBLIC_URL. Passkeys need a domain name as their relying party (browsers refuse IP
   * addresses): pass 'localhost'. Default: the listening address.
   */
  host?: 'localhost';
  /** HTTP statuses of API answers the tests provoke on purpose (not counted as browser errors). */
  expectedStatuses?: number[];
  acceptDownloads?: boolean;
}

export async function startStack({
  host,
  expectedStatuses = [400, 401, 429],
  acceptDownloads = false,
}: StackOptions = {}): Promise<E2eStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zd-web-e2e-'));
  const server = (await import(serverBuild.href)) as ServerModule;
  const port = await freePort();
  const config = server.loadConfig({
    env: {
      DATA_DIR: dataDir,
      PORT: String(port),
      // Plain HTTP on loopback, as the server speaks it.
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url
      ...(host ? { PUBLIC_URL: `http://${host}:${port}` } : {}),
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'true',
      NODE_ENV: 'test',
    },
    cwd: dataDir,
  });
  const app = await server.startApplication({ config });
  const administrator = app.firstStart.administrator;
  if (!administrator) throw new Error('the first start created no administrator');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const browserErrors: string[] = [];
  const expectedAnswer = new RegExp(
    `^Failed to load resource: the server responded with a status of (${expectedStatuses.join('|')})\\b`,
  );
  return {
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url
    url: host ? `http://${host}:${port}` : app.url,
    apiUrl: app.url,
    administrator,
    browser,
    browserErrors,
    async newPage(viewport = { width: 1280, height: 800 }) {
      const context = await browser.newContext({
        viewport,
        locale: 'de-DE',
        timezoneId: 'UTC',
        acceptDownloads,
      });
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && !expectedAnswer.test(message.text()))
          browserErrors.push(message.text());
      });
      page.on('pageerror', (error) => browserErrors.push(`uncaught: ${error.message}`));
      return page;
    },
    async close() {
      await browser.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// Polling readers for vitest's expect.poll (playwright-core has no web-first assertions of its own):
// `await expect.poll(textOf(heading)).toBe('Übersicht')` retries until the page shows it.
export const textOf = (locator: Locator) => () => locator.innerText();
export const valueOf = (locator: Locator) => () => locator.inputValue();
export const countOf = (locator: Locator) => () => locator.count();
export const attributeOf = (locator: Locator, name: string) => () => locator.getAttribute(name);
export const isFocused = (locator: Locator) => () =>
  locator.evaluate((element) => element === document.activeElement);
export const pathOf = (page: Page) => () => new URL(page.url()).pathname + new URL(page.url()).search;

/** Signs in through the form and waits for the overview. */
export async function signInThroughForm(
  page: Page,
  url: string,
  { email, password }: Credentials,
): Promise<void> {
  await page.goto(`${url}/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  // Exact: with Microsoft sign-in on, „Mit Microsoft anmelden“ is a button too.
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
}

/**
 * Runs axe on the page as it settles and fails with the violations listed. The pointer is moved away
 * and running transitions are awaited first: a button caught mid-press (or mid-fade) has colours no
 * user reads it in.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  // A cancelled transition rejects `finished`; it has stopped all the same.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Saves what the page shows, after closing notifications and letting a resize settle. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDirectory, { recursive: true });
  for (const close of await page.getByRole('button', { name: 'Hinweis schließen' }).all()) {
    await close.click().catch(() => {});
  }
  await page.getByRole('button', { name: 'Hinweis schließen' }).first().waitFor({ state: 'detached' });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
  const path = join(screenshotDirectory, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The API as a signed-in user, from Node: the session cookie and the CSRF token, like the browser. */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
}

export async function signInToApi(url: string, { email, password }: Credentials): Promise<ApiSession> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const answer = (await response.json()) as { status: string; csrfToken: string };
  if (answer.status !== 'signed_in') throw new Error(`API sign-in failed: ${JSON.stringify(answer)}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const result = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': answer.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await result.text();
    if (!result.ok) throw new Error(`${method} ${path} answered ${result.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    patch: (path, body) => call('PATCH', path, body),
  };
}

/**
 * The newest link of `kind` mailed to `email`, read from the development outbox page (/dev/outbox,
 * available outside production). Mail is queued in the transaction of the change, so it is there at
 * once; the short poll only covers the page being rendered from a just-committed write.
 */
export async function readMailedLink(
  url: string,
  email: string,
  kind: 'einladung' | 'passwort-zuruecksetzen',
) {
  const pattern = new RegExp(`/${kind}#token=([A-Za-z0-9_-]{43})`);
  for (let attempt = 0; attempt < 20; attempt++) {
    const html = await (await fetch(`${url}/dev/outbox`)).text();
    const row = html.split('<tr>').find((candidate) => candidate.includes(email) && pattern.test(candidate));
    const token = row?.match(pattern)?.[1];
    if (token) return `${url}/${kind}#token=${token}`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${kind} link for ${email} in the outbox`);
}

/** A calendar date `days` from today (UTC, like the browser context of the tests), as YYYY-MM-DD. */
export function isoDateFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** An RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret, `stepOffset` steps from now. */
export function totpCode(base32Secret: string, stepOffset = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const character of base32Secret.replace(/=+$/, '')) {
    bits += alphabet.indexOf(character).toString(2).padStart(5, '0');
  }
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + stepOffset));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

/** Invites a user through the API and accepts the invitation with `password`, as the user would. */
export async function createActiveUser(
  url: string,
  admin: ApiSession,
  user: { email: string; firstName: string; lastName: string; roleId: string },
  password: string,
): Promise<Credentials> {
  await admin.post('/api/v1/users', { ...user, scope: { all: true } });
  const token = new URL(await readMailedLink(url, user.email, 'einladung')).hash.slice('#token='.length);
  await admin.post('/api/v1/auth/invitation/accept', { token, password });
  return { email: user.email, password };
}
