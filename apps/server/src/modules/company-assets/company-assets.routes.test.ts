// The company letterhead images and the layout preview over HTTP, on SQLite and PostgreSQL: uploads of
// every accepted format, formats decided by the bytes, size and pixel limits, files Typst cannot read,
// sandboxed serving, permissions, tenant isolation, and what the preview shows.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { createApiTestServer, insertOrganization, testNow } from '../../app/api/api.test-utils.js';
import { describeEachDatabase, type TestDialect } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import { assetContentSecurityPolicy } from './company-assets.config.js';
import {
  corruptPng,
  createCompany,
  entityBombSvg,
  jpeg,
  pdf,
  pdfImageCounts,
  pdfPageTexts,
  png,
  pngClaiming,
  putAsset,
  scriptedSvg,
  svg,
  svgOfSize,
  svgText,
  type Send,
} from './company-assets.test-utils.js';

const assetsUrl = (companyId: string, slot: string) => `/api/v1/companies/${companyId}/assets/${slot}`;
const previewUrl = (companyId: string, format?: string) =>
  `/api/v1/companies/${companyId}/layout-preview${format ? `?format=${format}` : ''}`;

interface CompanyBody {
  id: string;
  updatedAt: string;
  layout: { letterhead: { logo: unknown; background: unknown }; footer: string[] } | null;
}

async function storedAssets(db: Db) {
  return db.selectFrom('company_assets').select(['company_id', 'slot', 'format', 'byte_size']).execute();
}

async function getRaw(app: Awaited<ReturnType<typeof createApiTestServer>>, url: string, headers = {}) {
  return app.app.inject({ url, headers });
}

/** A foreign organisation's company with a logo, written directly to the database. */
async function insertForeignCompanyWithLogo(db: Db) {
  const organizationId = await insertOrganization(db);
  const companyId = createId('cmp');
  const at = testNow.toISOString();
  await db
    .insertInto('companies')
    .values({
      id: companyId,
      organization_id: organizationId,
      name: 'Geheim AG',
      description: null,
      street: null,
      postal_code: null,
      city: null,
      register_info: null,
      layout_json: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('company_assets')
    .values({
      id: 'cas_foreign',
      organization_id: organizationId,
      company_id: companyId,
      slot: 'logo',
      format: 'svg',
      content_type: 'image/svg+xml',
      bytes: Buffer.from(svg),
      byte_size: svg.length,
      sha256: 'x',
      created_at: at,
      updated_at: at,
    })
    .execute();
  return companyId;
}

describeEachDatabase('/api/v1/companies/:id/assets', ({ openDatabase }: TestDialect) => {
  async function setUp() {
    const server = await createApiTestServer({ db: (await openDatabase()).db });
    const companyId = await createCompany(server.send);
    return { ...server, companyId };
  }

  it('stores a PNG logo, references it from the (default) layout and serves it back sandboxed', async () => {
    const server = await setUp();
    const { send, db, companyId } = server;
    const response = await putAsset(send, companyId, 'logo', png, 'image/png');
    expect(response.status).toBe(200);
    const company = response.body as CompanyBody;
    expect(company).toMatchObject({
      id: companyId,
      layout: {
        letterhead: { logo: { src: 'logo', position: 'right', width: 40 }, background: null },
        margins: { top: 25 },
      },
    });
    expect(await send({ url: `/api/v1/companies/${companyId}` })).toMatchObject({ body: company });

    const served = await getRaw(server, assetsUrl(companyId, 'logo'), server.administrator.session.headers);
    expect(served.statusCode).toBe(200);
    expect(Buffer.from(served.rawPayload).equals(Buffer.from(png))).toBe(true);
    expect(served.headers).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': assetContentSecurityPolicy,
      'content-disposition': 'inline; filename="logo.png"',
    });
    const row = await db.selectFrom('company_assets').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      id: expect.stringMatching(/^cas_[0-9a-z]{26}$/),
      company_id: companyId,
      slot: 'logo',
      format: 'png',
      content_type: 'image/png',
      byte_size: png.length,
      sha256: createHash('sha256').update(png).digest('hex'),
    });
    expect(Buffer.from(row.bytes).equals(Buffer.from(png))).toBe(true);
  });

  it('replaces the previous logo (one row per slot) and keeps the logo’s position and width', async () => {
    const { send, db, companyId } = await setUp();
    await send({
      method: 'PATCH',
      url: `/api/v1/companies/${companyId}`,
      payload: {
        layout: {
          footer: ['Sitz Köln'],
          letterhead: {
            logo: { src: 'alt.png', position: 'left', width: 55 },
            senderLine: null,
            addressBlock: [],
            background: null,
          },
        },
      },
    });
    expect((await putAsset(send, companyId, 'logo', svg, 'image/svg+xml')).status).toBe(200);
    const response = await putAsset(send, companyId, 'logo', jpeg, 'image/jpeg');
    expect(response).toMatchObject({
      status: 200,
      body: {
        layout: { footer: ['Sitz Köln'], letterhead: { logo: { src: 'logo', position: 'left', width: 55 } } },
      },
    });
    expect(await storedAssets(db)).toEqual([
      { company_id: companyId, slot: 'logo', format: 'jpg', byte_size: jpeg.length },
    ]);
    expect((await send({ url: assetsUrl(companyId, 'logo') })).headers).toMatchObject({
      'content-type': 'image/jpeg',
      'content-disposition': 'inline; filename="logo.jpg"',
    });
  });

  it.each([
    ['png', png, 'image/png'],
    ['jpg', jpeg, 'image/jpeg'],
    ['svg', svg, 'image/svg+xml'],
  ] as const)('stores a %s background and references it from the layout', async (format, bytes, type) => {
    const { send, db, companyId } = await setUp();
    const response = await putAsset(send, companyId, 'background', bytes, type);
    expect(response).toMatchObject({
      status: 200,
      body: { layout: { letterhead: { background: { src: 'background' }, logo: null } } },
    });
    expect(await storedAssets(db)).toEqual([
      { company_id: companyId, slot: 'background', format, byte_size: bytes.length },
    ]);
  });

  it('decides the format by the bytes: a PNG sent as image/svg+xml is stored and served as PNG', async () => {
    const { send, db, companyId } = await setUp();
    expect((await putAsset(send, companyId, 'logo', png, 'image/svg+xml')).status).toBe(200);
    expect(await storedAssets(db)).toMatchObject([{ format: 'png' }]);
    expect((await send({ url: assetsUrl(companyId, 'logo') })).headers).toMatchObject({
      'content-type': 'image/png',
      'content-disposition': 'inline; filename="logo.png"',
    });
  });

  it.each([
    ['random bytes sent as image/png', 'logo', Buffer.from('not an image at all, just text'), 'image/png'],
    ['a GIF', 'logo', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'image/gif'],
    ['an empty body', 'logo', Buffer.alloc(0), 'image/png'],
    ['a PDF logo', 'logo', pdf, 'application/pdf'],
    ['a PDF background (PDF/A cannot embed PDF pages)', 'background', pdf, 'application/pdf'],
  ])(
    'refuses %s with 400 company_asset.invalid_format, storing nothing',
    async (_name, slot, bytes, type) => {
      const { send, db, companyId } = await setUp();
      const before = await send({ url: `/api/v1/companies/${companyId}` });
      const response = await putAsset(send, companyId, slot, bytes, type);
      expect(response).toMatchObject({
        status: 400,
        body: {
          error: {
            code: 'company_asset.invalid_format',
            message: expect.stringContaining('must be PNG, JPEG, SVG'),
          },
        },
      });
      expect(await storedAssets(db)).toEqual([]);
      expect((await send({ url: `/api/v1/companies/${companyId}` })).body).toEqual(before.body);
    },
  );

  it('explains why a PDF letterhead is refused', async () => {
    const { send, companyId } = await setUp();
    const response = await putAsset(send, companyId, 'background', pdf, 'application/pdf');
    expect((response.body as { error: { message: string } }).error.message).toContain(
      'export the first page of the letterhead as SVG or PNG',
    );
  });

  it('refuses a logo over 1 MB and a background over 5 MB with 413 company_asset.too_large', async () => {
    const { send, db, companyId } = await setUp();
    const twoMegabytes = svgOfSize(2 * 1024 * 1024);
    expect(await putAsset(send, companyId, 'logo', twoMegabytes, 'image/svg+xml')).toMatchObject({
      status: 413,
      body: {
        error: {
          code: 'company_asset.too_large',
          message: 'The logo file is too large: at most 1 MB are allowed.',
        },
      },
    });
    expect(await putAsset(send, companyId, 'logo', svgOfSize(1024 * 1024 + 1))).toMatchObject({
      status: 413,
    });
    expect(await putAsset(send, companyId, 'background', svgOfSize(5 * 1024 * 1024 + 1))).toMatchObject({
      status: 413,
      body: { error: { code: 'company_asset.too_large', message: expect.stringContaining('at most 5 MB') } },
    });
    expect(await storedAssets(db)).toEqual([]);
    // The same 2 MB are fine as a background.
    expect((await putAsset(send, companyId, 'background', twoMegabytes, 'image/svg+xml')).status).toBe(200);
  });

  it('refuses a small PNG that claims too many pixels (a decompression bomb) before decoding it', async () => {
    const { send, db, companyId } = await setUp();
    for (const [width, height] of [
      [20_000, 20_000],
      [12_001, 10],
      [7000, 7000],
    ] as const) {
      const response = await putAsset(send, companyId, 'background', pngClaiming(width, height), 'image/png');
      expect(response).toMatchObject({
        status: 413,
        body: {
          error: {
            code: 'company_asset.too_large',
            message: expect.stringContaining(`${width} × ${height}`),
          },
        },
      });
    }
    expect(await storedAssets(db)).toEqual([]);
  });

  it.each([
    ['an unclosed SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"')],
    [
      'an SVG that links a file of the server',
      new TextEncoder().encode(svgText('<image href="../../../../etc/passwd" width="9" height="9"/>')),
    ],
    [
      'an SVG that links an absolute path',
      new TextEncoder().encode(svgText('<image href="/etc/hostname" width="9" height="9"/>')),
    ],
    [
      'an SVG that links a URL',
      new TextEncoder().encode(svgText('<image href="http://127.0.0.1:9/x.png" width="9" height="9"/>')),
    ],
    ['a PNG with corrupt pixel data', corruptPng()],
  ])('refuses %s that Typst cannot draw with 400 company_asset.unreadable', async (_name, bytes) => {
    const { send, db, companyId } = await setUp();
    const before = await send({ url: `/api/v1/companies/${companyId}` });
    const response = await putAsset(send, companyId, 'logo', bytes);
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'company_asset.unreadable' } } });
    expect(JSON.stringify(response.body)).not.toContain('root:');
    expect(await storedAssets(db)).toEqual([]);
    expect((await send({ url: `/api/v1/companies/${companyId}` })).body).toEqual(before.body);
  });

  it('refuses an SVG entity bomb (a DOCTYPE with entities is no SVG to the format check)', async () => {
    const { send, db, companyId } = await setUp();
    expect(await putAsset(send, companyId, 'logo', entityBombSvg(), 'image/svg+xml')).toMatchObject({
      status: 400,
      body: { error: { code: 'company_asset.invalid_format' } },
    });
    expect(await storedAssets(db)).toEqual([]);
  });

  it('serves an SVG with <script> only under a sandboxing CSP, never as HTML', async () => {
    const server = await setUp();
    const { send, companyId } = server;
    expect((await putAsset(send, companyId, 'logo', scriptedSvg, 'text/html')).status).toBe(415);
    expect((await putAsset(send, companyId, 'logo', scriptedSvg, 'image/svg+xml')).status).toBe(200);
    const served = await getRaw(server, assetsUrl(companyId, 'logo'), server.administrator.session.headers);
    expect(served.body).toContain('<script>');
    expect(served.headers).toMatchObject({
      'content-type': 'image/svg+xml',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline; filename="logo.svg"',
    });
  });

  it('accepts only raw image bodies: JSON, forms and text answer 415', async () => {
    const { send, companyId } = await setUp();
    for (const type of [
      'application/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
    ]) {
      expect((await putAsset(send, companyId, 'logo', png, type)).status, type).toBe(415);
    }
  });

  it('deletes an asset and its reference in the layout; a second delete answers 404', async () => {
    const { send, db, companyId } = await setUp();
    await putAsset(send, companyId, 'logo', png);
    await putAsset(send, companyId, 'background', svg);
    const response = await send({ method: 'DELETE', url: assetsUrl(companyId, 'logo') });
    expect(response).toMatchObject({
      status: 200,
      body: { layout: { letterhead: { logo: null, background: { src: 'background' } } } },
    });
    expect(await storedAssets(db)).toMatchObject([{ slot: 'background' }]);
    expect(await send({ url: assetsUrl(companyId, 'logo') })).toMatchObject({
      status: 404,
      body: { error: { code: 'company_asset.not_found' } },
    });
    expect(await send({ method: 'DELETE', url: assetsUrl(companyId, 'logo') })).toMatchObject({
      status: 404,
      body: { error: { code: 'company_asset.not_found' } },
    });
  });

  it('answers 400 for an unknown slot, and 404 for a company that does not exist', async () => {
    const { send } = await setUp();
    expect(await send({ url: assetsUrl('cmp_x', 'favicon') })).toMatchObject({
      status: 400,
      body: { error: { code: 'validation.failed', issues: [{ path: 'params.slot' }] } },
    });
    expect((await putAsset(send, 'cmp_x', 'favicon', png)).status).toBe(404);
    for (const request of [
      putAsset(send, 'cmp_missing', 'logo', png),
      send({ url: assetsUrl('cmp_missing', 'logo') }),
      send({ method: 'DELETE', url: assetsUrl('cmp_missing', 'logo') }),
      send({ method: 'POST', url: previewUrl('cmp_missing'), payload: { layout: {} } }),
    ]) {
      expect(await request).toMatchObject({ status: 404, body: { error: { code: 'company.not_found' } } });
    }
  });

  it('deletes the assets with their company', async () => {
    const { send, db, companyId } = await setUp();
    const other = await createCompany(send, { name: 'Andere GmbH' });
    await putAsset(send, companyId, 'logo', png);
    await putAsset(send, companyId, 'background', svg);
    await putAsset(send, other, 'logo', svg);
    expect((await send({ method: 'DELETE', url: `/api/v1/companies/${companyId}` })).status).toBe(204);
    expect(await storedAssets(db)).toEqual([
      { company_id: other, slot: 'logo', format: 'svg', byte_size: svg.length },
    ]);
  });

  // Threat: a user who may only read companies changes their letterhead.
  it('lets a read-only role read and preview but not upload or delete (403); no access: 403', async () => {
    const { send, signIn, db, companyId } = await setUp();
    await putAsset(send, companyId, 'logo', png);
    const reader = (await signIn({ email: 'leser@musterfirma.example', role: { companies: 'read' } }))
      .session;
    expect(await putAsset(send, companyId, 'logo', svg, 'image/svg+xml', { as: reader })).toMatchObject({
      status: 403,
      body: { error: { code: 'auth.forbidden' } },
    });
    expect((await send({ method: 'DELETE', url: assetsUrl(companyId, 'logo') }, { as: reader })).status).toBe(
      403,
    );
    expect(await storedAssets(db)).toMatchObject([{ format: 'png' }]);
    expect((await send({ url: assetsUrl(companyId, 'logo') }, { as: reader })).status).toBe(200);
    const preview = await send(
      { method: 'POST', url: previewUrl(companyId), payload: { layout: {} } },
      { as: reader },
    );
    expect(preview.status).toBe(200);

    const outsider = (await signIn({ email: 'fremd@musterfirma.example', role: { employees: 'write' } }))
      .session;
    expect((await send({ url: assetsUrl(companyId, 'logo') }, { as: outsider })).status).toBe(403);
    expect(
      (await send({ method: 'POST', url: previewUrl(companyId), payload: { layout: {} } }, { as: outsider }))
        .status,
    ).toBe(403);
  });

  // Threat: a user of one organisation reads or changes another organisation's letterhead by its id.
  it('answers 404 for another organisation’s company on all four routes and changes nothing', async () => {
    const { send, db } = await setUp();
    const foreign = await insertForeignCompanyWithLogo(db);
    const before = await db
      .selectFrom('company_assets')
      .selectAll()
      .where('company_id', '=', foreign)
      .execute();
    const responses = [
      await putAsset(send, foreign, 'logo', png, 'image/png'),
      await send({ url: assetsUrl(foreign, 'logo') }),
      await send({ method: 'DELETE', url: assetsUrl(foreign, 'logo') }),
      await send({
        method: 'POST',
        url: previewUrl(foreign),
        payload: {
          layout: {
            letterhead: {
              logo: { src: 'logo', position: 'left', width: 30 },
              senderLine: null,
              addressBlock: [],
              background: null,
            },
          },
        },
      }),
    ];
    for (const response of responses) {
      expect(response).toMatchObject({ status: 404, body: { error: { code: 'company.not_found' } } });
      expect(JSON.stringify(response.body)).not.toContain('Geheim');
    }
    expect(
      await db.selectFrom('company_assets').selectAll().where('company_id', '=', foreign).execute(),
    ).toEqual(before);
    const company = await db
      .selectFrom('companies')
      .select('layout_json')
      .where('id', '=', foreign)
      .executeTakeFirst();
    expect(company).toEqual({ layout_json: null });
  });
});

describeEachDatabase('/api/v1/companies/:id/layout-preview', ({ openDatabase }: TestDialect) => {
  async function setUp(company: Record<string, unknown> = {}) {
    const server = await createApiTestServer({ db: (await openDatabase()).db });
    const companyId = await createCompany(server.send, company);
    return { ...server, companyId };
  }

  const layoutWith = (letterhead: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    layout: {
      footer: ['Sitz Köln · Amtsgericht Köln HRB 4711'],
      letterhead: { logo: null, senderLine: null, addressBlock: [], background: null, ...letterhead },
      ...extra,
    },
  });

  async function preview(send: Send, companyId: string, body: object, format?: string) {
    return send({ method: 'POST', url: previewUrl(companyId, format), payload: body });
  }

  it('renders the sample certificate with the company and the draft layout as one SVG of both pages', async () => {
    const { send, companyId } = await setUp();
    await putAsset(send, companyId, 'logo', png);
    const response = await preview(
      send,
      companyId,
      layoutWith({ logo: { src: 'logo', position: 'left', width: 30 }, senderLine: 'Absender Zeile 1' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'image/svg+xml',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': assetContentSecurityPolicy,
    });
    const image = response.body as string;
    expect(image.startsWith('<svg')).toBe(true);
    // The text layer holds the company (the employer), the draft's sender line and footer.
    for (const text of [
      'Rheinfracht Logistik GmbH',
      'Absender Zeile 1',
      'Sitz Köln · Amtsgericht Köln HRB 4711',
    ])
      expect(image).toContain(text);
    // Two A4 pages (841.89 pt each) stacked in one image.
    const height = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(image)?.[1]);
    expect(height).toBeGreaterThan(2 * 841);
    expect(image).toContain('data:image/png;base64,');
    expect(image).not.toMatch(/<script/i);
  });

  it('applies the draft, not the stored layout: another footer gives another image', async () => {
    const { send, companyId } = await setUp();
    const first = (await preview(send, companyId, layoutWith({}))).body as string;
    const second = (await preview(send, companyId, layoutWith({}, { footer: ['Ganz andere Fußzeile'] })))
      .body as string;
    expect(second).toContain('Ganz andere Fußzeile');
    expect(first).not.toContain('Ganz andere Fußzeile');
  });

  it('renders a PDF on request, with the company’s stored logo as an image', async () => {
    const { send, app, administrator, companyId } = await setUp();
    await putAsset(send, companyId, 'logo', png);
    const response = await app.inject({
      method: 'POST',
      url: previewUrl(companyId, 'pdf'),
      headers: administrator.session.headers,
      payload: layoutWith({ logo: { src: 'logo', position: 'right', width: 40 } }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const bytes = new Uint8Array(response.rawPayload);
    const pages = await pdfPageTexts(bytes);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Rheinfracht Logistik GmbH');
    expect(pages[0]).toContain('Sitz Köln · Amtsgericht Köln HRB 4711');
    expect(pages[1]).toContain('Seite 2 von 2');
    expect((await pdfImageCounts(bytes))[0]).toBe(1);
  });

  it('answers 400 render.asset_missing for a layout that names an image the company lacks', async () => {
    const { send, companyId } = await setUp();
    for (const letterhead of [
      { logo: { src: 'logo', position: 'left', width: 30 } },
      { background: { src: 'background' } },
      { logo: { src: 'rheinfracht-logo.svg', position: 'left', width: 30 } },
    ]) {
      expect(await preview(send, companyId, layoutWith(letterhead))).toMatchObject({
        status: 400,
        body: { error: { code: 'render.asset_missing', message: expect.stringContaining('upload it') } },
      });
    }
  });

  it('validates the layout and the format, naming the fields', async () => {
    const { send, companyId } = await setUp();
    expect(
      await preview(send, companyId, { layout: { margins: { top: 5, right: 20, bottom: 25, left: 25 } } }),
    ).toMatchObject({
      status: 400,
      body: { error: { code: 'validation.failed', issues: [{ path: 'layout.margins.top' }] } },
    });
    expect(await preview(send, companyId, { layout: {}, extra: 1 })).toMatchObject({
      status: 400,
      body: { error: { issues: [{ path: 'extra' }] } },
    });
    expect(await preview(send, companyId, { layout: {} }, 'png')).toMatchObject({
      status: 400,
      body: { error: { issues: [{ path: 'query.format' }] } },
    });
  });

  it('keeps markup in company data as text: a company name with <script> stays escaped', async () => {
    const { send, companyId } = await setUp({ name: '<script>alert(1)</script> & Söhne GmbH' });
    await putAsset(send, companyId, 'logo', scriptedSvg, 'image/svg+xml');
    const response = await preview(
      send,
      companyId,
      layoutWith({ logo: { src: 'logo', position: 'left', width: 30 } }),
    );
    expect(response.status).toBe(200);
    const image = response.body as string;
    expect(image).not.toMatch(/<script/i);
    expect(image).toContain('&lt;script>alert(1)&lt;/script> &amp; Söhne GmbH');
    // The uploaded SVG is only ever an <image> (which never runs script), not part of the markup.
    expect(image).toContain('data:image/svg+xml;base64,');
  });
});
