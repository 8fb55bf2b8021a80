// /konto and the second-factor set-up against the real server, in Chromium: an authenticator app set
// up from the account page (with its recovery codes), the password change, the sign-in gate of a
// tenant that requires a second factor, and a passkey from Chromium's virtual authenticator.
//
// Passkeys need a domain name as the relying party (browsers refuse IP addresses), so this file's server
// has PUBLIC_URL=http://localhost:<port>.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attributeOf,
  countOf,
  createActiveUser,
  expectNoAxeViolations,
  isFocused,
  missingPrerequisite,
  pathOf,
  saveScreenshot,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  totpCode,
  type ApiSession,
  type Credentials,
  type E2eStack,
} from './e2e.test-utils.js';

/** The newest SMS code sent to `phone`, from the development outbox. */
async function readSmsCode(url: string, phone: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const html = await (await fetch(`${url}/dev/outbox`)).text();
    const row = html.split('<tr>').find((candidate) => candidate.includes(phone));
    const code = row?.match(/Bestätigungscode: (\d{6})/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no SMS code for ${phone} in the outbox`);
}

/** Password only; the caller waits for what comes next (the second step, the gate, the overview). */
async function enterPassword(page: Page, url: string, { email, password }: Credentials) {
  await page.goto(`${url}/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** Waits until the dialog's fade-in is over (axe measures colours as they are at the moment). */
async function animationsDone(page: Page) {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

/** Signed in: the app's frame with its navigation, no longer a sign-in screen. */
async function expectSignedIn(page: Page) {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
  expect(pathOf(page)()).not.toBe('/anmelden');
}

async function signOutThroughMenu(page: Page) {
  await page.getByRole('button', { name: /^Benutzermenü von/ }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await expect.poll(pathOf(page)).toBe('/anmelden');
}

describe.skipIf(missingPrerequisite !== null)('the account page and the second-factor set-up (e2e)', () => {
  let stack: E2eStack;
  let admin: ApiSession;
  const users: Record<'totp' | 'passkey' | 'enrolment', Credentials> = {
    totp: { email: 'tina.totp@musterfirma.example', password: 'Tannen-Zapfen6?' },
    passkey: { email: 'paula.passkey@musterfirma.example', password: 'Linden-Blatt7!' },
    enrolment: { email: 'emil.einrichter@musterfirma.example', password: 'Eichen-Rinde8#' },
  };

  beforeAll(async () => {
    // Refusals the tests provoke on purpose: wrong codes, a method the tenant does not allow.
    stack = await startStack({
      host: 'localhost',
      expectedStatuses: [400, 401, 403, 429],
      acceptDownloads: true,
    });
    admin = await signInToApi(stack.apiUrl, stack.administrator);
    // Ordinary users: reading their own account needs no area of the role.
    const role = await admin.post<{ id: string }>('/api/v1/roles', {
      name: 'Zeugnisschreibung',
      permissions: { employees: 'read' },
    });
    const names = {
      totp: ['Tina', 'Totp'],
      passkey: ['Paula', 'Passkey'],
      enrolment: ['Emil', 'Einrichter'],
    };
    for (const key of ['totp', 'passkey', 'enrolment'] as const) {
      const [firstName, lastName] = names[key];
      await createActiveUser(
        stack.apiUrl,
        admin,
        { email: users[key].email, firstName: firstName!, lastName: lastName!, roleId: role.id },
        users[key].password,
      );
    }
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  it('sets up an authenticator app from /konto, hands out the recovery codes, changes the password, and signs in with both', async () => {
    const page = await stack.newPage();
    await enterPassword(page, stack.url, users.totp);
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();

    // „Mein Konto“ in the user menu.
    await page.getByRole('button', { name: /^Benutzermenü von/ }).click();
    await page.getByRole('menuitem', { name: 'Mein Konto' }).click();
    await expect.poll(pathOf(page)).toBe('/konto');
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Mein Konto');
    await page.getByTestId('no-second-factor').waitFor();
    const totpRow = page.getByTestId('factor-totp');
    await expect.poll(textOf(totpRow)).toContain('Nicht eingerichtet');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'account-konto');

    // The set-up: QR code and the key to type in.
    await page.getByRole('button', { name: 'Authenticator-App einrichten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Authenticator-App einrichten' });
    await dialog.getByTestId('totp-qr-code').waitFor();
    expect(await attributeOf(dialog.getByTestId('totp-qr-code'), 'src')()).toMatch(/^data:image\/svg\+xml/);
    const secret = (await dialog.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
    await animationsDone(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'account-totp-setup');

    // A wrong code is refused at the field (and emptied for the next try).
    const code = dialog.getByLabel('Code aus der App');
    await code.fill(totpCode(secret) === '000000' ? '111111' : '000000');
    await dialog.getByRole('button', { name: 'Bestätigen und einrichten' }).click();
    await dialog.getByText('Der Code stimmt nicht oder ist abgelaufen.', { exact: false }).waitFor();
    await expect.poll(attributeOf(code, 'aria-invalid')).toBe('true');
    await expect.poll(isFocused(code)).toBe(true);

    // The right one: the recovery codes, shown once.
    await code.fill(totpCode(secret));
    await dialog.getByRole('button', { name: 'Bestätigen und einrichten' }).click();
    await dialog.getByRole('heading', { name: 'Ihre Wiederherstellungscodes' }).waitFor();
    const codes = await dialog.getByTestId('recovery-code').allInnerTexts();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    // While the codes are shown the dialog cannot be closed by accident.
    expect(await countOf(dialog.getByRole('button', { name: 'Abbrechen' }))()).toBe(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'account-recovery-codes');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^zeugnisdesk-wiederherstellungscodes-\d{4}-\d{2}-\d{2}\.txt$/,
    );
    const file = readFileSync(await download.path(), 'utf8');
    expect(file).toContain('Zeugnisdesk – Wiederherstellungscodes');
    expect(file).toContain(users.totp.email);
    for (const recoveryCode of codes) expect(file).toContain(recoveryCode);

    await dialog.getByRole('button', { name: 'Ich habe die Codes sicher aufbewahrt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(textOf(totpRow)).toContain('Eingerichtet');
    await expect.poll(textOf(totpRow)).not.toContain('Nicht eingerichtet');
    await expect.poll(textOf(page.getByTestId('recovery-codes-left'))).toBe('Noch 10 Codes übrig');

    // The password change is the next change on this page: it only succeeds if the app sends the CSRF
    // token of the session's new token (the set-up replaced it; the old one is refused).
    const passwordForm = page.getByTestId('password-change');
    const current = passwordForm.getByLabel('Aktuelles Passwort', { exact: true });
    const newPassword = 'Birken-Stamm9%';
    await current.fill('Falsch-Geraten1!');
    await passwordForm.getByLabel('Neues Passwort', { exact: true }).fill(newPassword);
    await passwordForm.getByLabel('Neues Passwort wiederholen', { exact: true }).fill(newPassword);
    await passwordForm.getByRole('button', { name: 'Passwort ändern' }).click();
    await passwordForm.getByText('Das ist nicht Ihr aktuelles Passwort.').waitFor();
    await expect.poll(attributeOf(current, 'aria-invalid')).toBe('true');
    await expect.poll(isFocused(current)).toBe(true);
    await expectNoAxeViolations(page); // with the field error shown

    await current.fill(users.totp.password);
    await passwordForm.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByText('Ihr Passwort ist geändert.', { exact: false }).waitFor();
    await expect.poll(countOf(passwordForm.getByText('Das ist nicht Ihr aktuelles Passwort.'))).toBe(0);

    // Signed out and in again: the new password, then a code of the app (the next time step — the
    // set-up used the current one, and a code works once).
    await signOutThroughMenu(page);
    await enterPassword(page, stack.url, { email: users.totp.email, password: newPassword });
    await page.getByRole('heading', { level: 1, name: 'Anmeldung bestätigen' }).waitFor();
    await page.getByLabel('Code aus der Authenticator-App').fill(totpCode(secret, 1));
    await page.getByRole('button', { name: 'Bestätigen', exact: true }).click();
    await expectSignedIn(page);
    await page.context().close();
  });

  it('registers a passkey with Chromium’s virtual authenticator and signs in with it; sets up SMS besides', async () => {
    const page = await stack.newPage();
    const cdp = await page.context().newCDPSession(page);
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
    await enterPassword(page, stack.url, users.passkey);
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await page.goto(`${stack.url}/konto`);
    await page.getByTestId('no-second-factor').waitFor();

    await page.getByRole('button', { name: 'Passkey hinzufügen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Passkey hinzufügen' });
    const name = dialog.getByLabel('Name des Passkeys');
    await expect.poll(async () => name.inputValue()).toBe('Chrome (Linux)');
    await animationsDone(page);
    await expectNoAxeViolations(page);
    await name.fill('Laptop Büro');
    await dialog.getByRole('button', { name: 'Passkey erstellen' }).click();
    // The first factor: recovery codes.
    await dialog.getByRole('heading', { name: 'Ihre Wiederherstellungscodes' }).waitFor();
    expect(await countOf(dialog.getByTestId('recovery-code'))()).toBe(10);
    await dialog.getByRole('button', { name: 'Ich habe die Codes sicher aufbewahrt' }).click();
    await dialog.waitFor({ state: 'detached' });
    const passkeys = page.getByTestId('passkey');
    await expect.poll(countOf(passkeys)).toBe(1);
    await expect.poll(textOf(passkeys.first())).toContain('Laptop Büro');
    await expect.poll(textOf(passkeys.first())).toContain('noch nicht benutzt');

    // SMS as a further factor (no new recovery codes); the weakest one says so.
    await page.getByRole('button', { name: 'SMS einrichten' }).click();
    const sms = page.getByRole('dialog', { name: 'SMS einrichten' });
    await sms.getByText('SMS ist die schwächste Möglichkeit', { exact: false }).waitFor();
    await sms.getByLabel('Mobilnummer').fill('0170 123 45 67');
    await sms.getByRole('button', { name: 'Code senden' }).click();
    await sms.getByText('Wir haben einen Code an +491701234567 geschickt.', { exact: false }).waitFor();
    await animationsDone(page);
    await expectNoAxeViolations(page);
    const smsCode = await readSmsCode(stack.apiUrl, '+491701234567');
    await sms.getByLabel('Code aus der SMS').fill(smsCode === '000000' ? '111111' : '000000');
    await sms.getByRole('button', { name: 'Nummer bestätigen' }).click();
    await sms.getByText('Der Code stimmt nicht oder ist abgelaufen.', { exact: false }).waitFor();
    await sms.getByLabel('Code aus der SMS').fill(smsCode);
    await sms.getByRole('button', { name: 'Nummer bestätigen' }).click();
    await sms.waitFor({ state: 'detached' });
    await expect.poll(textOf(page.getByTestId('factor-sms'))).toContain('An +491701234567');

    // A new sign-in: the password, then the passkey.
    await signOutThroughMenu(page);
    await enterPassword(page, stack.url, users.passkey);
    await page.getByRole('heading', { level: 1, name: 'Anmeldung bestätigen' }).waitFor();
    const passkeyButton = page.getByRole('button', { name: 'Mit Passkey anmelden' });
    await passkeyButton.waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'account-passkey-sign-in');
    await passkeyButton.click();
    await expectSignedIn(page);
    await page.goto(`${stack.url}/konto`);
    await expect.poll(textOf(page.getByTestId('passkey').first())).toContain('zuletzt benutzt am');
    await page.context().close();
  });

  it('sends a new user of a tenant that requires a second factor straight to the set-up, and lets them in afterwards', async () => {
    // The tenant requires a second factor, and allows no text messages.
    await admin.patch('/api/v1/organization/security', {
      secondFactorRequired: true,
      secondFactorMethods: ['totp', 'passkey'],
    });
    const page = await stack.newPage();
    await enterPassword(page, stack.url, users.enrolment);
    await page.getByRole('heading', { level: 1, name: 'Zweiten Faktor einrichten' }).waitFor();
    // A session from elsewhere (signed in, but only to set up a factor), for „Überall abmelden“ below.
    const elsewhere = await signInToApi(stack.apiUrl, users.enrolment);
    expect(await elsewhere.get<{ mustEnrolSecondFactor: boolean }>('/api/v1/auth/session')).toMatchObject({
      mustEnrolSecondFactor: true,
    });
    // No way around it: another address shows the set-up too.
    await page.goto(`${stack.url}/konto`);
    await page.getByRole('heading', { level: 1, name: 'Zweiten Faktor einrichten' }).waitFor();
    expect(await countOf(page.getByRole('navigation', { name: 'Hauptnavigation' }))()).toBe(0);
    await page.getByTestId('enrol-sms').getByText('schwächste', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'account-enrolment');

    // A method the organisation does not allow is refused in plain words; the user picks another.
    await page.getByRole('button', { name: /^Auswählen\W+SMS$/ }).click();
    await page.getByLabel('Mobilnummer').fill('0170 7654321');
    await page.getByRole('button', { name: 'Code senden' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Ihre Organisation erlaubt diese Möglichkeit nicht.' })
      .waitFor();
    await page.getByRole('button', { name: 'Andere Möglichkeit wählen' }).click();
    await page.getByRole('button', { name: /^Auswählen\W+Authenticator-App$/ }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Authenticator-App einrichten' });
    await heading.waitFor();
    await expect.poll(isFocused(heading)).toBe(true);
    await page.getByTestId('totp-qr-code').waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'account-enrolment-totp');
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
    await page.getByLabel('Code aus der App').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Bestätigen und einrichten' }).click();
    await page.getByRole('heading', { name: 'Ihre Wiederherstellungscodes' }).waitFor();
    expect(await countOf(page.getByTestId('recovery-code'))()).toBe(10);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ich habe die Codes sicher aufbewahrt' }).click();

    // In: the page asked for, with the data the server refused before the set-up.
    await expect.poll(textOf(page.getByRole('heading', { level: 1 }))).toBe('Mein Konto');
    await expect.poll(textOf(page.getByTestId('factor-totp'))).toContain('Eingerichtet');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();

    // „Überall abmelden“ ends this session and the one elsewhere.
    await page.getByRole('button', { name: 'Überall abmelden' }).click();
    const confirm = page.getByRole('dialog', { name: 'Überall abmelden?' });
    await confirm.waitFor();
    await animationsDone(page);
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Ja, überall abmelden' }).click();
    await expect.poll(pathOf(page)).toBe('/anmelden');
    await page.getByText('Sie sind jetzt auf allen Geräten abgemeldet.').waitFor();
    await expect(elsewhere.get('/api/v1/auth/session')).rejects.toThrow(/answered 401/);
    await page.context().close();
  });

  it('left no errors in the browser console (CSP violations, React, uncaught exceptions)', () => {
    expect(stack.browserErrors).toEqual([]);
  });
});
