// Slow (a few seconds): opens the example DOCX in LibreOffice once, exports it to PDF and reads the
// PDF's text, to prove that a real word processor reads every sentence of the certificate.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExample, makePng, type Example } from './docx.test-utils.js';
import { renderDocx } from './render-docx.js';

function isInstalled(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Compare text as characters only: line breaks, justification spaces and hyphenation differ. */
const compact = (text: string) => text.replace(/[\s\u00ad-]+/g, '');

// On a developer machine without LibreOffice the suite is skipped visibly; CI installs it and must run it.
describe.skipIf(process.env.CI !== 'true' && (!isInstalled('soffice') || !isInstalled('pdftotext')))(
  'DOCX opened in LibreOffice (slow: one soffice conversion)',
  () => {
    let directory: string;
    let example: Example;
    let pages: string[];

    beforeAll(async () => {
      directory = mkdtempSync(join(tmpdir(), 'zeugnisdesk-docx-'));
      example = loadExample();
      const { document, layout, logo } = example;
      const assets = { 'rheinfracht-logo.svg': logo, 'rheinfracht-logo.png': makePng(360, 96) };
      writeFileSync(join(directory, 'zeugnis.docx'), await renderDocx({ document, layout, assets }));
      const profile = `file://${join(directory, 'profile')}`;
      execFileSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=${profile}`,
          '--convert-to',
          'pdf',
          '--outdir',
          directory,
          join(directory, 'zeugnis.docx'),
        ],
        { timeout: 60_000, stdio: 'ignore' },
      );
      // -raw: content order; the default reading order splits widely justified lines into columns
      execFileSync(
        'pdftotext',
        ['-raw', '-enc', 'UTF-8', join(directory, 'zeugnis.pdf'), join(directory, 'zeugnis.txt')],
        { timeout: 60_000 },
      );
      pages = readFileSync(join(directory, 'zeugnis.txt'), 'utf8')
        .split('\f')
        .filter((page) => page.trim());
    }, 90_000);

    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it('shows every sentence, list item, the date and the signer of the certificate', () => {
      const { document, layout } = example;
      // Running header and footer interrupt a paragraph that crosses a page break.
      const furniture = [`${document.title} – ${document.employee.name}`, ...layout.footer];
      const text = compact(pages.join('\n').replace(/Seite \d+ von \d+/g, ''));
      const body = furniture.reduce((rest, line) => rest.split(compact(line)).join(''), text);
      const expected = document.sections.flatMap((section) =>
        section.blocks.flatMap((block) => {
          if (block.type === 'paragraph') return block.runs.map((run) => run.text);
          if (block.type === 'list') return block.items.map((item) => item.text);
          if (block.type === 'signatures')
            return block.signers.flatMap((signer) => [signer.name, signer.function]);
          return [block.text];
        }),
      );
      expect(expected.length).toBeGreaterThan(10);
      for (const sentence of expected) expect(body, sentence).toContain(compact(sentence));
    });

    it('prints the letterhead on page 1 and the running header with page numbers from page 2', () => {
      expect(pages.length).toBeGreaterThanOrEqual(2);
      const [first = '', ...rest] = pages;
      for (const line of example.layout.letterhead.addressBlock) expect(first).toContain(line);
      expect(first).not.toMatch(/Seite \d+ von/);
      rest.forEach((page, index) => {
        expect(page).toContain('Arbeitszeugnis – Frau Anna Schmidt');
        expect(page).toContain(`Seite ${index + 2} von ${pages.length}`);
      });
    });

    it('prints the footer lines on every page and the list with en dashes', () => {
      for (const page of pages) for (const line of example.layout.footer) expect(page).toContain(line);
      expect(pages[0]).toMatch(/^– Planung und Steuerung/m);
    });
  },
);
