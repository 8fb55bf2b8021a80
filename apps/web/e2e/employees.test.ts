// The employee pages against the real server and the demo data: the list (search, filters, pages,
// empty state), the person’s page with their certificates, creating and editing through the form
// (errors at their fields, only changes sent, the question before unsaved changes are lost), deleting
// (and the explanation when certificates or reports block it), and what read-only users see.
import type { Locator, Page } from 'playwright-core';
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
  screenshotDirectory,
  signInThroughForm,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  valueOf,
  type ApiSession,
  type E2eStack,
} from './e2e.test-utils.js';

/** The names in the first column of the table, as shown. */
const namesOf = (page: Page) => () => page.getByTestId('employees-table').locator('tbody th').allInnerTexts();

/** The texts an input is described by (its hint and, when invalid, its error message). */
const descriptionOf = (field: Locator) => () =>
  field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' | '),
  );

/** The value shown next to a label on the person’s page (<dt>label</dt><dd>value</dd>). */
const factOf = (page: Page, label: string) => () =>
  page.locator(`dt:text-is("${label}") + dd`).first().innerText();

/** The whole page, top to bottom (saveScreenshot keeps to the viewport). */
const saveFullPage = (page: Page, name: string) =>
  page.screenshot({ path: `${screenshotDirectory}/${name}.png`, fullPage: true });

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

interface EmployeeRecord {
  id: string;
  gender: string;
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  jobProfile: string | null;
  companyId: string | null;
  departmentId: string | null;
  supervisorId: string | null;
  exitDate: string | null;
  city: string | null;
}

describe.skipIf(missingPrerequisite !== null)('the employees list (e2e)', () => {
  let stack: E2eStack;
  let page: Page;
  let total: number;
  let admin: ApiSession;
  beforeAll(async () => {
    // Answers the tests provoke: a deleted employee (404), a refused delete (409).
    stack = await startStack({ expectedStatuses: [400, 401, 404, 409, 429] });
    admin = await signInToApi(stack.url, stack.administrator);
    total = (await admin.get<{ items: unknown[] }>('/api/v1/employees?limit=100')).items.length;
    page = await stack.newPage();
    await signInThroughForm(page, stack.url, stack.administrator);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Mitarbeiter' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mitarbeiter' }).waitFor();
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  it('lists the demo employees alphabetically and passes axe', async () => {
    await expect.poll(async () => (await namesOf(page)()).length).toBe(total);
    const names = await namesOf(page)();
    expect(names[0]).toMatch(/^Becker, /);
    expect(names).toEqual(names.toSorted((a, b) => a.localeCompare(b, 'de')));
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'employees-1280x800');
  });

  it('searches while typing and keeps the search in the address', async () => {
    await page.getByRole('searchbox', { name: 'Suche' }).fill('Müller');
    await expect.poll(namesOf(page)).toEqual(['Müller, Jan']);
    await expect.poll(pathOf(page)).toBe('/mitarbeiter?suche=M%C3%BCller');
    await page.reload();
    await expect.poll(namesOf(page)).toEqual(['Müller, Jan']);
    expect(await page.getByRole('searchbox', { name: 'Suche' }).inputValue()).toBe('Müller');
  });

  it('explains an empty result and resets the filters', async () => {
    await page.getByRole('searchbox', { name: 'Suche' }).fill('Niemandsname');
    await page.getByTestId('employees-empty').waitFor();
    expect(await page.getByTestId('employees-empty').innerText()).toContain('Zu Ihrer Suche passt niemand.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect.poll(async () => (await namesOf(page)()).length).toBe(total);
    expect(await page.getByRole('searchbox', { name: 'Suche' }).inputValue()).toBe('');
  });

  it('pages forward and back by the chosen page size', async () => {
    await page.getByLabel('Einträge pro Seite').selectOption('10');
    await expect.poll(async () => (await namesOf(page)()).length).toBe(10);
    const first = await namesOf(page)();
    expect(await page.getByTestId('employees-page').innerText()).toBe('Seite 1');
    const previous = page.getByRole('button', { name: 'Vorherige Seite' });
    expect(await previous.isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Nächste Seite' }).click();
    await expect.poll(textOf(page.getByTestId('employees-page'))).toBe('Seite 2');
    await expect.poll(async () => (await namesOf(page)())[0]).not.toBe(first[0]);
    const second = await namesOf(page)();
    expect(second).toHaveLength(Math.min(10, total - 10));
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    expect(first.at(-1)!.localeCompare(second[0]!, 'de')).toBeLessThan(0);

    await previous.click();
    await expect.poll(textOf(page.getByTestId('employees-page'))).toBe('Seite 1');
    await expect.poll(namesOf(page)).toEqual(first);
  });

  it('filters former employees', async () => {
    await page.getByLabel('Status').selectOption({ label: 'Ausgeschieden' });
    await expect.poll(pathOf(page)).toContain('status=former');
    const states = () =>
      page.getByTestId('employees-table').locator('tbody tr td:last-child').allInnerTexts();
    await expect.poll(async () => new Set(await states())).toEqual(new Set(['Ausgeschieden']));
    expect(await countOf(page.getByTestId('employees-table').locator('tbody tr'))()).toBeGreaterThan(0);
  });

  it('leads from a name in the list to the person’s page, with their certificates', async () => {
    await page.goto(`${stack.url}/mitarbeiter?suche=M%C3%BCller`);
    await page.getByRole('link', { name: 'Müller, Jan' }).click();
    await heading(page, 'Jan Müller').waitFor();
    expect(await factOf(page, 'Anrede')()).toBe('Herr');
    expect(await factOf(page, 'Status')()).toBe('Beschäftigt');
    expect(await factOf(page, 'Eintritt')()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(await factOf(page, 'Firma')()).toMatch(/^Musterfirma/);
    expect(await factOf(page, 'Abteilung')()).not.toBe('keine Angabe');
    // The demo gives him an approved interim certificate.
    const certificates = page.getByTestId('employee-certificates');
    await expect.poll(textOf(certificates)).toContain('Zwischenzeugnis');
    expect(await certificates.innerText()).toContain('Freigegeben');
    const link = certificates.getByRole('link', { name: 'Zwischenzeugnis' });
    expect(await link.getAttribute('href')).toMatch(/^\/zeugnisse\/[\w-]+$/);
    for (const name of ['Zeugnis erstellen', 'Bearbeiten', 'Löschen']) {
      expect(await page.getByRole(name === 'Löschen' ? 'button' : 'link', { name }).count(), name).toBe(1);
    }
    expect(await page.getByRole('link', { name: 'Zeugnis erstellen' }).getAttribute('href')).toMatch(
      /^\/zeugnisse\/neu\?mitarbeiter=[\w-]+$/,
    );
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'employee-detail-1280x800');
    await saveFullPage(page, 'employee-detail-full');
  });

  it('creates an employee through the form, with the problems shown at their fields', async () => {
    await page.goto(`${stack.url}/mitarbeiter`);
    await page.getByRole('link', { name: 'Mitarbeiter anlegen' }).click();
    await heading(page, 'Mitarbeiter anlegen').waitFor();
    const save = page.getByRole('button', { name: 'Mitarbeiter anlegen' });

    // Nothing filled in: every required field says so, and the first problem takes the focus.
    await save.click();
    await expect
      .poll(textOf(page.getByRole('alert').first()))
      .toContain('Bitte prüfen Sie die markierten Felder.');
    await expect.poll(descriptionOf(page.getByLabel('Vorname'))).toContain('Bitte ausfüllen.');
    expect(await descriptionOf(page.getByLabel('Nachname'))()).toContain('Bitte ausfüllen.');
    expect(await descriptionOf(page.getByLabel('Eintrittsdatum'))()).toContain('Bitte ausfüllen.');
    expect(await descriptionOf(page.getByRole('radiogroup'))()).toContain('Bitte wählen Sie eine Anrede.');
    await expect.poll(isFocused(page.getByRole('radio', { name: 'Herr' }))).toBe(true);

    await page.getByRole('radio', { name: 'Frau' }).check();
    await page.getByLabel('Vorname').fill('Greta');
    await page.getByLabel('Nachname').fill('Testfrau');
    await page.getByLabel('Eintrittsdatum').fill('2024-03-01');
    await page.getByLabel('Austrittsdatum').fill('2024-02-01');
    await page.getByLabel('E-Mail-Adresse').fill('greta@beispiel');
    await save.click();
    const exitDate = page.getByLabel('Austrittsdatum');
    await expect.poll(attributeOf(exitDate, 'aria-invalid')).toBe('true');
    expect(await descriptionOf(exitDate)()).toContain('Der Austritt kann nicht vor dem Eintritt liegen.');
    expect(await descriptionOf(page.getByLabel('E-Mail-Adresse'))()).toContain(
      'Bitte geben Sie eine gültige E-Mail-Adresse ein',
    );
    expect(await attributeOf(page.getByLabel('Vorname'), 'aria-invalid')()).not.toBe('true');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'employee-form-errors-1280x800');
    await saveFullPage(page, 'employee-form-errors-full');

    await exitDate.fill('');
    await page.getByLabel('E-Mail-Adresse').fill('greta.testfrau@beispiel.de');
    await page.getByLabel('Firma').selectOption({ label: 'Musterfirma GmbH' });
    await page.getByLabel('Abteilung').selectOption({ label: 'Personal' });
    // The job profile: searched, titled for „Frau“, and a first suggestion for the position.
    // … with the keyboard alone: type, arrow down to the first match, Enter.
    const jobProfile = page.getByRole('combobox', { name: 'Berufsbild' });
    await jobProfile.fill('Personalref');
    await page.getByRole('option', { name: 'Personalreferentin' }).waitFor();
    await jobProfile.press('ArrowDown');
    await jobProfile.press('Enter');
    await expect.poll(valueOf(jobProfile)).toBe('Personalreferentin');
    await expect.poll(valueOf(page.getByLabel('Position'))).toBe('Personalreferentin');
    // The supervisor: searched on the server while typing.
    await page.getByRole('combobox', { name: 'Vorgesetzte Person' }).fill('Brandt');
    await page.getByRole('option', { name: 'Brandt, Dr. Claudia' }).click();
    await save.click();

    await heading(page, 'Greta Testfrau').waitFor();
    await page.getByText('Greta Testfrau ist angelegt.').waitFor();
    expect(await pathOf(page)()).toMatch(/^\/mitarbeiter\/[\w-]+$/);
    expect(await factOf(page, 'Anrede')()).toBe('Frau');
    expect(await factOf(page, 'Position')()).toBe('Personalreferentin');
    expect(await factOf(page, 'Eintritt')()).toBe('01.03.2024');
    expect(await factOf(page, 'Austritt')()).toBe('keine Angabe');
    expect(await factOf(page, 'Firma')()).toBe('Musterfirma GmbH');
    expect(await factOf(page, 'Abteilung')()).toBe('Personal');
    await expect.poll(factOf(page, 'Vorgesetzte Person')).toBe('Brandt, Dr. Claudia');
    await page.getByTestId('employee-certificates-empty').waitFor();
    expect(await page.getByTestId('employee-certificates-empty').innerText()).toContain(
      'Noch kein Zeugnis für diese Person.',
    );

    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    const stored = await admin.get<EmployeeRecord>(`/api/v1/employees/${id}`);
    expect(stored).toMatchObject({
      gender: 'female',
      firstName: 'Greta',
      lastName: 'Testfrau',
      jobProfile: 'personalreferent',
      jobTitle: 'Personalreferentin',
      exitDate: null,
    });
    expect(stored.supervisorId).not.toBeNull();
    expect(stored.departmentId).not.toBeNull();
  });

  it('edits a field, sends only that change and shows it on the person’s page', async () => {
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await heading(page, 'Greta Testfrau bearbeiten').waitFor();
    await expect.poll(valueOf(page.getByLabel('Position'))).toBe('Personalreferentin');
    expect(await page.getByRole('radio', { name: 'Frau' }).isChecked()).toBe(true);
    await expect
      .poll(valueOf(page.getByRole('combobox', { name: 'Vorgesetzte Person' })))
      .toBe('Brandt, Dr. Claudia');

    await page.getByLabel('Position').fill('Leiterin Personal');
    const patch = page.waitForRequest((request) => request.method() === 'PATCH');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    expect((await patch).postDataJSON()).toEqual({ jobTitle: 'Leiterin Personal' });
    await heading(page, 'Greta Testfrau').waitFor();
    await page.getByText('Die Änderungen an Greta Testfrau sind gespeichert.').waitFor();
    await expect.poll(factOf(page, 'Position')).toBe('Leiterin Personal');
  });

  it('asks before unsaved changes are lost, and keeps them when the user stays', async () => {
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await heading(page, 'Greta Testfrau bearbeiten').waitFor();
    const city = page.getByLabel('Ort', { exact: true });
    await city.fill('Bonn');

    // A link of the navigation: the question, „Auf der Seite bleiben“ keeps the page and the text.
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Mitarbeiter' })
      .click();
    const question = page.getByRole('dialog', { name: 'Änderungen nicht gespeichert' });
    await question.waitFor();
    // The dialog's close button (×) has the same name; the focus starts on the one next to „Verwerfen“.
    const stay = question.getByRole('button', { name: 'Auf der Seite bleiben' }).last();
    await expect.poll(isFocused(stay)).toBe(true);
    await expectNoAxeViolations(page);
    await stay.click();
    await question.waitFor({ state: 'detached' });
    expect(await pathOf(page)()).toMatch(/\/bearbeiten$/);
    expect(await city.inputValue()).toBe('Bonn');

    // „Abbrechen“ asks too; discarding goes back to the person, unchanged.
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await question.waitFor();
    await question.getByRole('button', { name: 'Verwerfen und verlassen' }).click();
    await heading(page, 'Greta Testfrau').waitFor();
    expect(await factOf(page, 'Anschrift')()).toBe('keine Angabe');

    // Without changes nothing is asked.
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await heading(page, 'Greta Testfrau bearbeiten').waitFor();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await heading(page, 'Greta Testfrau').waitFor();
  });

  it('shows the server’s refusal at its field: a supervisor who reports to the employee', async () => {
    // In the demo, Thomas Schneider reports to Dr. Claudia Brandt: he cannot become her supervisor.
    await page.goto(`${stack.url}/mitarbeiter?suche=Brandt`);
    await page.getByRole('link', { name: 'Brandt, Dr. Claudia' }).click();
    await heading(page, 'Dr. Claudia Brandt').waitFor();
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await heading(page, 'Dr. Claudia Brandt bearbeiten').waitFor();
    const supervisor = page.getByRole('combobox', { name: 'Vorgesetzte Person' });
    await supervisor.fill('Schneider');
    await page.getByRole('option', { name: 'Schneider, Thomas' }).click();
    const answer = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    expect((await answer).status()).toBe(400);
    await expect.poll(attributeOf(supervisor, 'aria-invalid')).toBe('true');
    expect(await descriptionOf(supervisor)()).toContain('Diese Person kann nicht vorgesetzt sein');
    await expect.poll(isFocused(supervisor)).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await page
      .getByRole('dialog', { name: 'Änderungen nicht gespeichert' })
      .getByRole('button', { name: 'Verwerfen und verlassen' })
      .click();
    await heading(page, 'Dr. Claudia Brandt').waitFor();
    await expect.poll(factOf(page, 'Vorgesetzte Person')).toBe('keine Angabe');
  });

  it('asks the browser’s question when a tab with unsaved changes is closed', async () => {
    const other = await stack.newPage();
    await signInThroughForm(other, stack.url, stack.administrator);
    await other.goto(`${stack.url}/mitarbeiter/neu`);
    await heading(other, 'Mitarbeiter anlegen').waitFor();
    await other.getByLabel('Vorname').fill('Halb');
    const dialog = new Promise<string>((resolve) => {
      other.once('dialog', (shown) => {
        resolve(shown.type());
        void shown.accept();
      });
    });
    await other.close({ runBeforeUnload: true });
    expect(await dialog).toBe('beforeunload');
  });

  it('deletes an employee without certificates after asking, naming them', async () => {
    const created = await admin.post<EmployeeRecord>('/api/v1/employees', {
      gender: 'male',
      firstName: 'Otto',
      lastName: 'Ohnezeugnis',
      entryDate: '2023-01-01',
    });
    await page.goto(`${stack.url}/mitarbeiter/${created.id}`);
    await heading(page, 'Otto Ohnezeugnis').waitFor();
    await page.getByTestId('employee-certificates-empty').waitFor();
    await page.getByRole('button', { name: 'Löschen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Otto Ohnezeugnis löschen?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Alle Angaben zu Otto Ohnezeugnis werden endgültig gelöscht.');
    await expect
      .poll(isFocused(page.getByTestId('employee-delete-dialog').getByRole('button', { name: 'Abbrechen' })))
      .toBe(true);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'employee-delete-1280x800');
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();

    await heading(page, 'Mitarbeiter').waitFor();
    await page.getByText('Otto Ohnezeugnis ist gelöscht.').waitFor();
    expect(await pathOf(page)()).toBe('/mitarbeiter');
    await expect(admin.get(`/api/v1/employees/${created.id}`)).rejects.toThrow(/answered 404/);

    // The old address now says plainly that there is nobody, with the way back.
    await page.goto(`${stack.url}/mitarbeiter/${created.id}`);
    await heading(page, 'Mitarbeiter nicht gefunden').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Zur Mitarbeiterliste' }).click();
    await heading(page, 'Mitarbeiter').waitFor();
  });

  it('explains in the dialog why an employee with a certificate cannot be deleted', async () => {
    const { items: companies } = await admin.get<{ items: Array<{ id: string; name: string }> }>(
      '/api/v1/companies',
    );
    const created = await admin.post<EmployeeRecord>('/api/v1/employees', {
      companyId: companies.find((company) => company.name === 'Musterfirma GmbH')!.id,
      gender: 'female',
      firstName: 'Zora',
      lastName: 'Mitzeugnis',
      entryDate: '2020-01-01',
      exitDate: '2026-01-31',
      jobTitle: 'Sachbearbeiterin',
      jobProfile: 'sachbearbeiter',
    });
    const { items: signers } = await admin.get<{ items: EmployeeRecord[] }>(
      '/api/v1/employees?search=Brandt',
    );
    await admin.post('/api/v1/certificates', {
      employeeId: created.id,
      kind: 'final',
      exitReason: 'employee_resignation',
      signers: [{ employeeId: signers[0]!.id }],
    });
    await page.goto(`${stack.url}/mitarbeiter/${created.id}`);
    await heading(page, 'Zora Mitzeugnis').waitFor();
    await expect.poll(textOf(page.getByTestId('employee-certificates'))).toContain('Endzeugnis');
    expect(await page.getByTestId('employee-certificates').innerText()).toContain('Entwurf');

    await page.getByRole('button', { name: 'Löschen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zora Mitzeugnis löschen?' });
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
    const explanation = dialog.getByRole('alert');
    await expect.poll(textOf(explanation)).toContain('Für diese Person gibt es noch Zeugnisse');
    expect(await explanation.innerText()).toContain('Löschen Sie zuerst die Zeugnisse');
    expect(await dialog.getByRole('button', { name: 'Endgültig löschen' }).count()).toBe(0);
    await expect.poll(isFocused(dialog.getByRole('button', { name: 'Schließen' }))).toBe(true);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'employee-delete-blocked-1280x800');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await admin.get<EmployeeRecord>(`/api/v1/employees/${created.id}`)).toMatchObject({
      lastName: 'Mitzeugnis',
    });
  });

  it('explains that a supervisor must be replaced before deleting them', async () => {
    await page.goto(`${stack.url}/mitarbeiter?suche=Brandt`);
    await page.getByRole('link', { name: 'Brandt, Dr. Claudia' }).click();
    await heading(page, 'Dr. Claudia Brandt').waitFor();
    await page.getByRole('button', { name: 'Löschen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dr. Claudia Brandt löschen?' });
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
    await expect
      .poll(textOf(dialog.getByRole('alert')))
      .toContain('bei anderen Mitarbeitern als vorgesetzte Person eingetragen');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
  });

  it('fits a tablet (768 px): the form and the person’s page without sideways scrolling', async () => {
    const tablet = await stack.newPage({ width: 768, height: 1024 });
    await signInThroughForm(tablet, stack.url, stack.administrator);
    const scrollsSideways = () =>
      tablet.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    await tablet.goto(`${stack.url}/mitarbeiter/neu`);
    await heading(tablet, 'Mitarbeiter anlegen').waitFor();
    expect(await scrollsSideways()).toBe(false);
    await saveFullPage(tablet, 'employee-form-768');
    await tablet.goto(`${stack.url}/mitarbeiter?suche=M%C3%BCller`);
    await tablet.getByRole('link', { name: 'Müller, Jan' }).click();
    await heading(tablet, 'Jan Müller').waitFor();
    await tablet.getByTestId('employee-certificates').waitFor();
    expect(await scrollsSideways()).toBe(false);
    await saveFullPage(tablet, 'employee-detail-768');
    await tablet.context().close();
  });

  it('shows a user who may only read employees no way to create, change or delete them', async () => {
    const role = await admin.post<{ id: string }>('/api/v1/roles', {
      name: 'Mitarbeiter lesen',
      permissions: { employees: 'read' },
    });
    const reader = await createActiveUser(
      stack.url,
      admin,
      { email: 'leser@musterfirma.example', firstName: 'Lena', lastName: 'Leser', roleId: role.id },
      'Nur-Lesen-ist-erlaubt-2026',
    );
    const readerPage = await stack.newPage();
    await signInThroughForm(readerPage, stack.url, reader);
    await readerPage.goto(`${stack.url}/mitarbeiter`);
    await heading(readerPage, 'Mitarbeiter').waitFor();
    await expect.poll(async () => (await namesOf(readerPage)()).length).toBeGreaterThan(0);
    expect(await readerPage.getByRole('link', { name: 'Mitarbeiter anlegen' }).count()).toBe(0);

    await readerPage.getByRole('link', { name: 'Müller, Jan' }).click();
    await heading(readerPage, 'Jan Müller').waitFor();
    await readerPage.getByText('Beschäftigung', { exact: true }).waitFor();
    for (const name of ['Bearbeiten', 'Löschen', 'Zeugnis erstellen']) {
      expect(await readerPage.getByRole('button', { name }).count(), name).toBe(0);
      expect(await readerPage.getByRole('link', { name }).count(), name).toBe(0);
    }
    await readerPage.goto(`${stack.url}/mitarbeiter/neu`);
    await heading(readerPage, 'Kein Zugriff').waitFor();
    await readerPage.context().close();
  });

  it('left no errors in the browser console (CSP violations, React, uncaught exceptions)', () => {
    expect(stack.browserErrors).toEqual([]);
  });
});
