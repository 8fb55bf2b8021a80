// The typeset certificate, checked with the tools a recipient's archive would use: qpdf for the file
// structure, pdfinfo for PDF/A and metadata, pdffonts for embedding, pdftotext for the words.
import { defaultCertificateLayout, layoutFontFamilies, type CertificateLayout } from '@zeugnisdesk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLazyPdfRenderer, createPdfRenderer, type PdfRenderer } from './pdf.services.js';
import {
  composeDocument,
  createPdfProbe,
  documentTexts,
  exampleAssets,
  exampleDraft,
  exampleLayout,
  managerDraft,
  normalisePdfText,
} from './pdf.test-utils.js';

const probe = createPdfProbe();
let renderer: PdfRenderer;
beforeAll(() => {
  renderer = createPdfRenderer();
});
afterAll(() => {
  renderer.close();
  probe.remove();
});

const render = (document = composeDocument(exampleDraft()), layout: CertificateLayout = exampleLayout) =>
  renderer.renderPdf({ document, layout, assets: exampleAssets });

function runningLines(document: ReturnType<typeof composeDocument>, layout = exampleLayout): string[] {
  const { senderLine, addressBlock } = layout.letterhead;
  return [
    ...addressBlock,
    ...layout.footer,
    ...(senderLine ? [senderLine] : []),
    `${document.title} für ${document.employee.name}`,
  ];
}

describe('renderPdf: a PDF/A-2b certificate', () => {
  const manager = composeDocument(managerDraft());
  let managerPdf: Uint8Array;
  beforeAll(() => {
    managerPdf = render(manager);
  });

  it('is a well-formed file that declares PDF/A-2b in its XMP metadata', () => {
    expect(probe.check(managerPdf)).toContain('No syntax or stream encoding errors found');
    const xmp = probe.xmp(managerPdf);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('de-DE');
  });

  it('carries title, author, the issue date as creation date, A4 and two pages', () => {
    const info = probe.info(managerPdf);
    expect(info).toMatch(/^Title:\s+Arbeitszeugnis – Frau Anna Schmidt$/m);
    expect(info).toMatch(/^Author:\s+Rheinfracht Logistik GmbH$/m);
    expect(info).toMatch(/^CreationDate:\s+2026-06-30T00:00:00/m);
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(/^Page size:.*\(A4\)$/m);
  });

  it('gives back every sentence, list item, the date line and the signer', () => {
    const text = normalisePdfText(probe.text(managerPdf), runningLines(manager));
    const missing = documentTexts(manager).filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('shows "Seite 2 von 2" and the employee in a running header on page 2 only', () => {
    const first = probe.text(managerPdf, 1);
    const second = probe.text(managerPdf, 2);
    expect(second).toContain('Seite 2 von 2');
    expect(second).toContain('Arbeitszeugnis für Frau Anna Schmidt');
    expect(first).not.toContain('Seite');
    expect(first).not.toContain('Arbeitszeugnis für');
  });

  it('prints the letterhead and the footer lines', () => {
    const first = probe.text(managerPdf, 1);
    for (const line of [...exampleLayout.letterhead.addressBlock, ...exampleLayout.footer]) {
      expect(first).toContain(line);
    }
    expect(probe.text(managerPdf, 2)).toContain(exampleLayout.footer[0]);
  });

  it('gives the same bytes for the same input, in one renderer and across two', () => {
    expect(Buffer.from(render(manager)).equals(Buffer.from(managerPdf))).toBe(true);
    const other = createPdfRenderer();
    try {
      const again = other.renderPdf({ document: manager, layout: exampleLayout, assets: exampleAssets });
      expect(Buffer.from(again).equals(Buffer.from(managerPdf))).toBe(true);
    } finally {
      other.close();
    }
  });
});

describe('renderPdf: text and layout', () => {
  it('renders the example in one or two pages', () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(probe.info(render()))?.[1]);
    expect([1, 2]).toContain(pages);
  });

  it('prints names and activities with Typst syntax literally (data, never markup)', () => {
    const draft = exampleDraft();
    draft.employee.firstName = 'Max';
    draft.employee.lastName = '*Bold* #set [x] $y$ \\z <a> @b';
    draft.activities.push('Pflege von `code` // kein Kommentar, #let x = 1 und [Klammern] mit $math$ \\');
    draft.activities.push('Schulungen zum Thema „Ladungssicherung“ und "Gefahrgut" – mit Gedankenstrich');
    const document = composeDocument(draft);
    const pdf = render(document);
    const text = normalisePdfText(probe.text(pdf), runningLines(document));
    expect(text).toContain('Frau Max *Bold* #set [x] $y$ \\z <a> @b');
    expect(text).toContain('Pflege von `code` // kein Kommentar, #let x = 1 und [Klammern] mit $math$ \\');
    expect(text).toContain('„Ladungssicherung“ und "Gefahrgut" – mit Gedankenstrich');
    expect(probe.text(pdf, 2)).toContain('Arbeitszeugnis für Frau Max *Bold* #set [x] $y$ \\z <a> @b');
    expect(probe.info(pdf)).toContain(
      'Title:           Arbeitszeugnis – Frau Max *Bold* #set [x] $y$ \\z <a> @b',
    );
  });

  it.each(layoutFontFamilies)('embeds only subsets of %s', (family) => {
    const layout: CertificateLayout = {
      ...exampleLayout,
      font: { ...exampleLayout.font, family },
      letterhead: { ...exampleLayout.letterhead, logo: null },
    };
    const fonts = probe.fonts(render(undefined, layout));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true });
      expect(font.name).toMatch(new RegExp(`^[A-Z]{6}\\+${family.replace(/ /g, '')}`));
    }
  });

  it('renders the default layout without assets, with the employer name and address as letterhead', () => {
    const document = composeDocument(exampleDraft());
    const pdf = renderer.renderPdf({ document, layout: defaultCertificateLayout });
    expect(probe.check(pdf)).toContain('No syntax or stream encoding errors found');
    const raw = probe.text(pdf);
    for (const line of ['Rheinfracht Logistik GmbH', 'Hafenstraße 12', '50667 Köln'])
      expect(raw).toContain(line);
    const text = normalisePdfText(raw, [
      ...runningLines(document, defaultCertificateLayout),
      'Rheinfracht Logistik GmbH',
      'Hafenstraße 12',
      '50667 Köln',
    ]);
    expect(text.startsWith('Arbeitszeugnis Frau Anna Schmidt, geboren am')).toBe(true);
  });

  it('keeps place, date and signature on the page of the closing paragraph, whatever the length', () => {
    for (let extra = 0; extra < 10; extra++) {
      const draft = exampleDraft();
      for (let n = 0; n < extra; n++)
        draft.activities.push(`Zusätzliche Aufgabe Nummer ${n + 1} im Tagesgeschäft`);
      const document = composeDocument(draft);
      const pdf = render(document, defaultCertificateLayout);
      const pages = Number(/^Pages:\s+(\d+)$/m.exec(probe.info(pdf))?.[1]);
      const last = normalisePdfText(probe.text(pdf, pages), runningLines(document, defaultCertificateLayout));
      const closing = document.sections.find((section) => section.id === 'closing')?.blocks.at(-1);
      const closingEnd = closing?.type === 'paragraph' ? closing.runs.at(-1)?.text : undefined;
      expect(closingEnd && last.includes(closingEnd), `${extra} extra activities`).toBe(true);
      expect(last).toContain('Köln, 30.06.2026 Peter Meier Geschäftsführer');
    }
  });
});

describe('renderSvg: the preview in the browser', () => {
  it('gives all pages in one SVG with the letterhead text and the logo as an embedded image', () => {
    const document = composeDocument(managerDraft());
    const image = renderer.renderSvg({ document, layout: exampleLayout, assets: exampleAssets });
    expect(image.startsWith('<svg')).toBe(true);
    // Two A4 pages (595.28 × 841.89 pt) stacked top to bottom.
    const [width, height] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(image) ?? []).slice(1).map(Number);
    expect(width).toBeCloseTo(596, 0);
    expect(height).toBeCloseTo(2 * 842, 0);
    for (const line of [...exampleLayout.letterhead.addressBlock, 'Seite 2 von 2'])
      expect(image).toContain(line);
    expect(image).toContain('data:image/svg+xml;base64,');
    expect(image).not.toMatch(/<script/i);
  });

  it('keeps user text as text: markup in a name is escaped, never part of the SVG', () => {
    const draft = exampleDraft();
    draft.employee.lastName = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const image = renderer.renderSvg({
      document: composeDocument(draft),
      layout: exampleLayout,
      assets: exampleAssets,
    });
    expect(image).not.toMatch(/<script|<img/i);
    expect(image).toContain('&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(2)>');
  });

  it('refuses missing assets like renderPdf', () => {
    const document = composeDocument(exampleDraft());
    expect(() => renderer.renderSvg({ document, layout: exampleLayout })).toThrow(
      expect.objectContaining({ code: 'render.asset_missing' }),
    );
  });
});

describe('createLazyPdfRenderer', () => {
  it('renders like a plain renderer, and again after close()', () => {
    const lazy = createLazyPdfRenderer();
    const document = composeDocument(exampleDraft());
    const args = { document, layout: exampleLayout, assets: exampleAssets };
    try {
      const first = lazy.renderPdf(args);
      expect(Buffer.from(first).equals(Buffer.from(renderer.renderPdf(args)))).toBe(true);
      lazy.close();
      expect(Buffer.from(lazy.renderPdf(args)).equals(Buffer.from(first))).toBe(true);
    } finally {
      lazy.close();
    }
  });
});
