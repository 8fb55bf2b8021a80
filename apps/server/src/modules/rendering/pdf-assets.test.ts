// Letterhead assets: PNG and SVG logos in every position, image backgrounds, and typed errors for what
// is missing, broken or impossible in PDF/A — without breaking the warm renderer for the next call.
import type { CertificateLayout } from '@zeugnisdesk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfRenderer, RenderError, type PdfRenderer } from './pdf.services.js';
import {
  composeDocument,
  createPdfProbe,
  exampleAssets,
  exampleDraft,
  exampleLayout,
  makePng,
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

const document = composeDocument(exampleDraft());
const png = makePng(120, 40, [11, 79, 108]);

function withLetterhead(letterhead: Partial<CertificateLayout['letterhead']>): CertificateLayout {
  return { ...exampleLayout, letterhead: { ...exampleLayout.letterhead, ...letterhead } };
}

function renderError(run: () => unknown): RenderError {
  try {
    run();
  } catch (error) {
    if (error instanceof RenderError) return error;
    throw error;
  }
  throw new Error('expected a RenderError');
}

describe('renderPdf: letterhead assets', () => {
  it.each(['left', 'center', 'right'] as const)('draws a PNG logo at the %s', (position) => {
    const layout = withLetterhead({ logo: { src: 'logo.png', position, width: 40 } });
    const pdf = renderer.renderPdf({ document, layout, assets: { 'logo.png': png } });
    expect(probe.check(pdf)).toContain('No syntax or stream encoding errors found');
    expect(probe.text(pdf, 1)).toContain('Hafenstraße 12');
  });

  it('draws an image background under every page', () => {
    const layout = withLetterhead({ logo: null, background: { src: 'paper.png' } });
    const pdf = renderer.renderPdf({ document, layout, assets: { 'paper.png': png } });
    expect(probe.xmp(pdf)).toContain('<pdfaid:part>2</pdfaid:part>');
  });

  it('names a logo that was not passed in: render.asset_missing', () => {
    const error = renderError(() => renderer.renderPdf({ document, layout: exampleLayout, assets: {} }));
    expect(error.code).toBe('render.asset_missing');
    expect(error.message).toContain('rheinfracht-logo.svg');
  });

  it('does not take inherited object keys for assets', () => {
    const layout = withLetterhead({ logo: { src: 'constructor', position: 'left', width: 40 } });
    expect(renderError(() => renderer.renderPdf({ document, layout, assets: {} })).code).toBe(
      'render.asset_missing',
    );
  });

  it('rejects bytes that are no image: render.asset_invalid', () => {
    const assets = { 'rheinfracht-logo.svg': new TextEncoder().encode('#set page(width: 1mm)') };
    const error = renderError(() => renderer.renderPdf({ document, layout: exampleLayout, assets }));
    expect(error.code).toBe('render.asset_invalid');
  });

  it('translates a broken image the typesetter cannot decode into render.asset_invalid, no stack trace', () => {
    const broken = new Uint8Array([...png.subarray(0, 40), 1, 2, 3]);
    const layout = withLetterhead({ logo: { src: 'logo.png', position: 'left', width: 40 } });
    const error = renderError(() => renderer.renderPdf({ document, layout, assets: { 'logo.png': broken } }));
    expect(error.code).toBe('render.asset_invalid');
    expect(error.details.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('keeps an SVG from reading files outside the virtual root', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="../../../../etc/hostname" width="10" height="10"/></svg>`;
    const assets = { 'rheinfracht-logo.svg': new TextEncoder().encode(svg) };
    expect(renderError(() => renderer.renderPdf({ document, layout: exampleLayout, assets })).code).toBe(
      'render.asset_invalid',
    );
  });

  it('refuses a PDF background, which PDF/A export cannot embed: render.background_unsupported', () => {
    const layout = withLetterhead({ background: { src: 'paper.pdf' } });
    const assets = { ...exampleAssets, 'paper.pdf': new TextEncoder().encode('%PDF-1.7\n%%EOF\n') };
    expect(renderError(() => renderer.renderPdf({ document, layout, assets })).code).toBe(
      'render.background_unsupported',
    );
  });

  it('renders normally after a failed render, and refuses to render once closed', () => {
    const pdf = renderer.renderPdf({ document, layout: exampleLayout, assets: exampleAssets });
    expect(probe.text(pdf, 1)).toContain('Arbeitszeugnis');
    const closed = createPdfRenderer();
    closed.close();
    expect(renderError(() => closed.renderPdf({ document, layout: exampleLayout })).code).toBe(
      'render.failed',
    );
  });
});
