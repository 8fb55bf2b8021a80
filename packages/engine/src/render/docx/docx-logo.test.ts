import type { CertificateLayout } from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import { checkDocxLayout, logoFallbackName, resolveDocxLogo } from './docx-logo.js';
import { loadExample, makePng, readDocx } from './docx.test-utils.js';
import { renderDocx } from './render-docx.js';

const { document, layout, logo: svg } = loadExample();
const withLogo = (src: string, position: 'left' | 'center' | 'right' = 'left'): CertificateLayout => ({
  ...layout,
  letterhead: { ...layout.letterhead, logo: { src, position, width: 60 } },
});
const codes = (input: Parameters<typeof checkDocxLayout>[0]) =>
  checkDocxLayout(input).map((issue) => issue.code);
const firstHeader = (parts: Record<string, string>) =>
  Object.entries(parts).find(
    ([name, xml]) => /^word\/header\d+\.xml$/.test(name) && !xml.includes('NUMPAGES'),
  )?.[1];

describe('the DOCX letterhead logo', () => {
  it('places a PNG logo at the layout width with its own proportions', async () => {
    const parts = readDocx(
      await renderDocx({ document, layout: withLogo('logo.png'), assets: { 'logo.png': makePng(300, 100) } }),
    );
    expect(Object.keys(parts).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(firstHeader(parts) ?? '') ?? [];
    expect(Number(cx) / 36_000).toBeCloseTo(60, 0);
    expect(Number(cy) / 36_000).toBeCloseTo(20, 0);
    expect(codes({ layout: withLogo('logo.png'), assets: { 'logo.png': makePng(300, 100) } })).toEqual([]);
  });

  it('reads the size of a JPEG and of an SVG without a viewBox', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 17, 8, 0, 50, 0, 200, 3]);
    expect(resolveDocxLogo(withLogo('logo.jpg'), { 'logo.jpg': jpeg }).logo).toMatchObject({
      width: 60,
      height: 15,
    });
    const plain = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"></svg>',
    );
    expect(resolveDocxLogo(withLogo('logo.svg'), { 'logo.svg': plain }).logo).toMatchObject({ height: 30 });
  });

  it('gives an SVG logo the PNG of the same name as fallback, or says that older programs will not show it', async () => {
    expect(logoFallbackName('rheinfracht-logo.svg')).toBe('rheinfracht-logo.png');
    const withFallback = { 'rheinfracht-logo.svg': svg, 'rheinfracht-logo.png': makePng(360, 96) };
    expect(codes({ layout, assets: withFallback })).toEqual([]);
    expect(codes({ layout, assets: { 'rheinfracht-logo.svg': svg } })).toEqual([
      'docx.logo_without_fallback',
    ]);
    const parts = readDocx(await renderDocx({ document, layout, assets: { 'rheinfracht-logo.svg': svg } }));
    expect(firstHeader(parts)).toContain('asvg:svgBlip');
  });

  it('renders without the logo, and says so, when the image is missing or unreadable', async () => {
    expect(codes({ layout, assets: {} })).toEqual(['layout.logo_missing']);
    expect(codes({ layout, assets: { 'rheinfracht-logo.svg': new Uint8Array([1, 2, 3]) } })).toEqual([
      'layout.logo_unreadable',
    ]);
    const parts = readDocx(await renderDocx({ document, layout, assets: {} }));
    expect(firstHeader(parts)).not.toContain('<w:drawing>');
    expect(firstHeader(parts)).toContain('Hafenstraße 12');
  });

  it('sets a centred logo inline above the company block and a right one beside it', async () => {
    const png = { 'logo.png': makePng(200, 100) };
    const centred = firstHeader(
      readDocx(await renderDocx({ document, layout: withLogo('logo.png', 'center'), assets: png })),
    );
    expect(centred).toContain('<wp:inline');
    const right = firstHeader(
      readDocx(await renderDocx({ document, layout: withLogo('logo.png', 'right'), assets: png })),
    );
    expect(right).toContain('<wp:align>right</wp:align>');
  });

  it('reports that a PDF letterhead background cannot be carried into DOCX', () => {
    const background = {
      ...layout,
      letterhead: { ...layout.letterhead, logo: null, background: { src: 'paper.pdf' } },
    };
    expect(codes({ layout: background })).toEqual(['docx.background_not_supported']);
  });

  it('uses the default layout and the employer address when no layout is given', async () => {
    const header = firstHeader(readDocx(await renderDocx({ document })));
    expect(header).toContain('Rheinfracht Logistik GmbH');
    expect(header).toContain('Hafenstraße 12');
    expect(header).toContain('50667 Köln');
  });
});
