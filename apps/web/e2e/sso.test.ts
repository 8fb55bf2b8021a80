// „Mit Microsoft anmelden“ in Chromium against the real server and an Entra-like OpenID provider on
// loopback (oidc-provider, apps/server/src/modules/sso/sso.test-utils.ts): the button only when SSO is
// on, the whole round trip through the provider to the overview, a cancelled sign-in, „SSO only“
// without a password form, and the sign-in link on the administrator's settings page.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countOf,
  expectNoAxeViolations,
  missingPrerequisite,
  pathOf,
  saveScreenshot,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  type ApiSession,
  type E2eStack,
} from './e2e.test-utils.js';

/** The part of the test IdP's module used here (a server test utility, loaded from its source). */
interface TestEntraModule {
  startTestEntraProvider(options: {
    tenantId: string;
    clients: { clientId: string; clientSecret: string; redirectUris: string[] }[];
    users: { oid: string; email: string; name: string }[];
  }): Promise<{ issuer: string; close(): Promise<void> }>;
}

/** The server's own SQLCipher opener (from its build), to point the organisation at the test IdP. */
interface SqliteModule {
  openEncryptedSqlite(input: { path: string; keyHex: string }): {
    prepare(sql: string): { run(...values: unknown[]): unknown };
    close(): void;
  };
}

const testIdpSource = new URL('../../server/src/modules/sso/sso.test-utils.ts', import.meta.url);
const serverSqlite = new URL('../../server/dist/app/database/sqlite.js', import.meta.url);

const tenantId = randomUUID();
const client = { clientId: 'zeugnisdesk-e2e', clientSecret: 'e2e-secret-for-zeugnisdesk-42' };
const lena = { oid: randomUUID(), email: 'lena.brandt@musterfirma.example', name: 'Lena Brandt' };
const buttonName = 'Mit Microsoft anmelden';

/**
 * The test IdP's sign-in page: the provider sends the browser to its interaction address, which signs
 * in the user named by `login_as` (or refuses with `refuse=1`) — the account a user would pick on
 * Microsoft's page. Without an answer it says 400 „unknown user“; the browser then asks again with
 * the answer, with the provider's cookies of this sign-in. (Playwright's routing cannot rewrite the
 * address: it does not see requests that follow a redirect.)
 */
async function answerAtProvider(page: Page, answer: Record<string, string>): Promise<void> {
  await page.waitForURL((url) => url.pathname.includes('/interaction/'));
  const url = new URL(page.url());
  for (const [name, value] of Object.entries(answer)) url.searchParams.set(name, value);
  await page.goto(url.href);
}

describe.skipIf(missingPrerequisite !== null)('signing in with Microsoft (e2e)', () => {
  let stack: E2eStack;
  let admin: ApiSession;
  let provider: Awaited<ReturnType<TestEntraModule['startTestEntraProvider']>>;
  let organizationId: string;
  let ownTmp: string;
  let dataDir: string;
  let redirectUri: string;

  beforeAll(async () => {
    // The stack's data directory is made under os.tmpdir(): a directory of our own finds it again.
    ownTmp = mkdtempSync(join(tmpdir(), 'zd-sso-e2e-'));
    const previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = ownTmp;
    try {
      stack = await startStack();
    } finally {
      if (previousTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmp;
    }
    const dataDirName = readdirSync(ownTmp).find((name) => name.startsWith('zd-web-e2e-'));
    if (!dataDirName) throw new Error('the stack’s data directory was not found');
    dataDir = join(ownTmp, dataDirName);
    admin = await signInToApi(stack.url, stack.administrator);
    organizationId = (await admin.get<{ organization: { id: string } }>('/api/v1/auth/session')).organization
      .id;
    // The redirect URI to register, as the settings page shows it to the administrator.
    ({ ssoRedirectUri: redirectUri } = await admin.get<{ ssoRedirectUri: string }>(
      '/api/v1/organization/security',
    ));
    const { startTestEntraProvider } = (await import(testIdpSource.href)) as TestEntraModule;
    provider = await startTestEntraProvider({
      tenantId,
      clients: [{ ...client, redirectUris: [redirectUri] }],
      users: [lena],
    });
  }, startTimeoutMs);

  /** What the browser logged as errors, with the address of the resource or script it is about. */
  const consoleErrors: { text: string; url: string }[] = [];
  async function openPage(viewport?: { width: number; height: number }): Promise<Page> {
    const page = await stack.newPage(viewport);
    page.on('console', (message) => {
      if (message.type() === 'error')
        consoleErrors.push({ text: message.text(), url: message.location().url });
    });
    return page;
  }

  afterAll(async () => {
    await provider?.close();
    await stack?.close();
    if (ownTmp) rmSync(ownTmp, { recursive: true, force: true });
  });

  /** Sets the organisation's SSO through the API, and its issuer to the test IdP (Entra's is fixed). */
  async function configureSso(ssoMode: 'off' | 'optional' | 'only') {
    await admin.patch('/api/v1/organization/security', {
      ssoMode,
      ssoTenantId: tenantId,
      ssoClientId: client.clientId,
      ssoClientSecret: client.clientSecret,
    });
    // The API has no field for the issuer (it is login.microsoftonline.com); the server tests set the
    // column the same way.
    const { openEncryptedSqlite } = (await import(serverSqlite.href)) as SqliteModule;
    const database = openEncryptedSqlite({
      path: join(dataDir, 'zeugnisdesk.db'),
      keyHex: readFileSync(join(dataDir, 'database.key'), 'utf8').trim(),
    });
    try {
      database
        .prepare('update organizations set sso_issuer = ? where id = ?')
        .run(provider.issuer, organizationId);
    } finally {
      database.close();
    }
  }

  it('shows no Microsoft button while SSO is off', async () => {
    const page = await openPage();
    await page.goto(`${stack.url}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').waitFor();
    expect(await countOf(page.getByRole('button', { name: buttonName }))()).toBe(0);
    expect(await countOf(page.getByText('oder', { exact: true }))()).toBe(0);
    // Also with the organisation named in the address.
    await page.goto(`${stack.url}/anmelden?organisation=${organizationId}`);
    await page.getByLabel('E-Mail-Adresse').waitFor();
    expect(await countOf(page.getByRole('button', { name: buttonName }))()).toBe(0);
    await page.context().close();
  });

  it('signs an invited user in through the provider and lands on the overview', async () => {
    await configureSso('optional');
    // SSO links only users the administrator invited (by the directory's e-mail address).
    const { items: roles } = await admin.get<{ items: { id: string; isAdministrator: boolean }[] }>(
      '/api/v1/roles',
    );
    const role = roles.find((candidate) => !candidate.isAdministrator) ?? roles[0];
    await admin.post('/api/v1/users', {
      email: lena.email,
      firstName: 'Lena',
      lastName: 'Brandt',
      roleId: role?.id,
      scope: { all: true },
    });

    const page = await openPage();
    await page.goto(`${stack.url}/anmelden`);
    const button = page.getByRole('button', { name: buttonName });
    await button.waitFor();
    // The button and the divider above the password form, which stays (SSO is optional).
    await page.getByText('oder', { exact: true }).waitFor();
    await page.getByLabel('E-Mail-Adresse').waitFor();
    await page.getByLabel('Passwort', { exact: true }).waitFor();
    expect(await page.locator('button svg[aria-hidden="true"] rect').count()).toBe(4);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'sso-sign-in-1280x800');

    const authorizations: Request[] = [];
    const authorizationEndpoint = `${new URL(provider.issuer).origin}/${tenantId}/oauth2/v2.0/authorize`;
    page.on('request', (request) => {
      // The browser's first request there; the provider's own resumption goes to …/authorize/<id>.
      if (request.url().split('?')[0] === authorizationEndpoint) authorizations.push(request);
    });
    // While the server prepares the sign-in, the button waits and says where it leads.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/auth/sso/start', async (route) => {
      await released;
      await route.continue();
    });
    await button.click();
    await page.getByRole('status').filter({ hasText: 'Sie werden zu Microsoft weitergeleitet' }).waitFor();
    expect(await button.isDisabled()).toBe(true);
    release();
    await answerAtProvider(page, { login_as: lena.oid });
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor({ timeout: 20_000 });
    expect(pathOf(page)()).toBe('/');
    // The user menu names the user the provider signed in.
    await page.getByRole('button', { name: 'Benutzermenü von Lena Brandt' }).waitFor();

    // The browser went to the provider's authorization endpoint with PKCE, state and nonce.
    expect(authorizations).toHaveLength(1);
    const authorization = new URL(authorizations[0]!.url());
    const parameters = Object.fromEntries(authorization.searchParams);
    expect(parameters).toMatchObject({
      client_id: client.clientId,
      response_type: 'code',
      code_challenge_method: 'S256',
      redirect_uri: redirectUri,
    });
    expect(parameters.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(parameters.state?.length).toBeGreaterThanOrEqual(22);
    expect(parameters.nonce?.length).toBeGreaterThanOrEqual(22);
    expect(parameters.scope?.split(' ')).toEqual(expect.arrayContaining(['openid', 'profile', 'email']));

    // The session is the server's: a reload stays signed in.
    await page.reload();
    await page.getByRole('button', { name: 'Benutzermenü von Lena Brandt' }).waitFor();
    await page.context().close();
  });

  it('tells the user clearly when the sign-in at Microsoft was cancelled', async () => {
    const page = await openPage();
    // The organisation's link, as the administrator shares it; the tab remembers the organisation for
    // the way back (the server's error redirect carries no parameter).
    await page.goto(`${stack.url}/anmelden?organisation=${organizationId}`);
    await page.getByRole('button', { name: buttonName }).click();
    await answerAtProvider(page, { refuse: '1' });
    const alert = page.getByRole('alert').filter({ hasText: 'Anmeldung mit Microsoft nicht möglich' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.innerText()).toContain('Die Anmeldung mit Microsoft hat nicht geklappt.');
    // The marker is gone from the address (a reload does not repeat the message); the button is back.
    await expect.poll(pathOf(page)).toBe('/anmelden');
    await page.getByRole('button', { name: buttonName }).waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'sso-sign-in-failed-1280x800');
    await page.context().close();
  });

  it('fits the tablet width, and shows nothing for an unknown organisation', async () => {
    const page = await openPage({ width: 768, height: 1024 });
    await page.goto(`${stack.url}/anmelden?organisation=${organizationId}`);
    const button = page.getByRole('button', { name: buttonName });
    await button.waitFor();
    const box = await button.boundingBox();
    const field = await page.getByLabel('E-Mail-Adresse').boundingBox();
    // Full width: as wide as the fields below it.
    expect(box && field && Math.abs(box.width - field.width)).toBeLessThan(2);
    await saveScreenshot(page, 'sso-sign-in-768');
    // An organisation the server does not know: no button, the password form as always.
    const other = await openPage();
    await other.goto(`${stack.url}/anmelden?organisation=org_unbekannt`);
    await other.getByLabel('E-Mail-Adresse').waitFor();
    expect(await countOf(other.getByRole('button', { name: buttonName }))()).toBe(0);
    await page.context().close();
    await other.context().close();
  });

  it('shows the administrator the sign-in link to share, with a copy button', async () => {
    const page = await openPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.url });
    await page.goto(`${stack.url}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill(stack.administrator.email);
    await page.getByLabel('Passwort', { exact: true }).fill(stack.administrator.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await page.goto(`${stack.url}/verwaltung/anmeldung`);
    const link = page.getByTestId('sso-sign-in-link');
    await link.waitFor();
    const expected = `${stack.url}/anmelden?organisation=${organizationId}`;
    expect(await link.innerText()).toBe(expected);
    await page.getByRole('group', { name: 'Link zur Anmeldung' }).waitFor();
    await page.getByRole('button', { name: 'Link kopieren' }).click();
    await page.getByRole('button', { name: 'Link kopiert' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expectNoAxeViolations(page);
    await link.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'sso-admin-sign-in-link-1280x800');

    // Switched off (and saved), the link goes: it would lead to a page without the button.
    await page.getByRole('radio', { name: 'Aus', exact: true }).check();
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page.getByText('Die Anmeldeeinstellungen sind gespeichert.').waitFor();
    await expect.poll(countOf(link)).toBe(0);
    await page.context().close();
  });

  it('with „SSO only“ shows the button alone, without the password form', async () => {
    await configureSso('only');
    const page = await openPage();
    await page.goto(`${stack.url}/anmelden`);
    await page.getByRole('button', { name: buttonName }).waitFor();
    await expect
      .poll(textOf(page.getByRole('main')))
      .toContain('Bei Musterfirma GmbH melden Sie sich mit Ihrem Microsoft-Konto an.');
    expect(await countOf(page.getByLabel('E-Mail-Adresse'))()).toBe(0);
    expect(await countOf(page.getByLabel('Passwort', { exact: true }))()).toBe(0);
    expect(await countOf(page.getByRole('link', { name: 'Passwort vergessen?' }))()).toBe(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'sso-only-1280x800');

    // Switched off meanwhile (the page still shows the button): the click says so in plain words.
    await admin.patch('/api/v1/organization/security', { ssoMode: 'off' });
    await page.getByRole('button', { name: buttonName }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Anmeldung mit Microsoft nicht möglich' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'Die Anmeldung mit Microsoft ist für Ihre Organisation nicht eingerichtet.',
    );
    expect(pathOf(page)()).toBe('/anmelden');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('logged no errors in the browser but the expected ones', () => {
    // The app: no failed request but the session probe of the signed-out sign-in page (401) and the
    // start refused on purpose after SSO was switched off (404 auth.sso_not_configured).
    const appErrors = consoleErrors.filter(
      ({ text, url }) =>
        url.startsWith(stack.url) &&
        !text.includes('status of 401') &&
        !(url === `${stack.url}/api/v1/auth/sso/start` && text.includes('status of 404')),
    );
    expect(appErrors).toEqual([]);
    // No uncaught error or CSP violation anywhere. The test IdP has no favicon (404), and answers 400
    // at its sign-in step until the account is chosen (see answerAtProvider).
    expect(stack.browserErrors.filter((text) => !text.includes('status of 404'))).toEqual([]);
  });
});
