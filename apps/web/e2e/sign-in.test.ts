// Sign-in, the overview and sign-out against the real server, in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attributeOf,
  expectNoAxeViolations,
  isFocused,
  isoDateFromToday,
  missingPrerequisite,
  pathOf,
  saveScreenshot,
  signInThroughForm,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  valueOf,
  countOf,
  type E2eStack,
} from './e2e.test-utils.js';

describe.skipIf(missingPrerequisite !== null)('signing in (e2e)', () => {
  let stack: E2eStack;
  beforeAll(async () => {
    stack = await startStack();
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  it('shows one and the same message for a wrong password and an unknown address, and passes axe', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.url}/anmelden`);
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Anmelden');
    await expectNoAxeViolations(page);

    const messages: string[] = [];
    for (const email of [stack.administrator.email, 'niemand@musterfirma.example']) {
      await page.getByLabel('E-Mail-Adresse').fill(email);
      await page.getByLabel('Passwort', { exact: true }).fill('Falsch-1234!');
      await page.getByRole('button', { name: 'Anmelden' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Anmeldung nicht möglich' });
      await alert.waitFor();
      messages.push(await alert.innerText());
      // The password field is emptied for the next try; the address stays.
      await expect.poll(valueOf(page.getByLabel('Passwort', { exact: true }))).toBe('');
      await expect.poll(valueOf(page.getByLabel('E-Mail-Adresse'))).toBe(email);
    }
    expect(messages[0]).toContain('E-Mail-Adresse oder Passwort ist falsch.');
    await expectNoAxeViolations(page); // with the error shown
    expect(messages[1]).toBe(messages[0]);
    expect(pathOf(page)()).toBe('/anmelden');
    await page.context().close();
  });

  it('asks for both fields before calling the server', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.url}/anmelden`);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(countOf(page.getByText('Bitte ausfüllen.'))).toBe(2);
    await page.getByLabel('E-Mail-Adresse').fill('sabine.hoffmann');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein', { exact: false }).waitFor();
    await expectNoAxeViolations(page); // with the field errors shown
    await saveScreenshot(page, 'sign-in-errors-1280x800');
    await page.context().close();
  });

  it('lands the demo administrator on the overview with the figures of the API, and passes axe', async () => {
    // Someone leaves in ten days without a certificate: the overview must list them.
    const admin = await signInToApi(stack.url, stack.administrator);
    await admin.post('/api/v1/employees', {
      gender: 'female',
      firstName: 'Greta',
      lastName: 'Abschied',
      entryDate: '2019-04-01',
      exitDate: isoDateFromToday(10),
      jobTitle: 'Projektleiterin',
    });
    const { items } = await admin.get<{ items: Array<{ status: string }> }>('/api/v1/certificates?limit=100');
    const count = (...statuses: string[]) =>
      String(items.filter((certificate: { status: string }) => statuses.includes(certificate.status)).length);

    const page = await stack.newPage();
    await page.goto(`${stack.url}/mitarbeiter?suche=Weber`);
    // Not signed in: the app asks for it, and returns to the page asked for afterwards.
    await expect.poll(pathOf(page)).toBe('/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill(stack.administrator.email);
    await page.getByLabel('Passwort', { exact: true }).fill(stack.administrator.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(pathOf(page)).toBe('/mitarbeiter?suche=Weber');
    await page.getByText('Willkommen, Sabine Hoffmann!').waitFor();
    await page.getByRole('link', { name: 'Übersicht' }).click();
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Übersicht');

    await expect.poll(textOf(page.getByRole('banner'))).toContain('Musterfirma GmbH');
    const countIn = (testId: string) => textOf(page.getByTestId(testId).getByTestId('count-value'));
    await expect.poll(countIn('count-draft')).toBe(count('draft'));
    await expect.poll(countIn('count-inReview')).toBe(count('in_review', 'reviewed'));
    await expect.poll(countIn('count-approved')).toBe(count('approved'));
    await expect.poll(countIn('count-issued')).toBe(count('issued'));
    await expect.poll(textOf(page.getByTestId('leaving-table'))).toContain('Abschied, Greta');
    expect(await page.getByTestId('leaving-table').innerText()).toContain('noch 10 Tage');

    // Navigation shows every area to the administrator, the current one marked.
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    for (const entry of ['Übersicht', 'Mitarbeiter', 'Zeugnisse', 'Analyse', 'Verwaltung']) {
      await navigation.getByRole('link', { name: entry }).waitFor();
    }
    await expect
      .poll(attributeOf(navigation.getByRole('link', { name: 'Übersicht' }), 'aria-current'))
      .toBe('page');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'overview-1280x800');

    // The focus moves to the new page's heading.
    await navigation.getByRole('link', { name: 'Zeugnisse' }).click();
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Zeugnisse');
    await page.getByRole('link', { name: 'Zeugnis erstellen' }).waitFor();
    await expect.poll(isFocused(page.getByRole('heading', { level: 1 }))).toBe(true);

    // A reload keeps the session.
    await page.reload();
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Zeugnisse');

    // Sign out through the user menu: back at the sign-in page, and the app is closed again.
    await page.getByRole('button', { name: /Benutzermenü/ }).click();
    await page.getByRole('menuitem', { name: 'Abmelden' }).click();
    await expect.poll(pathOf(page)).toBe('/anmelden');
    await page.getByText('Sie haben sich abgemeldet.').waitFor();
    await page.goto(`${stack.url}/`);
    await expect.poll(pathOf(page)).toBe('/anmelden');
    await page.context().close();
  });

  it('fits the overview on a tablet, with the navigation still there, and passes axe', async () => {
    const page = await stack.newPage({ width: 768, height: 1024 });
    await signInThroughForm(page, stack.url, stack.administrator);
    await page.getByTestId('count-issued').getByTestId('count-value').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Zuletzt bearbeitete Zeugnisse' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Mitarbeiter' })
      .waitFor();
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'overview-768x1024');
    await page.context().close();
  });

  it('opens the navigation from the menu button on a narrow screen, and closes it after choosing', async () => {
    const page = await stack.newPage({ width: 600, height: 900 });
    await signInThroughForm(page, stack.url, stack.administrator);
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    const toggle = page.getByRole('button', { name: 'Navigation ein- oder ausblenden' });
    expect(await navigation.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await navigation.waitFor({ state: 'visible' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await navigation.getByRole('link', { name: 'Mitarbeiter' }).click();
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Mitarbeiter');
    await navigation.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('switches the language in the user menu and keeps it', async () => {
    const page = await stack.newPage();
    await signInThroughForm(page, stack.url, stack.administrator);
    await page.getByRole('button', { name: /Benutzermenü/ }).click();
    await page.getByRole('menuitem', { name: /^English/ }).click();
    await page.keyboard.press('Escape');
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Overview');
    await expect.poll(attributeOf(page.locator('html'), 'lang')).toBe('en');
    await page.reload();
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Overview');
    await page.context().close();
  });

  it('answers „Passwort vergessen“ with the same neutral message for any address', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.url}/anmelden`);
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Passwort vergessen');
    await page.getByLabel('E-Mail-Adresse').fill('unbekannt@musterfirma.example');
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    const confirmation = page.getByRole('status').filter({ hasText: 'Falls die Adresse' });
    await expect.poll(textOf(confirmation)).toContain('unbekannt@musterfirma.example');
    await page.context().close();
  });

  it('left no errors in the browser console (CSP violations, React, uncaught exceptions)', () => {
    expect(stack.browserErrors).toEqual([]);
  });
});
