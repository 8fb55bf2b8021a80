// The second step of signing in (TOTP and recovery code) against the real server, and what happens
// when the session is lost while the app is open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createActiveUser,
  expectNoAxeViolations,
  missingPrerequisite,
  pathOf,
  signInThroughForm,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  totpCode,
  valueOf,
  type Credentials,
  type E2eStack,
} from './e2e.test-utils.js';

describe.skipIf(missingPrerequisite !== null)('the second factor and a lost session (e2e)', () => {
  let stack: E2eStack;
  let user: Credentials;
  let secret: string;
  let recoveryCodes: string[];

  beforeAll(async () => {
    stack = await startStack();
    const admin = await signInToApi(stack.url, stack.administrator);
    const { items: roles } = await admin.get<{ items: Array<{ id: string; isAdministrator: boolean }> }>(
      '/api/v1/roles',
    );
    user = await createActiveUser(
      stack.url,
      admin,
      {
        email: 'paul.pruefer@musterfirma.example',
        firstName: 'Paul',
        lastName: 'Prüfer',
        roleId: roles.find((role) => role.isAdministrator)!.id,
      },
      'Tannen-Zapfen6?',
    );
    // The user sets up an authenticator app (with the code of the current time step).
    const session = await signInToApi(stack.url, user);
    ({ secret } = await session.post<{ secret: string }>('/api/v1/auth/totp/setup'));
    const enrolled = await session.post<{ recoveryCodes: string[] | null }>('/api/v1/auth/totp', {
      secret,
      code: totpCode(secret),
      currentPassword: user.password,
    });
    recoveryCodes = enrolled.recoveryCodes ?? [];
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  async function startSignIn() {
    const page = await stack.newPage();
    await page.goto(`${stack.url}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill(user.email);
    await page.getByLabel('Passwort', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmeldung bestätigen' }).waitFor();
    return page;
  }

  it('asks for the authenticator code after the password, refuses a wrong one, accepts the right one', async () => {
    const page = await startSignIn();
    await expectNoAxeViolations(page);
    const code = page.getByLabel('Code aus der Authenticator-App');
    await code.fill('000000' === totpCode(secret, 1) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Bestätigen', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Der Code ist falsch oder abgelaufen.' }).waitFor();
    await expect.poll(valueOf(code)).toBe('');

    // The enrolment used the current step; a code works once, so the next step's code signs in.
    await code.fill(totpCode(secret, 1));
    await page.getByRole('button', { name: 'Bestätigen', exact: true }).click();
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Übersicht');
    await page.context().close();
  });

  it('accepts a recovery code instead', async () => {
    expect(recoveryCodes.length).toBeGreaterThan(0);
    const page = await startSignIn();
    await page.getByText('Wiederherstellungscode', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Wiederherstellungscode' }).fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Bestätigen', exact: true }).click();
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Übersicht');
    await page.context().close();
  });

  it('sends the user to the sign-in page when the session is gone, and back afterwards', async () => {
    const page = await stack.newPage();
    await signInThroughForm(page, stack.url, stack.administrator);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Mitarbeiter' })
      .click();
    await page.getByTestId('employees-table').locator('tbody th').first().waitFor();
    // The session ends behind the app's back (expiry, „log out everywhere“): the next request says so.
    await page.context().clearCookies();
    await page.getByRole('searchbox', { name: 'Suche' }).fill('Weber');
    await expect.poll(pathOf(page)).toBe('/anmelden');
    await page.getByText('Ihre Sitzung ist abgelaufen', { exact: false }).waitFor();
    await page.getByLabel('E-Mail-Adresse').fill(stack.administrator.email);
    await page.getByLabel('Passwort', { exact: true }).fill(stack.administrator.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(pathOf(page)).toBe('/mitarbeiter?suche=Weber');
    await page.context().close();
  });

  it('left no errors in the browser console (CSP violations, React, uncaught exceptions)', () => {
    expect(stack.browserErrors).toEqual([]);
  });
});
