// The employees list against the real server and the demo data: search, filters, pages, empty state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countOf,
  expectNoAxeViolations,
  missingPrerequisite,
  pathOf,
  saveScreenshot,
  signInThroughForm,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  type E2eStack,
} from './e2e.test-utils.js';

/** The names in the first column of the table, as shown. */
const namesOf = (page: Page) => () => page.getByTestId('employees-table').locator('tbody th').allInnerTexts();

describe.skipIf(missingPrerequisite !== null)('the employees list (e2e)', () => {
  let stack: E2eStack;
  let page: Page;
  let total: number;
  beforeAll(async () => {
    stack = await startStack();
    const admin = await signInToApi(stack.url, stack.administrator);
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

  it('left no errors in the browser console (CSP violations, React, uncaught exceptions)', () => {
    expect(stack.browserErrors).toEqual([]);
  });
});
