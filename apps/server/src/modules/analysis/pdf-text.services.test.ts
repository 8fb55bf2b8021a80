// PDF text extraction against real PDFs written by pdfkit: a letterhead with a side column, indented
// and bulleted lists, a line-end hyphen, and two pages with a running header and footer.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { extractPdfText, PdfTextError } from './pdf-text.services.js';

function makePdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 50, left: 70, right: 60, bottom: 50 },
      autoFirstPage: true,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

const body =
  'Frau Schmidt zeigte stets eine außerordentliche Einsatzbereitschaft und ergriff jederzeit aus eigenem Antrieb die Initiative.';

describe('extractPdfText', () => {
  it('keeps the letterhead side column out of the main text and reads the body in order', async () => {
    const pdf = await makePdf((doc) => {
      doc.font('Helvetica').fontSize(9);
      doc.text('Musterfirma GmbH · Hafenstraße 1 · 50667 Köln', 70, 60, { width: 250 });
      doc.text('Musterfirma GmbH\nHafenstraße 1\n50667 Köln\nTelefon 0221 123456', 400, 60, { width: 140 });
      doc.fontSize(16).text('Arbeitszeugnis', 70, 170);
      doc.fontSize(11).text(`Frau Anna Schmidt war als Disponentin tätig. ${body}`, 70, 210, { width: 460 });
    });
    const text = await extractPdfText(pdf);
    expect(text).toContain('Telefon 0221 123456');
    const heading = text.indexOf('Arbeitszeugnis');
    expect(heading).toBeGreaterThan(text.indexOf('Telefon 0221 123456'));
    expect(text.slice(heading)).not.toContain('Telefon');
    expect(text.replace(/\s+/g, ' ')).toContain(body);
  });

  it('marks indented and bulleted list items and keeps suspended hyphens', async () => {
    const pdf = await makePdf((doc) => {
      doc.font('Helvetica').fontSize(11);
      doc.text('Zu ihren Aufgaben gehörten insbesondere:', 70, 100);
      doc.list(['Planung der Touren', 'Überwachung der Lenk- und Ruhezeiten'], 80, 120);
      doc.text('• Bearbeitung von Reklamationen', 80, 160);
      doc.text(body, 70, 200, { width: 460 });
    });
    const text = await extractPdfText(pdf);
    const items = text.split('\n').filter((line) => line.startsWith('– '));
    expect(items).toEqual([
      '– Planung der Touren',
      '– Überwachung der Lenk- und Ruhezeiten',
      '– Bearbeitung von Reklamationen',
    ]);
    expect(text).toContain('Zu ihren Aufgaben gehörten insbesondere:');
  });

  it('drops page numbers and running headers of a two-page certificate and joins the pages', async () => {
    const pdf = await makePdf((doc) => {
      doc.font('Helvetica').fontSize(11);
      doc.text(body, 70, 100, { width: 460 });
      doc.fontSize(8).text('Musterfirma GmbH · Amtsgericht Köln HRB 12345', 70, 790);
      doc.addPage();
      doc.fontSize(9).text('Seite 2 von 2', 70, 40);
      doc.fontSize(11).text('Wir wünschen ihr für die Zukunft alles Gute.', 70, 100, { width: 460 });
      doc.fontSize(8).text('Musterfirma GmbH · Amtsgericht Köln HRB 12345', 70, 790);
    });
    const text = await extractPdfText(pdf);
    expect(text).not.toContain('Seite 2 von 2');
    expect(text).not.toContain('HRB 12345');
    expect(text.indexOf('Wir wünschen')).toBeGreaterThan(text.indexOf('Initiative.'));
  });

  it('refuses bytes that are not a PDF with a PdfTextError', async () => {
    await expect(extractPdfText(new TextEncoder().encode('%PDF-1.7 broken'))).rejects.toBeInstanceOf(
      PdfTextError,
    );
  });
});
