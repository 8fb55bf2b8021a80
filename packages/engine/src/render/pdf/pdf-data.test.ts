// The Typst data: plain JSON with the user's strings untouched, fixed asset paths, and the keep-together
// hints the template turns into sticky blocks.
import { readFileSync } from 'node:fs';
import {
  certificateInputSchema,
  defaultCertificateLayout,
  type CertificateLayout,
} from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import { composeCertificate } from '../../text/compose/compose.js';
import { detectAssetFormat } from './image-format.js';
import { toTypstData, type TypstBlock } from './pdf-data.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON draft the tests change freely
type Draft = any;
const example: Draft = JSON.parse(
  readFileSync(new URL('../../../../../examples/certificate-input.example.json', import.meta.url), 'utf8'),
);

const compose = (change: (draft: Draft) => void = () => {}) => {
  const draft = structuredClone(example);
  change(draft);
  return composeCertificate(certificateInputSchema.parse(draft)).document;
};

const layout: CertificateLayout = {
  ...defaultCertificateLayout,
  heading: { size: 18, weight: 'regular', alignment: 'center', uppercase: true },
  letterhead: {
    logo: { src: 'firmen-logo.SVG', position: 'right', width: 50 },
    senderLine: 'Firma · Straße 1 · 12345 Ort',
    addressBlock: ['Firma', 'Straße 1'],
    background: null,
  },
};

describe('toTypstData', () => {
  it('is plain JSON with metadata from the document and the issue date (no clock)', () => {
    const data = toTypstData(compose(), layout);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data.meta).toEqual({
      title: 'Arbeitszeugnis – Frau Anna Schmidt',
      author: 'Rheinfracht Logistik GmbH',
      date: { year: 2026, month: 6, day: 30 },
    });
    expect(data.continuation).toEqual({
      text: 'Arbeitszeugnis für Frau Anna Schmidt',
      page: 'Seite',
      of: 'von',
    });
  });

  it('keeps markup characters of names and activities as they are', () => {
    const activity = 'Pflege von `code` // #let x = 1 [a] $b$ \\c <d> @e *f* _g_';
    const document = compose((draft) => {
      draft.employee.lastName = '*Bold* #set [x]';
      draft.activities.push(activity);
    });
    const data = toTypstData(document, layout);
    const list = data.blocks.find((block) => block.type === 'list');
    expect(list).toMatchObject({ items: expect.arrayContaining([activity]) });
    expect(data.meta.title).toBe('Arbeitszeugnis – Frau Anna *Bold* #set [x]');
  });

  it('passes paragraphs as their run texts and uppercases the heading when the layout asks', () => {
    const document = compose();
    const data = toTypstData(document, layout);
    expect(data.blocks[0]).toEqual({ type: 'heading', text: 'ARBEITSZEUGNIS' });
    const intro = document.sections[1]?.blocks[0];
    expect(data.blocks[1]).toMatchObject({
      type: 'paragraph',
      runs: intro?.type === 'paragraph' ? intro.runs.map((run) => run.text) : [],
    });
    expect(data.heading).toEqual({ size: 18, bold: false, centered: true });
  });

  it('keeps a short lead-in with its list and the last paragraph with the date line', () => {
    const blocks = toTypstData(compose(), layout).blocks;
    const keep = (block: TypstBlock | undefined) => block?.type === 'paragraph' && block.keepWithNext;
    const list = blocks.findIndex((block) => block.type === 'list');
    const dateLine = blocks.findIndex((block) => block.type === 'dateLine');
    expect(keep(blocks[list - 1])).toBe(true);
    expect(keep(blocks[dateLine - 1])).toBe(true);
    expect(blocks.filter(keep)).toHaveLength(2);
  });

  it('puts assets under fixed paths, whatever their names, in the format the renderer found', () => {
    expect(toTypstData(compose(), layout).letterhead.logo).toEqual({
      path: '/assets/logo.svg',
      format: 'svg',
      position: 'right',
      width: 50,
    });
    const withPng = toTypstData(compose(), layout, { logo: 'png' }).letterhead.logo;
    expect(withPng).toMatchObject({ path: '/assets/logo.png', format: 'png' });
  });
});

describe('detectAssetFormat', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0])],
    ['pdf', bytes('%PDF-1.7\n')],
    ['svg', bytes('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
    [null, bytes('<html><svg></svg></html>')],
    [null, bytes('GIF89a')],
  ])('recognises %s', (format, data) => {
    expect(detectAssetFormat(data)).toBe(format);
  });
});
