// End to end: every golden certificate typeset as PDF/A, read back with pdf.js, and analysed. The
// extracted text holds every sentence (soft hyphens at line ends joined again), and the analyser
// finds every rated grade in our own PDFs.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseCertificate, assessedPerformanceCategories, composeCertificate } from '@zeugnisdesk/engine';
import { certificateInputSchema, defaultCertificateLayout } from '@zeugnisdesk/shared';
import { createPdfRenderer } from '../rendering/pdf.services.js';
import { extractPdfText } from './pdf-text.services.js';

const fixtures = new URL('../../../../../packages/engine/test/fixtures/', import.meta.url);
const names = readdirSync(fixtures).filter((name) => name.endsWith('.input.json'));
const renderer = createPdfRenderer();
afterAll(() => renderer.close());

// Typst maps its hyphen glyph to U+00AD and marks real hyphens with ActualText, which pdf.js ignores:
// a real hyphen ("Lenk- und", "Code-Reviews") comes back as a space. Compare with hyphens as spaces.
const normalise = (text: string) =>
  text
    .replace(/\u00ad\s*/g, '')
    .replace(/(\p{L})-\n(?!(?:und|oder|sowie|bzw|bis)(?!\p{L}))(\p{Ll})/gu, '$1$2')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('PDF round trip', () => {
  it.each(names)('%s: typeset, read back and analysed', async (name) => {
    const input = certificateInputSchema.parse(JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')));
    const { document, text } = composeCertificate(input);
    const pdf = await renderer.renderPdf({ document, layout: defaultCertificateLayout, assets: {} });
    const extracted = await extractPdfText(pdf);
    const flat = normalise(extracted.replace(/\u00ad\n/g, ''));
    for (const line of text.split('\n').filter((entry) => entry.trim())) {
      expect(flat).toContain(normalise(line.replace(/^– /, '')));
    }
    const result = analyseCertificate(extracted);
    for (const category of assessedPerformanceCategories(input)) {
      if (input.form === 'qualified')
        expect(result.categories[category]?.grade, category).toBe(input.ratings[category]);
    }
    expect(result.overall?.grade ?? null).toBe(document.overallGrade);
    expect(result.kind).toBe(input.kind);
  });
});
