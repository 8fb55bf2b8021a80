// The analysis page against the real server: paste a certificate, upload the same text as a PDF (made
// here with pdfkit), an unreadable file and a PDF without text, axe on the result, and a screenshot.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attributeOf,
  countOf,
  isFocused,
  expectNoAxeViolations,
  missingPrerequisite,
  saveScreenshot,
  screenshotDirectory,
  signInThroughForm,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  type E2eStack,
} from './e2e.test-utils.js';

const certificate = readFileSync(
  new URL(
    '../../../test-corpus/analysis/certificates/01-maschinenbau-vertriebsinnendienst.txt',
    import.meta.url,
  ),
  'utf8',
);

/** A PDF of `text` (Helvetica, A4), or of a drawing only (a scan without a text layer) when null. */
function pdfOf(text: string | null): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 60 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    if (text === null) doc.rect(60, 60, 400, 600).fill('#777777');
    else doc.font('Helvetica').fontSize(11).text(text, { align: 'left' });
    doc.end();
  });
}

interface Analysis {
  overall: { grade: number; min: number; max: number } | null;
  categories: Record<string, unknown>;
  sentences: { grade: number | null }[];
}

const gradeWords = ['sehr gut', 'gut', 'befriedigend', 'ausreichend', 'mangelhaft'];

describe.skipIf(missingPrerequisite !== null)('the analysis page (e2e)', () => {
  let stack: E2eStack;
  let page: Page;
  let expected: Analysis;
  beforeAll(async () => {
    stack = await startStack();
    const api = await signInToApi(stack.url, stack.administrator);
    expected = await api.post<Analysis>('/api/v1/analysis', { text: certificate });
    page = await stack.newPage();
    await signInThroughForm(page, stack.url, stack.administrator);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Analyse' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Zeugnis analysieren' }).waitFor();
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  const overall = () => page.getByTestId('analysis-overall');
  const submit = () => page.getByRole('button', { name: 'Analysieren' });
  const alert = () => page.getByRole('alert').filter({ hasText: 'Die Analyse war nicht möglich' });

  it('explains what the analysis does, that it is no legal advice and that nothing is stored', async () => {
    const about = await page.getByTestId('analysis-about').innerText();
    expect(about).toContain('So funktioniert die Analyse');
    expect(about).toContain('Signalwörter gelesen, nicht der Sinn');
    expect(about).toContain('ein Hinweis, keine Rechtsberatung');
    expect(about).toContain('Nichts wird gespeichert');
    // An empty field is refused before anything is sent.
    await submit().click();
    await expect.poll(textOf(alert())).toContain('Bitte fügen Sie zuerst den Text des Zeugnisses ein.');
  });

  it('analyses pasted text: the overall grade, the sections with grades, the text marked by grade', async () => {
    expect(expected.overall).not.toBeNull();
    const grade = expected.overall!.grade;
    const field = page.getByLabel('Text des Zeugnisses');
    await field.fill(certificate);
    await expect
      .poll(textOf(page.getByText(/ von 100\.000 Zeichen$/)))
      .toBe(`${certificate.length.toLocaleString('de-DE')} von 100.000 Zeichen`);
    await saveScreenshot(page, 'analysis-input');
    await submit().click();

    const heading = page.getByRole('heading', { level: 2, name: 'Ergebnis' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const shown = await overall().innerText();
    expect(shown).toContain(gradeWords[grade - 1]);
    expect(shown).toContain(`Note ${grade}`);

    const rows = page.getByTestId('analysis-sections').locator('tbody tr');
    const count = await rows.count();
    expect(count).toBe(Object.keys(expected.categories).length);
    expect(count).toBeGreaterThanOrEqual(4);
    for (const row of await rows.all()) {
      // Each section: its German name, a grade (number or range) and the words for it.
      expect(await row.locator('th').innerText()).toMatch(/^[A-ZÄÖÜ][a-zäöüß]+/);
      expect(await row.locator('td').first().innerText()).toMatch(
        /^([1-5](–[1-5])?)\s*Note \1: (sehr gut|gut|befriedigend|ausreichend|mangelhaft)/,
      );
    }
    expect(await page.getByTestId('analysis-sections').innerText()).toContain('Arbeitsbereitschaft');

    expect(await page.getByTestId('analysis-closing').innerText()).toContain(
      'Bedauern über das Ausscheiden: enthalten',
    );
    expect(await page.getByTestId('analysis-exit-reason').innerText()).toContain('Eigenkündigung');

    // Every sentence with a grade is marked, and carries its number, not only a colour.
    const graded = expected.sentences.filter((sentence) => sentence.grade !== null);
    await expect.poll(countOf(page.getByTestId('analysis-sentence'))).toBe(graded.length);
    const first = page.getByTestId('analysis-sentence').first();
    const badge = await first.evaluate((element) => element.nextElementSibling?.textContent ?? '');
    expect(badge).toMatch(new RegExp(`^${graded[0]!.grade}Note ${graded[0]!.grade}: `));

    await expectNoAxeViolations(page);
    await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'analysis-result');
    await page
      .getByRole('region', { name: 'Der Text, Satz für Satz' })
      .screenshot({ path: `${screenshotDirectory}/analysis-text.png` });
  });

  it('shows findings with their severity in words, and the closing that lacks regret', async () => {
    const cold = readFileSync(
      new URL(
        '../../../test-corpus/analysis/certificates/07-werbeagentur-art-director-kalter-schluss.txt',
        import.meta.url,
      ),
      'utf8',
    );
    const api = await signInToApi(stack.url, stack.administrator);
    const analysis = await api.post<Analysis & { flags: { severity: string; message: string }[] }>(
      '/api/v1/analysis',
      { text: cold },
    );
    expect(analysis.flags.length).toBeGreaterThan(0);
    await page.getByLabel('Text des Zeugnisses').fill(cold);
    await submit().click();
    const flags = page.getByTestId('analysis-flags');
    await flags.waitFor();
    const items = await flags.locator('li').allInnerTexts();
    expect(items).toHaveLength(analysis.flags.length);
    const words = { error: 'Schwerwiegend', warning: 'Warnung', info: 'Hinweis' } as Record<string, string>;
    analysis.flags.forEach((flag, index) => {
      expect(items[index]).toContain(words[flag.severity]);
      expect(items[index]).toContain(flag.message);
    });
    await expectNoAxeViolations(page);
  });

  it('reads a PDF of the same text, chosen with the keyboard, and finds the same overall grade', async () => {
    // Listen before anything else: Playwright turns the interception of file dialogs on asynchronously.
    const chooserOpened = page.waitForEvent('filechooser');
    const tab = page.getByRole('tab', { name: 'PDF hochladen' });
    await tab.click();
    await expect.poll(attributeOf(tab, 'aria-selected')).toBe('true');
    const fileButton = page.getByRole('button', { name: 'PDF-Datei' });
    await fileButton.focus();
    await expect.poll(isFocused(fileButton)).toBe(true);
    await page.keyboard.press('Enter');
    const chooser = await chooserOpened;
    await chooser.setFiles({
      name: 'zeugnis.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfOf(certificate),
    });
    await expect
      .poll(textOf(page.getByTestId('analysis-file-chosen')))
      .toMatch(/^Ausgewählt: zeugnis\.pdf \(\d+ KB\)$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'analysis-pdf-input');
    await submit().click();
    await page.getByText('Gelesen aus: zeugnis.pdf').waitFor();
    const grade = expected.overall!.grade;
    const shown = await overall().innerText();
    expect(shown).toContain(`Note ${grade}`);
    expect(shown).toContain(gradeWords[grade - 1]);
    expect(await page.getByTestId('analysis-full-text').innerText()).toContain('Frau Albrecht');
    await expectNoAxeViolations(page);
  });

  it('says plainly when a file cannot be read (broken, or a scan without text)', async () => {
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'kaputt.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('kein PDF'),
    });
    await submit().click();
    await expect.poll(textOf(alert())).toContain('Aus dieser Datei ließ sich kein Text lesen.');
    expect(await alert().innerText()).toContain('fügen Sie den Text des Zeugnisses stattdessen ein');
    await expect.poll(countOf(page.getByRole('heading', { name: 'Ergebnis' }))).toBe(0);

    await input.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: await pdfOf(null) });
    await expect.poll(countOf(alert())).toBe(0);
    await submit().click();
    await expect.poll(textOf(alert())).toContain('Aus dieser Datei ließ sich kein Text lesen.');
    await expectNoAxeViolations(page);

    // A file that is no PDF at all is refused before it is sent.
    await input.setInputFiles({
      name: 'zeugnis.docx',
      mimeType: 'application/msword',
      buffer: Buffer.from('x'),
    });
    await submit().click();
    await expect.poll(textOf(alert())).toContain('Diese Datei ist kein PDF.');
  });

  it('left no errors in the browser console (CSP violations, React, uncaught exceptions)', () => {
    expect(stack.browserErrors).toEqual([]);
  });
});
