// The administration area against the real server and the demo data: inviting, changing, deactivating
// and reactivating users; creating and deleting a role; the security log with its CSV download; the
// sign-in settings; „Kein Zugriff“ for a role without the users area; axe on every admin page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attributeOf,
  countOf,
  createActiveUser,
  expectNoAxeViolations,
  missingPrerequisite,
  pathOf,
  readMailedLink,
  saveScreenshot,
  signInThroughForm,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  valueOf,
  type ApiSession,
  type Credentials,
  type E2eStack,
} from './e2e.test-utils.js';

interface Role {
  id: string;
  name: string;
  permissions: Record<string, string>;
}
interface User {
  id: string;
  email: string;
  status: string;
  roleId: string;
}

const invitee = { firstName: 'Eva', lastName: 'Schulz', email: 'eva.schulz@musterfirma.example' };
const clerk = { firstName: 'Paul', lastName: 'Weber', email: 'paul.weber@musterfirma.example' };

describe.skipIf(missingPrerequisite !== null)('the administration (e2e)', () => {
  let stack: E2eStack;
  let page: Page;
  let admin: ApiSession;
  let adminName: string;
  let hrRole: Role;
  let leadRole: Role;
  let companiesOnlyRole: Role;
  let clerkCredentials: Credentials;

  const usersTable = () => page.getByTestId('users-table');
  const userRow = (email: string) => usersTable().locator('tbody tr').filter({ hasText: email });
  const openUserAction = async (email: string, name: string, action: string) => {
    await userRow(email)
      .getByRole('button', { name: `Aktionen für ${name}` })
      .click();
    await page.getByRole('menuitem', { name: action }).click();
    await page.getByRole('menu').waitFor({ state: 'detached' });
  };
  const openSection = async (name: string, heading = name) => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Verwaltung' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };
  /** Waits for a notification, then closes it (it would cover the buttons at the bottom right). */
  const expectNotification = async (text: string) => {
    const notification = page.getByRole('alert').filter({ hasText: text });
    await notification.waitFor();
    await notification.getByRole('button', { name: 'Hinweis schließen' }).click();
    await notification.waitFor({ state: 'detached' });
  };
  const usersOf = () => admin.get<{ items: User[] }>('/api/v1/users?limit=100').then((page) => page.items);

  beforeAll(async () => {
    stack = await startStack();
    admin = await signInToApi(stack.url, stack.administrator);
    const session = await admin.get<{ user: { firstName: string; lastName: string } }>(
      '/api/v1/auth/session',
    );
    adminName = `${session.user.firstName} ${session.user.lastName}`;
    hrRole = await admin.post<Role>('/api/v1/roles', {
      name: 'Personalabteilung',
      permissions: { employees: 'write', users: 'read' },
    });
    leadRole = await admin.post<Role>('/api/v1/roles', {
      name: 'Führungskraft',
      permissions: { employees: 'read' },
    });
    companiesOnlyRole = await admin.post<Role>('/api/v1/roles', {
      name: 'Firmenpflege',
      permissions: { companies: 'write', employees: 'read' },
    });
    clerkCredentials = await createActiveUser(
      stack.url,
      admin,
      { ...clerk, roleId: companiesOnlyRole.id },
      'Ablage-Schrank-2026!',
    );
    page = await stack.newPage();
    await signInThroughForm(page, stack.url, stack.administrator);
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  it('shows the administrator every section on the landing page, and passes axe', async () => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Verwaltung' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    for (const section of [
      'users',
      'roles',
      'companies',
      'structure',
      'securityLog',
      'signIn',
      'privacy',
      'emailTemplates',
      'delivery',
      'account',
    ]) {
      await page.getByTestId(`admin-section-${section}`).waitFor();
    }
    expect(await page.getByTestId('admin-section-users').getAttribute('href')).toBe('/verwaltung/benutzer');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'admin-landing');
  });

  it('lists the users with the plan usage, and invites a user from the dialog (the e-mail goes out)', async () => {
    await openSection('Benutzer');
    await expect.poll(countOf(usersTable().locator('tbody tr[data-testid="user-row"]'))).toBe(2);
    expect(await page.getByTestId('plan-usage').innerText()).toContain('2 Plätze belegt');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'admin-users');

    await page.getByRole('button', { name: 'Benutzer einladen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Benutzer einladen' });
    await dialog.waitFor();
    // Nothing filled in: the form says what is missing, at the fields, before asking the server.
    await dialog.getByRole('button', { name: 'Einladung senden' }).click();
    await expect.poll(attributeOf(dialog.getByLabel('Vorname'), 'aria-invalid')).toBe('true');
    expect(await dialog.innerText()).toContain('Bitte wählen Sie mindestens einen Eintrag');

    await dialog.getByLabel('Vorname').fill(invitee.firstName);
    await dialog.getByLabel('Nachname').fill(invitee.lastName);
    // An address that is taken: the server's 409 appears at the e-mail field.
    await dialog.getByLabel('E-Mail-Adresse').fill(stack.administrator.email);
    await dialog.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Personalabteilung' });
    await dialog.getByRole('checkbox', { name: 'Köln' }).check();
    await dialog.getByRole('checkbox', { name: 'Hamburg' }).check();
    await dialog.getByRole('checkbox', { name: 'Vertrieb' }).check();
    await expect
      .poll(textOf(dialog.getByTestId('scope-summary')))
      .toBe('Ergebnis: Standort Hamburg oder Köln und Abteilung Vertrieb');
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Vorname').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-user-invite');
    await dialog.getByTestId('scope-summary').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-user-invite-scope');

    await dialog.getByRole('button', { name: 'Einladung senden' }).click();
    const emailField = dialog.getByLabel('E-Mail-Adresse');
    await expect.poll(attributeOf(emailField, 'aria-invalid')).toBe('true');
    expect(await dialog.innerText()).toContain('Diese E-Mail-Adresse hat bereits ein anderer Benutzer.');
    await expect.poll(() => emailField.evaluate((element) => element === document.activeElement)).toBe(true);

    await emailField.fill(invitee.email);
    await dialog.getByRole('button', { name: 'Einladung senden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectNotification(`Die Einladung an ${invitee.email} ist unterwegs.`);
    await expect.poll(textOf(userRow(invitee.email).getByTestId('user-status'))).toBe('Eingeladen');
    expect(await userRow(invitee.email).innerText()).toContain(
      'Standort Hamburg oder Köln und Abteilung Vertrieb',
    );
    expect(await readMailedLink(stack.url, invitee.email, 'einladung')).toMatch(/\/einladung#token=/);
    const invited = (await usersOf()).find((user) => user.email === invitee.email);
    expect(invited).toMatchObject({ status: 'invited', roleId: hrRole.id });
  });

  it('changes a user’s role and shows the new role in the list', async () => {
    await openUserAction(invitee.email, 'Eva Schulz', 'Bearbeiten');
    const dialog = page.getByRole('dialog', { name: 'Eva Schulz bearbeiten' });
    await dialog.waitFor();
    await dialog.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Führungskraft' });
    await dialog.getByRole('button', { name: 'Änderungen speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectNotification('Die Änderungen an Eva Schulz sind gespeichert.');
    await expect.poll(textOf(userRow(invitee.email).getByTestId('user-role'))).toBe('Führungskraft');
    expect((await usersOf()).find((user) => user.email === invitee.email)?.roleId).toBe(leadRole.id);
  });

  it('deactivates and reactivates a user only after a confirmation', async () => {
    const status = userRow(clerk.email).getByTestId('user-status');
    expect(await status.innerText()).toBe('Aktiv');

    await openUserAction(clerk.email, 'Paul Weber', 'Deaktivieren');
    let confirmation = page.getByRole('dialog', { name: 'Paul Weber deaktivieren?' });
    await confirmation.waitFor();
    await expectNoAxeViolations(page);
    // „Abbrechen“ has the focus, so a stray Enter changes nothing.
    await page.keyboard.press('Enter');
    await confirmation.waitFor({ state: 'detached' });
    expect((await usersOf()).find((user) => user.email === clerk.email)?.status).toBe('active');

    await openUserAction(clerk.email, 'Paul Weber', 'Deaktivieren');
    confirmation = page.getByRole('dialog', { name: 'Paul Weber deaktivieren?' });
    await confirmation.getByRole('button', { name: 'Deaktivieren' }).click();
    await confirmation.waitFor({ state: 'detached' });
    await expectNotification('Paul Weber ist deaktiviert.');
    await expect.poll(textOf(status)).toBe('Deaktiviert');
    await expect(signInToApi(stack.url, clerkCredentials)).rejects.toThrow();

    await openUserAction(clerk.email, 'Paul Weber', 'Reaktivieren');
    confirmation = page.getByRole('dialog', { name: 'Paul Weber reaktivieren?' });
    await confirmation.getByRole('button', { name: 'Reaktivieren' }).click();
    await confirmation.waitFor({ state: 'detached' });
    await expectNotification('Paul Weber ist wieder aktiv.');
    await expect.poll(textOf(status)).toBe('Aktiv');
    expect((await usersOf()).find((user) => user.email === clerk.email)?.status).toBe('active');
  });

  it('refuses /verwaltung/benutzer to a user whose role lacks the users area', async () => {
    const clerkPage = await stack.newPage();
    await signInThroughForm(clerkPage, stack.url, clerkCredentials);
    await clerkPage
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Verwaltung' })
      .click();
    await clerkPage.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    expect(await countOf(clerkPage.getByTestId('admin-section-users'))()).toBe(0);
    expect(await countOf(clerkPage.getByTestId('admin-section-securityLog'))()).toBe(0);

    for (const path of [
      '/verwaltung/benutzer',
      '/verwaltung/rollen',
      '/verwaltung/sicherheitsprotokoll',
      '/verwaltung/anmeldung',
    ]) {
      await clerkPage.goto(`${stack.url}${path}`);
      await clerkPage.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    }
    await expectNoAxeViolations(clerkPage);
    await saveScreenshot(clerkPage, 'admin-no-access');
    // The server refuses the data as well.
    const clerkApi = await signInToApi(stack.url, clerkCredentials);
    await expect(clerkApi.get('/api/v1/users')).rejects.toThrow(/answered 403/);
    await clerkPage.context().close();
  });

  it('creates a role with a few areas (by keyboard), refuses to delete one in use, and deletes it', async () => {
    await openSection('Rollen');
    await page.getByTestId('roles-table').waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'admin-roles');

    await page.getByRole('button', { name: 'Rolle anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rolle anlegen' });
    await dialog.getByLabel('Name der Rolle').fill('Zeugnisprüfung');
    const matrix = dialog.getByTestId('role-matrix');
    const row = (area: string) =>
      matrix.locator('tr').filter({ has: page.getByRole('rowheader', { name: area, exact: true }) });
    // Each row is a radio group: the arrow keys move from „Kein Zugriff“ to „Lesen“ to „Bearbeiten“.
    await row('Mitarbeiter').getByRole('radio', { name: 'Kein Zugriff' }).focus();
    await page.keyboard.press('ArrowRight');
    await row('Zeugnisformatierung').getByRole('radio', { name: 'Kein Zugriff' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await row('Brieftexte').getByRole('radio', { name: 'Kein Zugriff' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await row('Mitarbeiter').getByRole('radio', { name: 'Lesen' }).isChecked()).toBe(true);
    expect(await row('Zeugnisformatierung').getByRole('radio', { name: 'Bearbeiten' }).isChecked()).toBe(
      true,
    );
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'admin-role-editor');
    await dialog.getByRole('button', { name: 'Rolle anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectNotification('Die Rolle „Zeugnisprüfung“ ist angelegt.');

    const created = (await admin.get<{ items: Role[] }>('/api/v1/roles')).items.find(
      (role) => role.name === 'Zeugnisprüfung',
    );
    expect(created?.permissions).toMatchObject({
      employees: 'read',
      certificateFormatting: 'write',
      letterTexts: 'read',
      users: 'none',
      roles: 'none',
    });
    const createdRow = page
      .getByTestId('roles-table')
      .locator('tbody tr')
      .filter({ hasText: 'Zeugnisprüfung' });
    expect(await createdRow.innerText()).toContain('1 Bereich bearbeiten, 2 Bereiche nur lesen');

    // A role that users hold cannot go: the server says so, and the page explains it.
    await page.getByRole('button', { name: 'Führungskraft löschen' }).click();
    await page
      .getByRole('dialog', { name: 'Rolle „Führungskraft“ löschen?' })
      .getByRole('button', { name: 'Löschen' })
      .click();
    await expectNotification('Diese Rolle haben noch Benutzer. Geben Sie ihnen zuerst eine andere Rolle.');

    await page.getByRole('button', { name: 'Zeugnisprüfung löschen' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Rolle „Zeugnisprüfung“ löschen?' });
    await confirmation.getByRole('button', { name: 'Löschen' }).click();
    await confirmation.waitFor({ state: 'detached' });
    await expectNotification('Die Rolle „Zeugnisprüfung“ ist gelöscht.');
    await expect.poll(countOf(createdRow)).toBe(0);
    expect(
      (await admin.get<{ items: Role[] }>('/api/v1/roles')).items.map((role) => role.name),
    ).not.toContain('Zeugnisprüfung');
  });

  it('lists the administrator’s sign-in in the security log, filters it, and downloads it as CSV', async () => {
    await openSection('Sicherheitsprotokoll');
    const signIns = page.locator('[data-testid="security-event"][data-action="authn_login_success"]');
    await expect.poll(countOf(signIns.filter({ hasText: adminName }))).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'admin-security-log');

    await page.getByLabel('Ereignis').selectOption({ label: 'Benutzer deaktiviert' });
    await expect.poll(pathOf(page)).toBe('/verwaltung/sicherheitsprotokoll?aktion=user_deactivated');
    const rows = page.getByTestId('security-event');
    await expect
      .poll(async () => new Set(await rows.evaluateAll((all) => all.map((row) => row.dataset.action))))
      .toEqual(new Set(['user_deactivated']));
    expect(await rows.first().innerText()).toContain('Paul Weber');

    const href = await page.getByTestId('security-log-csv').getAttribute('href');
    expect(href).toBe('/api/v1/security-events/export.csv?action=user_deactivated');
    const download = await page.request.get(`${stack.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toMatch(/^text\/csv/);
    expect(await download.text()).toContain('Benutzer deaktiviert');
  });

  it('saves the sign-in settings, which survive a reload', async () => {
    await openSection('Anmeldung und Sicherheit');
    const idle = page.getByLabel('Nach Inaktivität abmelden (Minuten)');
    await expect.poll(valueOf(idle)).toBe('30');
    await saveScreenshot(page, 'admin-sign-in-settings');

    // Microsoft sign-in shows the redirect URI to register in Entra ID.
    await page.getByRole('radio', { name: 'Zusätzlich' }).check();
    await expect
      .poll(textOf(page.getByTestId('sso-redirect-uri')))
      .toBe(`${stack.url}/api/v1/auth/sso/callback`);
    await expectNoAxeViolations(page);
    await page.getByTestId('sso-redirect-uri').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-sign-in-sso');
    await page.getByRole('radio', { name: 'Aus', exact: true }).check();

    await idle.fill('2');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect.poll(attributeOf(idle, 'aria-invalid')).toBe('true');
    expect(await page.locator('form').innerText()).toContain(
      'Bitte eine ganze Zahl von 5 bis 1440 eingeben.',
    );

    await idle.fill('45');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expectNotification('Die Anmeldeeinstellungen sind gespeichert.');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Anmeldung und Sicherheit' }).waitFor();
    await expect.poll(valueOf(page.getByLabel('Nach Inaktivität abmelden (Minuten)'))).toBe('45');
    expect(await admin.get('/api/v1/organization/security')).toMatchObject({
      sessionIdleMinutes: 45,
      sessionAbsoluteHours: 12,
      ssoMode: 'off',
    });
  });

  it('left no errors in the browser console (CSP violations, React, uncaught exceptions)', () => {
    // The two 409 answers (a taken e-mail address, a role in use) were provoked on purpose above.
    const provoked = /^Failed to load resource: the server responded with a status of 409\b/;
    expect(stack.browserErrors.filter((error) => !provoked.test(error))).toEqual([]);
  });
});
