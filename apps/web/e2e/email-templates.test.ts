// The e-mail templates and the delivery page against the real server: edit the German invitation with a
// live preview, see a broken template refused at its field with the line, save, invite a user and read
// the new text in the development outbox, restore the default; axe on both pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
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

describe.skipIf(missingPrerequisite !== null)('e-mail templates and delivery (e2e)', () => {
  let stack: E2eStack;
  let admin: ApiSession;

  beforeAll(async () => {
    stack = await startStack();
    admin = await signInToApi(stack.url, stack.administrator);
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  it('edits the German invitation with a live preview, refuses a broken template, and mails the new text', async () => {
    const page = await stack.newPage();
    await signInThroughForm(page, stack.url, stack.administrator);
    await page.goto(`${stack.url}/verwaltung/e-mail-vorlagen`);
    await page.getByRole('heading', { level: 1, name: 'E-Mail-Vorlagen' }).waitFor();
    await page.getByRole('button', { name: 'Einladung (Deutsch) bearbeiten' }).click();
    const subject = page.getByLabel('Betreff', { exact: true });
    await expect.poll(() => subject.inputValue()).toContain('Einladung zu Zeugnisdesk');
    const previewSubject = page.getByTestId('preview-subject');
    await expect.poll(textOf(previewSubject)).toBe('Einladung zu Zeugnisdesk – Musterfirma GmbH');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'email-templates-editor');

    // The preview follows the typing.
    await subject.fill('Willkommen im Team von ');
    await page.getByRole('button', { name: 'Platzhalter organization.name einfügen' }).click();
    await expect.poll(() => subject.inputValue()).toBe('Willkommen im Team von {{ organization.name }}');
    await expect.poll(textOf(previewSubject)).toBe('Willkommen im Team von Musterfirma GmbH');

    // A template that reads a file is refused, at the field, with its line.
    const text = page.getByLabel('Text (ohne Formatierung)');
    await text.fill("Guten Tag {{ user.name }},\n{% include '/etc/passwd' %}\n{{ link }}");
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const problem = page.getByText('Der Befehl „include“ ist nicht erlaubt (Zeile 2)');
    await problem.first().waitFor();
    await expect.poll(() => text.getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'email-templates-invalid');

    await text.fill(
      'Guten Tag {{ user.name }},\nHerzlich willkommen! Ihr Link: {{ link }}\nGültig bis {{ expiresAt }}.',
    );
    await expect
      .poll(textOf(page.getByTestId('preview-text')))
      .toContain('Herzlich willkommen! Ihr Link: https://');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Die Vorlage wurde gespeichert.').waitFor();
    await page.getByText('angepasst').first().waitFor();

    // An invitation now carries the new text.
    const { items: roles } = await admin.get<{ items: { id: string; isAdministrator: boolean }[] }>(
      '/api/v1/roles',
    );
    await admin.post('/api/v1/users', {
      email: 'vorlage.test@musterfirma.example',
      firstName: 'Vera',
      lastName: 'Vorlage',
      roleId: roles.find((role) => role.isAdministrator)!.id,
      scope: { all: true },
    });
    const outbox = await (await fetch(`${stack.url}/dev/outbox`)).text();
    const row = outbox
      .split('<tr>')
      .find((candidate) => candidate.includes('vorlage.test@musterfirma.example'));
    expect(row).toContain('Willkommen im Team von Musterfirma GmbH');
    expect(row).toContain('Herzlich willkommen! Ihr Link: ');
    expect(row).toMatch(/\/einladung#token=[A-Za-z0-9_-]{43}/);

    // Back to the default, after a confirmation.
    await page.getByRole('button', { name: 'Standard wiederherstellen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Standard wiederherstellen?' });
    await dialog.getByRole('button', { name: 'Standard wiederherstellen' }).click();
    await page.getByText('Der Standardtext gilt wieder.').waitFor();
    await expect.poll(() => subject.inputValue()).toBe('Einladung zu Zeugnisdesk – {{ organization.name }}');
    await expect.poll(() => page.getByText('angepasst', { exact: true }).count()).toBe(0);
  });

  it('sets the sender name and shows the delivery page with its empty state', async () => {
    const page = await stack.newPage({ width: 768, height: 1024 });
    await signInThroughForm(page, stack.url, stack.administrator);
    await page.goto(`${stack.url}/verwaltung/e-mail-vorlagen`);
    const sender = page.getByLabel('Name im Feld „Von“');
    await sender.fill('Personal <Musterfirma>');
    await page.getByRole('button', { name: 'Absendername speichern' }).click();
    await page.getByText('Bitte ohne Zeilenumbruch').waitFor();
    await sender.fill('Personal Musterfirma');
    await page.getByRole('button', { name: 'Absendername speichern' }).click();
    await page.getByText('Der Absendername wurde gespeichert.').waitFor();
    expect(await admin.get('/api/v1/organization/email')).toEqual({
      senderName: 'Personal Musterfirma',
      defaultSenderName: 'Zeugnisdesk',
    });
    await saveScreenshot(page, 'email-templates-tablet');

    await page.goto(`${stack.url}/verwaltung/zustellung`);
    await page.getByRole('heading', { level: 1, name: 'Zustellung' }).waitFor();
    await page.getByText('Alle Nachrichten wurden zugestellt.').waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'delivery-failures-empty');
    // Playwright and axe inject their scripts into every frame; the preview's sandbox refuses them (as
    // it refuses any script in a template), and Chromium logs that. Nothing else may appear.
    const sandboxRefusal =
      /^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;
    expect(stack.browserErrors.filter((error) => !sandboxRefusal.test(error))).toEqual([]);
  });
});
