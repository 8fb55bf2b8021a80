import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificateInputSchema, certificateLayoutSchema } from '@zeugnisdesk/shared';
import { composeCertificate } from '../text/compose/compose.js';
import { renderHtml, toBase64 } from './html.js';

const read = (path: string) => readFileSync(new URL(`../../../../examples/${path}`, import.meta.url));
const input = certificateInputSchema.parse(JSON.parse(read('certificate-input.example.json').toString()));
const layout = certificateLayoutSchema.parse(JSON.parse(read('layout.example.json').toString()));
const logo = new Uint8Array(read('rheinfracht-logo.svg'));

describe('toBase64', () => {
  it('encodes like the platform does, including padding', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'Zeugnis äöü ß „…“']) {
      const bytes = new TextEncoder().encode(text);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
    expect(toBase64(logo)).toBe(Buffer.from(logo).toString('base64'));
  });
});

describe('renderHtml', () => {
  it('keeps the section structure and every sentence of the document', () => {
    const { document, text } = composeCertificate(input);
    const html = renderHtml(document);
    for (const section of document.sections) expect(html).toContain(`data-section="${section.id}"`);
    const plain = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
    for (const line of text.split('\n').filter((entry) => entry.trim())) {
      expect(plain).toContain(line.replace(/^– /, '').trim());
    }
  });

  it('uses the company layout: logo as a data URI, address block, sender line, footer, font', () => {
    const html = renderHtml(composeCertificate(input).document, {
      layout,
      assets: { 'rheinfracht-logo.svg': logo },
    });
    expect(html).toContain('src="data:image/svg+xml;base64,');
    expect(html).toContain('Telefon 0221 987650');
    expect(html).toContain('Rheinfracht Logistik GmbH · Hafenstraße 12 · 50667 Köln');
    expect(html).toContain('Amtsgericht Köln HRB 123456');
    expect(html).toContain('"Liberation Sans"');
    expect(html).toContain('@page{size:A4;margin:25mm 20mm 28mm 25mm}');
  });

  it('falls back to the employer name and address without a layout', () => {
    const html = renderHtml(composeCertificate(input).document);
    expect(html).toContain('<address>Rheinfracht Logistik GmbH<br>Hafenstraße 12<br>50667 Köln</address>');
  });

  it('escapes user data everywhere, including the title and the signers', () => {
    const hostile = structuredClone(input);
    hostile.employee.lastName = '<img src=x onerror=alert(1)>';
    hostile.signatures = [{ name: '"><script>x()</script>', function: 'Chef & Co' }];
    const html = renderHtml(composeCertificate(hostile).document);
    expect(html).not.toMatch(/<img src=x|<script>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Chef &amp; Co');
  });
});
