// The handover (issue #8) end to end, as HR and the recipient use it: the organisation requires a code by
// e-mail and tracks changes; HR hands a certificate over to the employee's supervisor with the preset
// „Vorgesetzte/r bewertet“; the supervisor opens the mailed link in a browser of their own (the
// fragment leaves the address bar at once), asks for the code, enters it, sees only the granted
// sections (read-only personal data, no company or signatures at all), rates, sees it saved, and hands
// it back with a comment; HR sees „abgeschlossen“, the comment, the events and the recorded changes.
// Then the attacks: five wrong codes lock the link, a revoked link is invalid, a reload after finishing
// opens nothing.
import { handoverPresets } from '@zeugnisdesk/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  isoDateFromToday,
  missingPrerequisite,
  saveScreenshot,
  signInThroughForm,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  type ApiSession,
  type E2eStack,
} from './e2e.test-utils.js';

/** The newest outbox message to `email` whose text matches `pattern`: its first capture group. */
async function readOutbox(url: string, email: string, pattern: RegExp, notOneOf: string[] = []) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const html = await (await fetch(`${url}/dev/outbox`)).text();
    for (const row of html.split('<tr>')) {
      if (!row.includes(email)) continue;
      const value = row.match(pattern)?.[1];
      if (value && !notOneOf.includes(value)) return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no message matching ${pattern} for ${email} in the outbox`);
}

const linkPattern = /(https?:\/\/[^\s<]+\/uebergabe#[A-Za-z0-9]+\.[A-Za-z0-9]+)/;
const codePattern = /code[^0-9<]*?(\d{6})/i;

describe.skipIf(missingPrerequisite !== null)('the handover (e2e)', () => {
  let stack: E2eStack;
  let hr: Page;
  let api: ApiSession;
  let certificateId: string;
  let employeeId: string;
  const supervisorEmail = 'max.berger@example.com';
  const supervisorName = 'Max Berger';
  let link = '';
  const comment = 'Die Bewertung ist vollständig. Bitte noch die Tätigkeiten prüfen.';

  beforeAll(async () => {
    stack = await startStack({ expectedStatuses: [400, 401, 404, 409, 429] });
    api = await signInToApi(stack.url, stack.administrator);
    await api.patch('/api/v1/organization/privacy', {
      changeTracking: true,
      handoverCode: { required: true, channels: ['email'] },
    });
    const companies = await api.get<{ items: { id: string }[] }>('/api/v1/companies');
    const companyId = companies.items[0]?.id ?? null;
    const supervisor = await api.post<{ id: string }>('/api/v1/employees', {
      gender: 'male',
      firstName: 'Max',
      lastName: 'Berger',
      email: supervisorEmail,
      entryDate: '2015-01-01',
      jobTitle: 'Leiter Disposition',
      companyId,
    });
    const employee = await api.post<{ id: string }>('/api/v1/employees', {
      gender: 'female',
      firstName: 'Lena',
      lastName: 'Vogt',
      email: 'lena.vogt@example.com',
      birthDate: '1991-05-04',
      entryDate: '2020-02-01',
      exitDate: isoDateFromToday(20),
      jobTitle: 'Disponentin',
      jobProfile: 'disponent',
      companyId,
      supervisorId: supervisor.id,
    });
    employeeId = employee.id;
    const certificate = await api.post<{ id: string }>('/api/v1/certificates', {
      employeeId,
      kind: 'final',
      exitReason: 'employee_resignation',
      signers: [{ name: 'Petra Hahn', function: 'Leiterin Personal' }],
    });
    certificateId = certificate.id;
    hr = await stack.newPage();
    await signInThroughForm(hr, stack.url, stack.administrator);
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  const dialog = () => hr.getByRole('dialog');
  const grantRow = (name: string) => dialog().getByRole('radiogroup', { name, exact: true });

  it('HR hands the certificate over to the supervisor with „Vorgesetzte/r bewertet“ and a code by e-mail', async () => {
    await hr.goto(`${stack.url}/zeugnisse/${certificateId}`);
    await hr.getByRole('heading', { level: 1, name: 'Zeugnis für Lena Vogt' }).waitFor();
    const panel = hr.getByRole('region', { name: 'Übergabe' });
    await panel.getByText('Dieses Zeugnis wurde noch nicht übergeben.').waitFor();
    await panel.getByRole('button', { name: 'Übergeben …' }).click();
    await dialog().getByRole('heading', { name: 'Zeugnis übergeben' }).waitFor();

    // Prefilled with the supervisor; „Mitarbeiter selbst“ switches to the employee and back.
    const name = dialog().locator('#handover-name');
    const email = dialog().locator('#handover-email');
    await expect.poll(() => name.inputValue()).toBe(supervisorName);
    expect(await email.inputValue()).toBe(supervisorEmail);
    await dialog().getByRole('button', { name: 'Mitarbeiter selbst' }).click();
    expect(await name.inputValue()).toBe('Lena Vogt');
    expect(await email.inputValue()).toBe('lena.vogt@example.com');
    await dialog().getByRole('button', { name: 'Vorgesetzte/r' }).click();
    expect(await name.inputValue()).toBe(supervisorName);

    // The preset fills the matrix; the organisation requires a code by e-mail, so that is the only choice.
    expect(await dialog().getByLabel('Vorlage').inputValue()).toBe('Vorgesetzte/r bewertet');
    expect(await grantRow('Bewertung').getByRole('radio', { name: 'bearbeiten' }).isChecked()).toBe(true);
    expect(await grantRow('Persönliche Daten').getByRole('radio', { name: 'lesen' }).isChecked()).toBe(true);
    expect(await grantRow('Unternehmen').getByRole('radio', { name: 'keine' }).isChecked()).toBe(true);
    const codeChoice = dialog().getByRole('radiogroup', { name: 'Zusätzlicher Code' });
    expect(await codeChoice.getByRole('radio').count()).toBe(1);
    expect(await codeChoice.getByRole('radio', { name: 'per E-Mail' }).isChecked()).toBe(true);

    // The matrix is keyboard-operable: arrows move within a row; a change makes it „Eigene Auswahl“.
    await grantRow('Unternehmen').getByRole('radio', { name: 'keine' }).focus();
    await hr.keyboard.press('ArrowRight');
    expect(await grantRow('Unternehmen').getByRole('radio', { name: 'lesen' }).isChecked()).toBe(true);
    expect(await dialog().getByLabel('Vorlage').inputValue()).toBe('Eigene Auswahl');
    await hr.keyboard.press('ArrowLeft');
    expect(await dialog().getByLabel('Vorlage').inputValue()).toBe('Vorgesetzte/r bewertet');

    // A wrong e-mail is named at its field.
    await email.fill('max.berger');
    await dialog().getByRole('button', { name: 'Übergeben', exact: true }).click();
    await dialog()
      .getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@firma.de.')
      .waitFor();
    await email.fill(supervisorEmail);
    await dialog().getByLabel('Nachricht an den Empfänger (optional)').fill('Bitte bewerten Sie Frau Vogt.');
    await dialog().getByLabel('Bitte erledigen bis (optional)').fill(isoDateFromToday(7));
    await expectNoAxeViolations(hr);
    await saveScreenshot(hr, 'handover-dialog');

    await dialog().getByRole('button', { name: 'Übergeben', exact: true }).click();
    await dialog().getByText(`Die E-Mail an ${supervisorEmail} ist unterwegs.`).waitFor();
    link = await dialog().getByLabel('Link zur Übergabe').inputValue();
    expect(link).toMatch(/\/uebergabe#[A-Za-z0-9]{32}\.[A-Za-z0-9]{32}$/);
    // The same link went out by e-mail.
    expect(await readOutbox(stack.apiUrl, supervisorEmail, linkPattern)).toBe(link);
    await expectNoAxeViolations(hr);
    await saveScreenshot(hr, 'handover-created');
    await dialog().getByRole('button', { name: 'Fertig' }).click();
    await dialog().waitFor({ state: 'detached' });

    const item = panel.getByTestId('handover-item').first();
    await expect.poll(textOf(item.getByTestId('handover-status'))).toBe('aktiv');
    expect(await item.innerText()).toContain(supervisorName);
  });

  let recipient: Page;

  it('the supervisor opens the link: the fragment is gone, a code is asked for and accepted', async () => {
    recipient = await stack.newPage();
    await recipient.goto(link);
    await recipient.getByRole('heading', { level: 1, name: 'Bestätigung mit Code' }).waitFor();
    expect(new URL(recipient.url()).hash).toBe('');
    expect(new URL(recipient.url()).pathname).toBe('/uebergabe');
    await recipient.getByText(/per E-Mail an/).waitFor();
    await expectNoAxeViolations(recipient);
    await saveScreenshot(recipient, 'handover-recipient-code');

    await recipient.getByRole('button', { name: 'Code senden' }).click();
    await recipient.getByText('Der Code ist unterwegs. Er gilt 5 Minuten.').waitFor();
    const code = await readOutbox(stack.apiUrl, supervisorEmail, codePattern);
    const input = recipient.getByLabel('Code (6 Ziffern)');
    expect(await input.getAttribute('autocomplete')).toBe('one-time-code');
    await input.fill(code);
    await recipient.getByRole('button', { name: 'Bestätigen' }).click();
    await recipient.getByRole('heading', { level: 1, name: 'Zeugnis für Lena Vogt' }).waitFor();
    await recipient.getByText('Bitte bewerten Sie Frau Vogt.').waitFor();
  });

  it('shows only the granted sections: personal data to read, no company, no signatures', async () => {
    const tabs = recipient.getByRole('tablist', { name: 'Schritte' }).getByRole('tab');
    expect(await tabs.allInnerTexts()).toEqual(['1. Daten', '2. Werdegang', '3. Bewertung', '4. Ergebnis']);
    await recipient.getByRole('heading', { level: 2, name: 'Persönliche Daten' }).waitFor();
    const lastName = recipient.locator('#field-employee-lastName');
    expect(await lastName.inputValue()).toBe('Vogt');
    expect(await lastName.getAttribute('readonly')).not.toBeNull();
    expect(await recipient.getByRole('heading', { level: 2, name: 'Unternehmen' }).count()).toBe(0);
    expect(await recipient.getByRole('heading', { level: 2, name: 'Unterschriften' }).count()).toBe(0);
    expect(await recipient.locator('#field-employer-name').count()).toBe(0);
    expect(await recipient.locator('#field-signatures-0-name').count()).toBe(0);
    await expectNoAxeViolations(recipient);
    await saveScreenshot(recipient, 'handover-recipient-data');

    await recipient.getByRole('tab', { name: /Werdegang/ }).click();
    await recipient.getByRole('heading', { level: 2, name: 'Tätigkeiten', exact: true }).waitFor();
    expect(await recipient.getByRole('heading', { level: 2, name: 'Vollmachten' }).count()).toBe(0);
    await expectNoAxeViolations(recipient);
  });

  it('the supervisor rates; it is saved; the preview comes from the server', async () => {
    await recipient.getByRole('tab', { name: /Bewertung/ }).click();
    await recipient.getByRole('button', { name: 'Alle Bereiche auf Note 2 – gut setzen' }).click();
    const status = recipient.getByTestId('save-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
    expect(await status.innerText()).toMatch(/gespeichert/i);
    const preview = recipient.getByTestId('certificate-preview');
    await expect
      .poll(textOf(preview), { timeout: 10_000 })
      .toMatch(/stets zu unserer vollen Zufriedenheit|gut/);
    await expectNoAxeViolations(recipient);
    await saveScreenshot(recipient, 'handover-recipient-rating');

    // The server holds the grades (HR's API sees them).
    const saved = await api.get<{ content: { ratings: Record<string, number | null> } }>(
      `/api/v1/certificates/${certificateId}`,
    );
    expect(saved.content.ratings.willingness).toBe(2);
  });

  it('the supervisor hands it back with a comment; the link is spent', async () => {
    await recipient.getByRole('button', { name: 'Fertig – an die Personalabteilung zurückgeben' }).click();
    const finish = recipient.getByRole('dialog');
    await finish.getByLabel('Kommentar für die Personalabteilung (optional)').fill(comment);
    await expectNoAxeViolations(recipient);
    await finish.getByRole('button', { name: 'Zurückgeben' }).click();
    await recipient.getByRole('heading', { level: 1, name: 'Vielen Dank!' }).waitFor();
    await expectNoAxeViolations(recipient);
    await saveScreenshot(recipient, 'handover-recipient-thanks');

    // A reload (no fragment, the session ended) and the link again both open nothing.
    await recipient.goto(`${stack.url}/uebergabe`);
    await recipient.getByTestId('handover-invalid').waitFor();
    // A fresh document (a change of the fragment alone would not load the page again).
    await recipient.goto('about:blank');
    await recipient.goto(link);
    await recipient.getByTestId('handover-invalid').waitFor();
    expect(await recipient.getByTestId('handover-invalid').innerText()).toContain(
      'Dieser Link ist ungültig oder abgelaufen.',
    );
    await expectNoAxeViolations(recipient);
  });

  it('HR sees „abgeschlossen“, the comment, the events and the recorded changes', async () => {
    await hr.reload();
    const panel = hr.getByRole('region', { name: 'Übergabe' });
    const item = panel.getByTestId('handover-item').first();
    await expect.poll(textOf(item.getByTestId('handover-status'))).toBe('abgeschlossen');
    expect(await item.getByTestId('handover-comment').innerText()).toContain(comment);
    await item.getByRole('button', { name: /Verlauf anzeigen/ }).click();
    const events = await item.getByTestId('handover-events').innerText();
    for (const event of ['Übergeben', 'Link geöffnet', 'Code gesendet', 'Änderungen gespeichert'])
      expect(events).toContain(event);
    expect(events).toContain('An die Personalabteilung zurückgegeben');
    await expectNoAxeViolations(hr);
    await saveScreenshot(hr, 'handover-hr-finished');

    // Change tracking recorded the supervisor's grades under their name.
    const changes = await api.get<{ items: { actor: { type: string; name: string }; path: string }[] }>(
      `/api/v1/certificates/${certificateId}/changes`,
    );
    const byRecipient = changes.items.filter((change) => change.actor.type === 'handover');
    expect(byRecipient.map((change) => change.actor.name)).toContain(supervisorName);
    expect(byRecipient.map((change) => change.path)).toContain('/content/ratings/willingness');
  });

  /** A new handover through the API; returns its link (read from the outbox, as the recipient gets it). */
  async function handOverByApi(name: string, email: string): Promise<{ id: string; link: string }> {
    const created = await api.post<{ handover: { id: string }; link: string }>(
      `/api/v1/certificates/${certificateId}/handovers`,
      {
        recipient: { name, email },
        grants: handoverPresets.employeeChecksData,
        download: false,
        secondFactor: 'email',
      },
    );
    return { id: created.handover.id, link: created.link };
  }

  it('five wrong codes lock the link', async () => {
    const { link: lockLink } = await handOverByApi('Eva Roth', 'eva.roth@example.com');
    const page = await stack.newPage();
    await page.goto(lockLink);
    await page.getByRole('button', { name: 'Code senden' }).click();
    await page.getByText('Der Code ist unterwegs. Er gilt 5 Minuten.').waitFor();
    const real = await readOutbox(stack.apiUrl, 'eva.roth@example.com', codePattern);
    const wrong = real === '000000' ? '111111' : '000000';
    const input = page.getByLabel('Code (6 Ziffern)');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await input.fill(wrong);
      await page.getByRole('button', { name: 'Bestätigen' }).click();
      const left = 5 - attempt;
      await page
        .getByText(`Noch ${left} ${left === 1 ? 'Versuch' : 'Versuche'},`, { exact: false })
        .waitFor();
    }
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'handover-recipient-wrong-code');
    await input.fill(wrong);
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await page.getByTestId('handover-locked').waitFor();
    await expectNoAxeViolations(page);
    // Even the right code no longer helps: the link itself is dead.
    await page.goto('about:blank');
    await page.goto(lockLink);
    await page.getByTestId('handover-invalid').waitFor();
    const list = await api.get<{ items: { recipient: { email: string }; status: string }[] }>(
      `/api/v1/certificates/${certificateId}/handovers`,
    );
    expect(list.items.find((item) => item.recipient.email === 'eva.roth@example.com')?.status).toBe('locked');
  });

  it('a revoked link shows the invalid-link message', async () => {
    const { link: revokedLink } = await handOverByApi('Jan Kurz', 'jan.kurz@example.com');
    await hr.reload();
    const panel = hr.getByRole('region', { name: 'Übergabe' });
    await panel.getByRole('button', { name: 'Übergabe an Jan Kurz widerrufen' }).click();
    await hr.getByRole('dialog').getByRole('button', { name: 'Ja, widerrufen' }).click();
    await hr.getByText('Die Übergabe an Jan Kurz wurde widerrufen.').waitFor();
    await expect.poll(textOf(panel.getByTestId('handover-status').first())).toBe('widerrufen');
    await expectNoAxeViolations(hr);

    const page = await stack.newPage();
    await page.goto(revokedLink);
    await page.getByTestId('handover-invalid').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'handover-recipient-invalid');
  });

  it('works at tablet width', async () => {
    const tablet = await stack.newPage({ width: 768, height: 1024 });
    await signInThroughForm(tablet, stack.url, stack.administrator);
    await tablet.goto(`${stack.url}/zeugnisse/${certificateId}`);
    await tablet
      .getByRole('region', { name: 'Übergabe' })
      .getByRole('button', { name: 'Übergeben …' })
      .click();
    await tablet.getByRole('dialog').getByRole('radiogroup', { name: 'Bewertung', exact: true }).waitFor();
    await expectNoAxeViolations(tablet);
    await saveScreenshot(tablet, 'handover-dialog-tablet');
  });

  it('logged no browser errors', () => {
    expect(stack.browserErrors).toEqual([]);
  });
});
