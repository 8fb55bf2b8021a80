import { composeCertificate, escapeHtml } from '@zeugnisdesk/engine';
import { certificateInputSchema } from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import { createApiTestServer } from '../../app/api/api.test-utils.js';
import { contentDisposition, toDownloadFileName } from './certificates.models.js';
import { createEmployeeWithCompany, exampleContent } from './certificates.test-utils.js';
import { pdfImageCounts, png, putAsset, svg } from '../company-assets/company-assets.test-utils.js';

async function createCertificate(lastName: string, layout: object | null = null) {
  const server = await createApiTestServer();
  const { employeeId, companyId } = await createEmployeeWithCompany(server.send);
  const patched = await server.send({
    method: 'PATCH',
    url: `/api/v1/companies/${companyId}`,
    payload: { layout },
  });
  expect(patched.status).toBe(200);
  const content = { ...exampleContent(), employee: { ...exampleContent().employee, lastName } };
  const created = await server.send({
    method: 'POST',
    url: '/api/v1/certificates',
    payload: { employeeId, content },
  });
  expect(created.status).toBe(201);
  return {
    ...server,
    companyId,
    id: (created.body as { id: string }).id,
    content: certificateInputSchema.parse(content),
  };
}

describe('GET /api/v1/certificates/:id/document', () => {
  it.each([
    [
      'pdf',
      'application/pdf',
      'Arbeitszeugnis-Anna-Schmidt.pdf',
      (bytes: Buffer) => bytes.subarray(0, 5).toString() === '%PDF-',
    ],
    [
      'docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Arbeitszeugnis-Anna-Schmidt.docx',
      (bytes: Buffer) => bytes.subarray(0, 2).toString() === 'PK',
    ],
  ])(
    'renders %s on the company layout, as a download that is not cached',
    async (format, type, name, isValid) => {
      const { app, administrator, id } = await createCertificate('Schmidt', {
        alignment: 'left',
        letterhead: {
          logo: { src: 'logo', position: 'left', width: 40 },
          senderLine: 'Rheinfracht Logistik GmbH · Hafenstraße 12 · 50667 Köln',
          addressBlock: ['Rheinfracht Logistik GmbH'],
          background: null,
        },
      });
      const response = await app.inject({
        headers: administrator.session.headers,
        url: `/api/v1/certificates/${id}/document?format=${format}`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name.replaceAll('-', ' '))}`,
      );
      expect(response.headers['cache-control']).toBe('no-store');
      expect(isValid(response.rawPayload)).toBe(true);
    },
  );

  it('renders html with the employee’s name escaped', async () => {
    const { app, administrator, id } = await createCertificate('<b>Schmidt</b> & "Söhne"');
    const response = await app.inject({
      headers: administrator.session.headers,
      url: `/api/v1/certificates/${id}/document?format=html`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain(escapeHtml('<b>Schmidt</b> & "Söhne"'));
    expect(response.body).not.toContain('<b>Schmidt</b>');
  });

  it('renders text exactly as composeCertificate writes it', async () => {
    const { app, administrator, id, content } = await createCertificate('Schmidt');
    const response = await app.inject({
      headers: administrator.session.headers,
      url: `/api/v1/certificates/${id}/document?format=text`,
    });
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body).toBe(composeCertificate(content, { variants: {}, overrides: {} }).text);
  });

  it('gives a safe file name for a name with path separators, quotes and umlauts', async () => {
    const { app, administrator, id } = await createCertificate('../Müller "Groß"\\x');
    const response = await app.inject({
      headers: administrator.session.headers,
      url: `/api/v1/certificates/${id}/document?format=text`,
    });
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Arbeitszeugnis-Anna-.-Mueller-Gross-x.txt"; ` +
        `filename*=UTF-8''Arbeitszeugnis%20Anna%20.-M%C3%BCller%20-Gro%C3%9F-x.txt`,
    );
  });

  it('answers 400 for an unknown format', async () => {
    const { send, id } = await createCertificate('Schmidt');
    expect(await send({ url: `/api/v1/certificates/${id}/document?format=exe` })).toMatchObject({
      status: 400,
      body: { error: { code: 'validation.failed', issues: [{ path: 'query.format' }] } },
    });
  });
});

describe('GET /api/v1/certificates/:id/document with the company’s letterhead images', () => {
  async function download(server: Awaited<ReturnType<typeof createCertificate>>, format: string) {
    const response = await server.app.inject({
      headers: server.administrator.session.headers,
      url: `/api/v1/certificates/${server.id}/document?format=${format}`,
    });
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  }

  it('draws the stored PNG logo on the first page of the PDF, and nothing without it', async () => {
    const server = await createCertificate('Schmidt');
    const without = await pdfImageCounts(await download(server, 'pdf'));
    expect(without.every((count) => count === 0)).toBe(true);
    expect((await putAsset(server.send, server.companyId, 'logo', png, 'image/png')).status).toBe(200);
    const counts = await pdfImageCounts(await download(server, 'pdf'));
    expect(counts[0]).toBe(1);
    expect(counts.slice(1).every((count) => count === 0)).toBe(true);
  });

  it('draws a stored background under every page of the PDF', async () => {
    const server = await createCertificate('Schmidt');
    expect((await putAsset(server.send, server.companyId, 'background', png, 'image/png')).status).toBe(200);
    const counts = await pdfImageCounts(await download(server, 'pdf'));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => count === 1)).toBe(true);
  });

  it('puts the logo into the DOCX and the HTML', async () => {
    const server = await createCertificate('Schmidt');
    await putAsset(server.send, server.companyId, 'logo', png, 'image/png');
    // File names in a ZIP's directory are stored uncompressed.
    expect((await download(server, 'docx')).includes(Buffer.from('word/media/'))).toBe(true);
    expect((await download(server, 'html')).toString()).toContain(
      `src="data:image/png;base64,${Buffer.from(png).toString('base64')}"`,
    );
    await putAsset(server.send, server.companyId, 'logo', svg, 'image/svg+xml');
    expect((await download(server, 'html')).toString()).toContain('src="data:image/svg+xml;base64,');
  });

  it('renders without an image that the layout names but the company never stored', async () => {
    const server = await createCertificate('Schmidt', {
      letterhead: {
        logo: { src: 'logo', position: 'left', width: 40 },
        senderLine: null,
        addressBlock: [],
        background: { src: 'background' },
      },
    });
    const counts = await pdfImageCounts(await download(server, 'pdf'));
    expect(counts.every((count) => count === 0)).toBe(true);
    expect((await download(server, 'docx')).includes(Buffer.from('word/media/'))).toBe(false);
  });
});

describe('toDownloadFileName', () => {
  it.each([
    ['Zeugnis Jörg Weiß', 'Zeugnis-Joerg-Weiss.pdf', 'Zeugnis Jörg Weiß.pdf'],
    ['../../etc/passwd', 'etc-passwd.pdf', 'etc-passwd.pdf'],
    ['a"b\'c;d\r\ne', 'a-b-c-d-e.pdf', 'a-b-c-d-e.pdf'],
    ['..', 'Zeugnis.pdf', 'Zeugnis.pdf'],
    ['Ça va Ωmega', 'Ca-va-mega.pdf', 'Ça va Ωmega.pdf'],
  ])('%j → %s (UTF-8: %s)', (base, ascii, utf8) => {
    expect(toDownloadFileName(base, 'pdf')).toEqual({ ascii, utf8 });
  });

  it('encodes the UTF-8 name by RFC 5987 and keeps the ASCII name free of quotes', () => {
    expect(contentDisposition({ ascii: 'A-b.pdf', utf8: "Ä (b)'*.pdf" })).toBe(
      `attachment; filename="A-b.pdf"; filename*=UTF-8''%C3%84%20%28b%29%27%2A.pdf`,
    );
  });
});
