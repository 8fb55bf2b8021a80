// Change tracking (L4) against the real server: the privacy page (axe, a refused save at its field, a
// saved change that survives a reload), then a certificate edited in the editor — job title, a rating,
// an own sentence — whose history shows the three diffs with the user and the old and new values; with
// tracking turned off again, a further edit adds no entry and the history says why.
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

describe.skipIf(missingPrerequisite !== null)('change tracking (e2e)', () => {
  let stack: E2eStack;
  let page: Page;
  let api: ApiSession;
  let certificateId: string;

  beforeAll(async () => {
    stack = await startStack();
    api = await signInToApi(stack.url, stack.administrator);
    const companies = await api.get<{ items: { id: string }[] }>('/api/v1/companies');
    const employee = await api.post<{ id: string }>('/api/v1/employees', {
      gender: 'male',
      firstName: 'Jonas',
      lastName: 'Berger',
      entryDate: '2018-03-01',
      exitDate: isoDateFromToday(30),
      jobTitle: 'Disponent',
      companyId: companies.items[0]?.id ?? null,
    });
    const certificate = await api.post<{ id: string }>('/api/v1/certificates', {
      employeeId: employee.id,
      kind: 'final',
      exitReason: 'employee_resignation',
      signers: [{ name: 'Petra Hahn', function: 'Leiterin Personal' }],
    });
    certificateId = certificate.id;
    page = await stack.newPage({ width: 1280, height: 800 });
    await signInThroughForm(page, stack.url, stack.administrator);
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  const trackingSwitch = () => page.getByRole('switch', { name: 'Änderungen an Zeugnissen protokollieren' });
  const saveButton = () => page.getByRole('button', { name: 'Speichern' });
  const history = () => page.getByRole('region', { name: 'Verlauf' });
  const entries = () => history().locator('[data-path]');
  const waitUntilSaved = () =>
    expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('saved');
  const step = (name: RegExp) => page.getByRole('tab', { name }).click();

  it('shows the privacy settings, refuses no channel at the field, saves and keeps the change', async () => {
    await page.goto(`${stack.url}/verwaltung/datenschutz`);
    await page.getByRole('heading', { level: 1, name: 'Datenschutz' }).waitFor();
    await expect.poll(() => trackingSwitch().isChecked()).toBe(false);
    await expectNoAxeViolations(page);

    // No channel: refused in the browser, at the field, and nothing is sent.
    await page.getByRole('checkbox', { name: 'E-Mail' }).uncheck();
    await page.getByRole('checkbox', { name: 'SMS' }).uncheck();
    await saveButton().click();
    await page.getByText('Wählen Sie mindestens einen Weg für den Code.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox', { name: 'E-Mail' }).check();

    await trackingSwitch().check();
    await saveButton().click();
    await page.getByText('Die Datenschutz-Einstellungen sind gespeichert.').waitFor();
    await saveScreenshot(page, 'privacy-settings');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Datenschutz' }).waitFor();
    await expect.poll(() => trackingSwitch().isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('checkbox', { name: 'SMS' }).isChecked()).toBe(false);
    const saved = await api.get<{ changeTracking: boolean; handoverCode: { channels: string[] } }>(
      '/api/v1/organization/privacy',
    );
    expect(saved).toMatchObject({ changeTracking: true, handoverCode: { channels: ['email'] } });
  });

  it('records the job title, a rating and an own sentence, and shows them as diffs', async () => {
    await page.goto(`${stack.url}/zeugnisse/${certificateId}`);
    await page.getByRole('heading', { level: 1, name: 'Zeugnis für Jonas Berger' }).waitFor();
    await history().waitFor();
    await expect.poll(textOf(history())).toContain('Angelegt als Entwurf');

    await step(/Daten/);
    await page.locator('#field-employment-jobTitle').fill('Teamleiter Disposition');
    await waitUntilSaved();

    await step(/Bewertung/);
    await page.getByRole('button', { name: 'Alle Bereiche auf Note 1 – sehr gut setzen' }).click();
    await waitUntilSaved();
    await page.locator('#field-ratings-knowledge').locator('label', { hasText: 'Note 2 – gut' }).click();
    await waitUntilSaved();

    await step(/Ergebnis/);
    const ownSentence = 'Herr Berger hat seine Ziele in jedem Jahr deutlich übertroffen.';
    const result = page.locator('#sentence-performance-result');
    await result.getByRole('button', { name: 'Eigenen Text schreiben' }).click();
    await result.getByLabel('Ihr Satz').fill(ownSentence);
    await result.getByRole('button', { name: 'Übernehmen' }).click();
    await waitUntilSaved();

    const jobTitle = history().locator('[data-path="/content/employment/jobTitle"]').first();
    await expect.poll(textOf(jobTitle), { timeout: 10_000 }).toContain('Position');
    expect(await jobTitle.locator('del').textContent()).toBe('vorher: Disponent');
    expect(await jobTitle.locator('ins').textContent()).toBe('nachher: Teamleiter Disposition');

    const rating = history().locator('[data-path="/content/ratings/knowledge"]').first();
    await expect.poll(textOf(rating)).toContain('Bewertung: Fachwissen');
    await expect.poll(() => rating.locator('ins').textContent()).toBe('nachher: 2 – gut');
    expect(await rating.locator('del').textContent()).toBe('vorher: 1 – sehr gut');

    const sentence = history().locator('[data-path="/options/overrides/performance.result"]').first();
    await expect.poll(textOf(sentence)).toContain('Eigener Satz: Leistung – Arbeitserfolg');
    expect(await sentence.locator('ins').textContent()).toBe(`nachher: ${ownSentence}`);
    expect(await sentence.locator('del').count()).toBe(0);

    // Who made them: the administrator, by name.
    const session = await api.get<{ user: { firstName: string; lastName: string } }>('/api/v1/auth/session');
    await expect.poll(textOf(history())).toContain(`${session.user.firstName} ${session.user.lastName}`);
    await history().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'certificate-history');
    await expectNoAxeViolations(page);

    // A long text changed in a few words: the words are marked inside the text.
    await result.getByRole('button', { name: 'Eigenen Text ändern' }).click();
    await result.getByLabel('Ihr Satz').fill(ownSentence.replace('deutlich', 'weit'));
    await result.getByRole('button', { name: 'Übernehmen' }).click();
    await waitUntilSaved();
    const longDiff = history().locator('[data-path="/options/overrides/performance.result"]').first();
    await expect.poll(() => longDiff.locator('del').textContent()).toBe('entfernt: deutlich ');
    expect(await longDiff.locator('ins').textContent()).toBe('eingefügt: weit ');
  });

  it('records nothing once tracking is off, keeps the entries, and says why', async () => {
    await api.patch('/api/v1/organization/privacy', { changeTracking: false });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Zeugnis für Jonas Berger' }).waitFor();
    await history().getByTestId('history-off').waitFor();
    const before = await entries().count();
    expect(before).toBeGreaterThanOrEqual(4);

    await step(/Daten/);
    await page.locator('#field-employment-jobTitle').fill('Leiter Disposition');
    await waitUntilSaved();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Zeugnis für Jonas Berger' }).waitFor();
    await history().getByTestId('history-off').waitFor();
    await expect.poll(() => entries().count()).toBe(before);
    expect(await textOf(history())()).not.toContain('Leiter Disposition');
    await history()
      .getByRole('link', { name: /Änderungsprotokoll in den Datenschutz-Einstellungen/ })
      .waitFor();
    await saveScreenshot(page, 'certificate-history-off');
    await expectNoAxeViolations(page);
  });

  it('shows the history at tablet width without sideways scrolling', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.reload();
    await history().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await history().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'certificate-history-tablet');
    expect(stack.browserErrors).toEqual([]);
  });
});
