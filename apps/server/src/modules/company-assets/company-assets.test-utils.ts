// Fixtures of the company-asset tests: small real images of every format, hostile and broken ones, a
// company created through the API, uploads with any content type, and PDF probes built on pdf.js.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from 'vitest';
import type { ApiTestServer } from '../../app/api/api.test-utils.js';
import { makePng } from '../rendering/pdf.test-utils.js';

export const png = makePng(60, 20, [11, 79, 108]);

/** A 16 × 8 JPEG (Chromium's encoder, quality 40). */
export const jpeg = new Uint8Array(
  Buffer.from(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3Nw' +
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' +
      'AAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJD' +
      'AAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBH' +
      'AEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAA' +
      'AADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBv' +
      'AGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABQODxIPDRQSEBIXFRQYHjIhHhwcHj0sLiQySUBMS0dARkVQWnNiUFVtVkVGZIhl' +
      'bXd7gYKBTmCNl4x9lnN+gXz/2wBDARUXFx4aHjshITt8U0ZTfHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8' +
      'fHx8fHx8fHz/wAARCAAIABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEB' +
      'AAAAAAAAAAAAAAAAAAAABP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AIoBQL//2Q==',
    'base64',
  ),
);

export const svgText = (body: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"${attributes}>${body}</svg>`;

export const svg = new TextEncoder().encode(
  svgText('<rect width="40" height="40" rx="6" fill="#0b4f6c"/><text x="48" y="27">Logo</text>'),
);

/** An SVG that would run script if a browser opened it as a document. */
export const scriptedSvg = new TextEncoder().encode(
  svgText('<script>alert(document.cookie)</script><rect width="40" height="40" onload="alert(1)"/>'),
);

/** A one-page PDF (what a letterhead usually comes as). */
export const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Billion laughs: entities that expand to a billion characters. */
export function entityBombSvg(): Uint8Array {
  const entities = ['<!ENTITY lol "lol">'];
  for (let level = 1; level <= 9; level++) {
    const previous = level === 1 ? 'lol' : `lol${level - 1}`;
    entities.push(`<!ENTITY lol${level} "${`&${previous};`.repeat(10)}">`);
  }
  return new TextEncoder().encode(
    `<?xml version="1.0"?><!DOCTYPE svg [${entities.join('')}]>${svgText('<text>&lol9;</text>')}`,
  );
}

/** A PNG whose header claims `width` × `height` pixels, with a few bytes of pixel data. */
export function pngClaiming(width: number, height: number): Uint8Array {
  const bytes = Buffer.from(makePng(1, 1, [0, 0, 0]));
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return new Uint8Array(bytes);
}

/** A PNG with a valid header and garbage instead of compressed pixels. */
export function corruptPng(): Uint8Array {
  const bytes = Buffer.from(makePng(60, 20, [11, 79, 108]));
  // The IDAT data starts after signature (8), IHDR chunk (25) and the IDAT length and type (8).
  bytes.fill(0x5a, 41, bytes.length - 16);
  return new Uint8Array(bytes);
}

/** An SVG of about `size` bytes (a long comment). */
export function svgOfSize(size: number): Uint8Array {
  const base = svgText('<rect width="40" height="40"/><!---->');
  return new TextEncoder().encode(base.replace('<!---->', `<!--${'x'.repeat(size - base.length)}-->`));
}

export type Send = ApiTestServer['send'];

export async function createCompany(send: Send, payload: Record<string, unknown> = {}): Promise<string> {
  const response = await send({
    method: 'POST',
    url: '/api/v1/companies',
    payload: {
      name: 'Rheinfracht Logistik GmbH',
      street: 'Hafenstraße 12',
      postalCode: '50667',
      city: 'Köln',
      ...payload,
    },
  });
  expect(response.status).toBe(201);
  return (response.body as { id: string }).id;
}

/** PUT of raw bytes, with the content type given (default: what the bytes are). */
export function putAsset(
  send: Send,
  companyId: string,
  slot: string,
  bytes: Uint8Array,
  contentType = 'application/octet-stream',
  sendOptions?: Parameters<Send>[1],
) {
  return send(
    {
      method: 'PUT',
      url: `/api/v1/companies/${companyId}/assets/${slot}`,
      payload: Buffer.from(bytes),
      headers: { 'content-type': contentType },
    },
    sendOptions,
  );
}

async function loadPdf(bytes: Uint8Array) {
  return getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
}

/** How many raster images (image XObjects) each page paints. */
export async function pdfImageCounts(bytes: Uint8Array): Promise<number[]> {
  const document = await loadPdf(bytes);
  try {
    const counts: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const { fnArray } = await (await document.getPage(number)).getOperatorList();
      counts.push(fnArray.filter((operation) => operation === OPS.paintImageXObject).length);
    }
    return counts;
  } finally {
    await document.destroy();
  }
}

/** The text of every page, joined by spaces. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const document = await loadPdf(bytes);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const { items } = await (await document.getPage(number)).getTextContent();
      pages.push(
        items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replace(/\s+/g, ' '),
      );
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
