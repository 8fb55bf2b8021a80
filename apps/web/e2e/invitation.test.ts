// Links from e-mails (invitation, password reset) and what a user with fewer rights sees, against the
// real server: users are created through the API as the demo administrator, links read from the
// development outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createActiveUser,
  expectNoAxeViolations,
  missingPrerequisite,
  saveScreenshot,
  pathOf,
  readMailedLink,
  signInThroughForm,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  valueOf,
  type ApiSession,
  type E2eStack,
} from './e2e.test-utils.js';

interface Role {
  id: string;
  name: string;
  isAdministrator: boolean;
}

describe.skipIf(missingPrerequisite !== null)('links from e-mails and restricted users (e2e)', () => {
  let stack: E2eStack;
  let admin: ApiSession;
  const invited = { email: 'tobias.neumann@musterfirma.example', firstName: 'Tobias', lastName: 'Neumann' };
  const firstPassword = 'Sommer-Wiese7Ü';

  beforeAll(async () => {
    stack = await startStack();
    admin = await signInToApi(stack.url, stack.administrator);
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  it('accepts an invitation with the password rules shown live, then signs in', async () => {
    const { items: roles } = await admin.get<{ items: Role[] }>('/api/v1/roles');
    const administratorRole = roles.find((role) => role.isAdministrator);
    await admin.post('/api/v1/users', { ...invited, roleId: administratorRole!.id, scope: { all: true } });
    const link = await readMailedLink(stack.url, invited.email, 'einladung');

    const page = await stack.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Willkommen bei Zeugnisdesk' }).waitFor();
    // The token is gone from the address bar at once.
    expect(page.url()).toBe(`${stack.url}/einladung`);
    const content = await page.getByRole('main').innerText();
    expect(content).toContain('Tobias Neumann');
    expect(content).toContain(invited.email);
    expect(content).toContain('Musterfirma GmbH hat Sie eingeladen.');

    const rule = (code: string) => page.locator(`[data-rule="${code}"]`);
    const stateOf = (code: string) => () => rule(code).getAttribute('data-state');
    const password = page.getByLabel('Neues Passwort', { exact: true });
    expect(await stateOf('too_short')()).toBe('unmet');
    expect(await stateOf('common')()).toBe('server');
    expect(await rule('too_long').count()).toBe(0);
    await expectNoAxeViolations(page);

    await password.fill('sommer');
    await expect.poll(stateOf('missing_lowercase')).toBe('met');
    expect(await stateOf('missing_uppercase')()).toBe('unmet');
    expect(await rule('missing_uppercase').innerText()).toContain('noch nicht erfüllt');
    await password.fill('Sommer-Wiese7');
    await expect.poll(stateOf('too_short')).toBe('met');
    for (const code of ['missing_lowercase', 'missing_uppercase', 'missing_digit', 'missing_special']) {
      expect(await stateOf(code)()).toBe('met');
    }

    // A typo in the repetition is caught before anything is sent.
    await page.getByLabel('Neues Passwort wiederholen').fill('Sommer-Wiese8');
    await page.getByRole('button', { name: 'Passwort festlegen' }).click();
    await page.getByText('Die beiden Passwörter stimmen nicht überein.').waitFor();

    // The server decides what the browser cannot: the user's own name is refused, at the field.
    await password.fill('Tobias-Neumann7!');
    await page.getByLabel('Neues Passwort wiederholen').fill('Tobias-Neumann7!');
    await page.getByRole('button', { name: 'Passwort festlegen' }).click();
    await page.getByText('nicht Ihren Namen, Ihre E-Mail-Adresse', { exact: false }).first().waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'invitation-1280x800');

    await password.fill(firstPassword);
    await page.getByLabel('Neues Passwort wiederholen').fill(firstPassword);
    await page.getByRole('button', { name: 'Passwort festlegen' }).click();
    await expect.poll(pathOf(page)).toBe('/anmelden');
    await page.getByText('Ihr Passwort ist gespeichert. Sie können sich jetzt anmelden.').waitFor();
    await expect.poll(valueOf(page.getByLabel('E-Mail-Adresse'))).toBe(invited.email);

    await page.getByLabel('Passwort', { exact: true }).fill(firstPassword);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Übersicht');

    // The link works once.
    const again = await stack.newPage();
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: 'Diese Einladung funktioniert nicht mehr' }).waitFor();
    await page.context().close();
    await again.context().close();
  });

  it('resets a forgotten password with the mailed link, once', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.url}/passwort-vergessen`);
    await page.getByLabel('E-Mail-Adresse').fill(invited.email);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await page.getByRole('status').filter({ hasText: 'Falls die Adresse' }).waitFor();

    const link = await readMailedLink(stack.url, invited.email, 'passwort-zuruecksetzen');
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' }).waitFor();
    expect(page.url()).toBe(`${stack.url}/passwort-zuruecksetzen`);
    await expectNoAxeViolations(page);
    const newPassword = 'Herbst-Laub4Ö';
    await page.getByLabel('Neues Passwort', { exact: true }).fill(newPassword);
    // The organisation's rules are shown while typing, as on the invitation page.
    await expect.poll(() => page.locator('[data-rule="too_short"]').getAttribute('data-state')).toBe('met');
    await page.getByLabel('Neues Passwort wiederholen').fill(newPassword);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect.poll(pathOf(page)).toBe('/anmelden');
    await page.getByText('Ihr neues Passwort ist gespeichert.', { exact: false }).waitFor();
    await signInThroughForm(page, stack.url, { email: invited.email, password: newPassword });

    // A used link says so right away, before anyone types a new password.
    const again = await stack.newPage();
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: 'Dieser Link funktioniert nicht mehr' }).waitFor();
    expect(await again.getByLabel('Neues Passwort', { exact: true }).count()).toBe(0);
    await page.context().close();
    await again.context().close();
  });

  it('shows a user without the areas neither the employees nor the administration, even by address', async () => {
    const role = await admin.post<Role>('/api/v1/roles', { name: 'Nur Zeugnisse', permissions: {} });
    const reader = await createActiveUser(
      stack.url,
      admin,
      { email: 'lea.lesend@musterfirma.example', firstName: 'Lea', lastName: 'Lesend', roleId: role.id },
      'Flieder-Blüte3!',
    );

    const page = await stack.newPage();
    await signInThroughForm(page, stack.url, reader);
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await navigation.getByRole('link').allInnerTexts()).toEqual(['Übersicht', 'Zeugnisse', 'Analyse']);
    // Without the employees area the overview leaves out who is leaving (the server would refuse it).
    expect(await page.getByRole('main').innerText()).not.toContain('Austritte');

    for (const path of ['/verwaltung', '/mitarbeiter']) {
      await page.goto(`${stack.url}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    }
    await page.context().close();
  });

  it('left no errors in the browser console (CSP violations, React, uncaught exceptions)', () => {
    expect(stack.browserErrors).toEqual([]);
  });
});
