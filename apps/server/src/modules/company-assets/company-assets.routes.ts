// /api/v1/companies/:id/assets/:slot (the company's logo and letterhead background: upload as the raw
// request body, read, delete) and /api/v1/companies/:id/layout-preview (a sample certificate on a draft
// layout, as SVG or PDF). Stored images and previews are served with a sandboxing CSP: an SVG opened
// directly never runs script.
import type { FastifyError, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses } from '../../app/api/api.schemas.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { AppError, handleError } from '../../app/http-errors.js';
import { getRequestContext, requireArea } from '../../app/request-context.js';
import { formatCompanyForApi } from '../organization-structure/organization-structure.models.js';
import { createOrganizationStructureRepository } from '../organization-structure/organization-structure.repository.js';
import { companySchema } from '../organization-structure/organization-structure.schemas.js';
import { createLazyPdfRenderer } from '../rendering/pdf.services.js';
import {
  assetContentSecurityPolicy,
  companyAssetSlots,
  slotRules,
  uploadContentTypes,
  type CompanyAssetSlot,
} from './company-assets.config.js';
import { tooLargeError } from './company-assets.errors.js';
import { createCompanyAssetsRepository } from './company-assets.repository.js';
import {
  companyAssetParamsSchema,
  companyIdParamsSchema,
  layoutPreviewBodySchema,
  layoutPreviewQuerySchema,
} from './company-assets.schemas.js';
import * as usecases from './company-assets.usecases.js';

/** Headers of every image answer: not cached, not sniffed, sandboxed when opened directly. */
function imageHeaders(reply: FastifyReply, contentType: string): FastifyReply {
  return reply
    .type(contentType)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', assetContentSecurityPolicy);
}

export function registerCompanyAssetRoutes(api: Api, { db, now }: ApiDependencies): void {
  const renderer = createLazyPdfRenderer();
  api.addHook('onClose', async () => renderer.close());
  const dependencies: usecases.CompanyAssetDependencies = {
    inTransaction: createTransactionRunner(db, (trx) => ({
      structure: createOrganizationStructureRepository({ db: trx }),
      assets: createCompanyAssetsRepository({ db: trx }),
    })),
    now,
    renderer,
  };
  const tags = ['companies'];

  // One scope per slot: its own body limit, raw bodies of the image types only, and its own 413.
  for (const slot of companyAssetSlots) registerUploadRoute(api, slot, dependencies);

  api.get(
    '/companies/:id/assets/:slot',
    {
      schema: {
        tags,
        params: companyAssetParamsSchema,
        response: {
          200: z.unknown().describe('The stored image (PNG, JPEG or SVG) with its content type'),
          ...errorResponses(400, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'companies', 'read');
      const { bytes, contentType, fileName } = await usecases.getCompanyAsset({
        organizationId: context.organizationId,
        companyId: request.params.id,
        slot: request.params.slot,
        ...dependencies,
      });
      return imageHeaders(reply, contentType)
        .header('content-disposition', `inline; filename="${fileName}"`)
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );

  api.delete(
    '/companies/:id/assets/:slot',
    {
      schema: {
        tags,
        params: companyAssetParamsSchema,
        response: { 200: companySchema, ...errorResponses(400, 403, 404) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'companies', 'write');
      const { company } = await usecases.deleteCompanyAsset({
        organizationId: context.organizationId,
        companyId: request.params.id,
        slot: request.params.slot,
        ...dependencies,
      });
      return formatCompanyForApi(company);
    },
  );

  api.post(
    '/companies/:id/layout-preview',
    {
      schema: {
        tags,
        description:
          'Renders a sample certificate (the company as employer) on the given layout with the ' +
          "company's stored images: `format=svg` (default) gives all pages stacked in one SVG image, " +
          '`format=pdf` the PDF/A file.',
        params: companyIdParamsSchema,
        querystring: layoutPreviewQuerySchema,
        body: layoutPreviewBodySchema,
        response: {
          200: z.unknown().describe('image/svg+xml or application/pdf'),
          ...errorResponses(400, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'companies', 'read');
      const { body, contentType } = await usecases.renderLayoutPreview({
        organizationId: context.organizationId,
        companyId: request.params.id,
        layout: request.body.layout,
        format: request.query.format,
        ...dependencies,
      });
      return imageHeaders(reply, contentType).send(
        typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body),
      );
    },
  );
}

function registerUploadRoute(
  api: Api,
  slot: CompanyAssetSlot,
  dependencies: usecases.CompanyAssetDependencies,
): void {
  const { formats, maxBytes } = slotRules[slot];
  api.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // Only these bodies, as raw bytes; which type the client names does not matter (the bytes decide).
    scope.removeAllContentTypeParsers();
    const rawBody = { parseAs: 'buffer', bodyLimit: maxBytes } as const;
    for (const contentType of uploadContentTypes) {
      scope.addContentTypeParser(contentType, rawBody, (_request, body, done) => done(null, body));
    }
    scope.setErrorHandler((error: FastifyError | AppError, request, reply) =>
      handleError(
        !(error instanceof AppError) && error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? tooLargeError(slot)
          : error,
        request,
        reply,
      ),
    );
    scope.put(
      `/companies/:id/assets/${slot}`,
      {
        bodyLimit: maxBytes,
        schema: {
          tags: ['companies'],
          description:
            `Stores the company's ${slot} (${formats.join(', ')}; at most ${maxBytes / (1024 * 1024)} MB) ` +
            'from the raw request body and makes the company layout reference it. The format is read ' +
            'from the bytes, not from the Content-Type.',
          params: companyIdParamsSchema,
          response: { 200: companySchema, ...errorResponses(400, 403, 404, 413, 415) },
        },
      },
      async (request) => {
        const context = await getRequestContext(request);
        requireArea(context, 'companies', 'write');
        const body = request.body;
        const { company } = await usecases.putCompanyAsset({
          organizationId: context.organizationId,
          companyId: request.params.id,
          slot,
          bytes:
            body instanceof Buffer
              ? new Uint8Array(body.buffer, body.byteOffset, body.length)
              : new Uint8Array(),
          ...dependencies,
        });
        return formatCompanyForApi(company);
      },
    );
  });
}
