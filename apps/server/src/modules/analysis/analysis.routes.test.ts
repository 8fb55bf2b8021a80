// POST /api/v1/analysis and /analysis/pdf: the grades a certificate's wording signals, from text or PDF.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { createApiTestServer } from '../../app/api/api.test-utils.js';

const certificate = readFileSync(
  new URL(
    '../../../../../test-corpus/analysis/certificates/01-maschinenbau-vertriebsinnendienst.txt',
    import.meta.url,
  ),
  'utf8',
);

function pdfOf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 60 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.font('Helvetica').fontSize(11).text(text, { align: 'left' });
    doc.end();
  });
}

interface Analysis {
  overall: { grade: number } | null;
  categories: Record<string, { grade: number }>;
  sentences: unknown[];
  text: string;
}

describe('the analysis API', () => {
  it('reads the grades from pasted text', async () => {
    const { send } = await createApiTestServer();
    const response = await send({ method: 'POST', url: '/api/v1/analysis', payload: { text: certificate } });
    expect(response.status).toBe(200);
    const body = response.body as Analysis;
    expect(body.overall?.grade).toBeGreaterThanOrEqual(1);
    expect(Object.keys(body.categories).length).toBeGreaterThan(3);
    expect(body.sentences.length).toBeGreaterThan(5);
    expect(body.text).toBe(certificate.trim());
  });

  it('reads the same grades from a PDF of the text', async () => {
    const { send } = await createApiTestServer();
    const fromText = (await send({ method: 'POST', url: '/api/v1/analysis', payload: { text: certificate } }))
      .body as Analysis;
    const response = await send({
      method: 'POST',
      url: '/api/v1/analysis/pdf',
      payload: await pdfOf(certificate),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(response.status).toBe(200);
    const fromPdf = response.body as Analysis;
    expect(fromPdf.overall?.grade).toBe(fromText.overall?.grade);
    expect(fromPdf.text).toContain('Vertrieb');
  });

  it('answers bad input with a clear error, never a 500', async () => {
    const { send } = await createApiTestServer();
    const cases = [
      [{ method: 'POST', url: '/api/v1/analysis', payload: { text: '   ' } }, 400, 'validation.failed'],
      [
        { method: 'POST', url: '/api/v1/analysis', payload: { text: 'x'.repeat(100_001) } },
        400,
        'validation.failed',
      ],
      [
        {
          method: 'POST',
          url: '/api/v1/analysis/pdf',
          payload: Buffer.from('not a pdf'),
          headers: { 'content-type': 'application/pdf' },
        },
        400,
        'analysis.unreadable_pdf',
      ],
      [
        {
          method: 'POST',
          url: '/api/v1/analysis/pdf',
          payload: 'text',
          headers: { 'content-type': 'text/plain' },
        },
        415,
        'request.unsupported_media_type',
      ],
    ] as const;
    for (const [options, status, code] of cases) {
      const response = await send(options as never);
      expect(response, code).toMatchObject({ status, body: { error: { code } } });
    }
    const tooLarge = await send({
      method: 'POST',
      url: '/api/v1/analysis/pdf',
      payload: Buffer.alloc(5 * 1024 * 1024 + 1),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(tooLarge).toMatchObject({ status: 413, body: { error: { code: 'request.body_too_large' } } });
  });
});
