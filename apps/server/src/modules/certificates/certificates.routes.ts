// /api/v1/certificates: list, create, read, change, delete; status transitions, issued versions, and the
// document in four formats. The PDF renderer is created on the first PDF request (typesetting fonts load
// once, then it stays warm) and closed when the server closes.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses, idParamsSchema } from '../../app/api/api.schemas.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { getRequestContext, type RequestContext } from '../../app/request-context.js';
import { createPdfRenderer, type PdfRenderer } from '../rendering/pdf.services.js';
import * as documents from './certificate-documents.usecases.js';
import * as workflow from './certificate-workflow.usecases.js';
import {
  contentDisposition,
  formatCertificateSummaryForApi,
  formatStatusChangeForApi,
  formatVersionSummaryForApi,
  parseContent,
} from './certificates.models.js';
import { createCertificateRepositories } from './certificates.dependencies.js';
import {
  certificatePageSchema,
  certificateSchema,
  createCertificateBodySchema,
  documentQuerySchema,
  issuedVersionSchema,
  listCertificatesQuerySchema,
  transitionBodySchema,
  updateCertificateBodySchema,
} from './certificates.schemas.js';
import { certificateStatuses } from './certificates.policies.js';
import * as usecases from './certificates.usecases.js';

export interface CertificateRouteDependencies extends ApiDependencies {
  /** Who asks; tests pass their own to act as different users. */
  getContext?: (request: FastifyRequest) => Promise<RequestContext>;
}

function formatCertificateForApi(details: usecases.CertificateDetails) {
  return {
    ...formatCertificateSummaryForApi(details.certificate),
    content: details.content,
    options: details.options,
    history: details.history.map(formatStatusChangeForApi),
    versions: details.versions.map(formatVersionSummaryForApi),
    text: details.text,
    issues: details.issues,
  };
}

export function registerCertificateRoutes(
  api: Api,
  { db, now, publicUrl, getContext = getRequestContext }: CertificateRouteDependencies,
): void {
  const dependencies = {
    inTransaction: createTransactionRunner(db, (trx) => createCertificateRepositories(trx, now)),
    now,
  };
  let pdfRenderer: PdfRenderer | undefined;
  const renderPdf: documents.DocumentDependencies['renderPdf'] = (args) => {
    pdfRenderer ??= createPdfRenderer();
    return pdfRenderer.renderPdf(args);
  };
  api.addHook('onClose', async () => {
    pdfRenderer?.close();
    pdfRenderer = undefined;
  });
  const actorOf = async (request: FastifyRequest): Promise<usecases.Actor> => {
    const { organizationId, userId, scope } = await getContext(request);
    return { organizationId, userId, scope };
  };
  const tags = ['certificates'];
  const byId = { tags, params: idParamsSchema };

  api.get(
    '/certificates',
    {
      schema: {
        tags,
        querystring: listCertificatesQuerySchema,
        response: { 200: certificatePageSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const { certificates, nextCursor } = await usecases.listCertificates({
        actor: await actorOf(request),
        query: request.query,
        ...dependencies,
      });
      return { items: certificates.map(formatCertificateSummaryForApi), nextCursor };
    },
  );

  api.get(
    '/certificates/counts',
    {
      schema: {
        tags,
        response: {
          200: z.object({
            byStatus: z.record(z.enum(certificateStatuses), z.number()),
            total: z.number(),
          }),
          ...errorResponses(401),
        },
      },
    },
    async (request) => usecases.countCertificates({ actor: await actorOf(request), ...dependencies }),
  );

  api.post(
    '/certificates',
    {
      schema: {
        tags,
        body: createCertificateBodySchema,
        response: { 201: certificateSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const details = await usecases.createCertificate({
        actor: await actorOf(request),
        input: request.body,
        ...dependencies,
      });
      return reply.code(201).send(formatCertificateForApi(details));
    },
  );

  api.get(
    '/certificates/:id',
    { schema: { ...byId, response: { 200: certificateSchema, ...errorResponses(404) } } },
    async (request) =>
      formatCertificateForApi(
        await usecases.getCertificateOrThrow({
          actor: await actorOf(request),
          certificateId: request.params.id,
          ...dependencies,
        }),
      ),
  );

  api.patch(
    '/certificates/:id',
    {
      schema: {
        ...byId,
        body: updateCertificateBodySchema,
        response: { 200: certificateSchema, ...errorResponses(400, 404, 409) },
      },
    },
    async (request) =>
      formatCertificateForApi(
        await usecases.updateCertificate({
          actor: await actorOf(request),
          certificateId: request.params.id,
          input: request.body,
          ...dependencies,
        }),
      ),
  );

  api.delete(
    '/certificates/:id',
    { schema: { ...byId, response: { 204: z.null(), ...errorResponses(404) } } },
    async (request, reply) => {
      await usecases.deleteCertificate({
        actor: await actorOf(request),
        certificateId: request.params.id,
        ...dependencies,
      });
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/certificates/:id/transitions',
    {
      schema: {
        ...byId,
        body: transitionBodySchema,
        response: { 200: certificateSchema, ...errorResponses(400, 404, 409) },
      },
    },
    async (request) =>
      formatCertificateForApi(
        await workflow.transitionCertificate({
          actor: await actorOf(request),
          certificateId: request.params.id,
          to: request.body.to,
          comment: request.body.comment ?? null,
          ...dependencies,
        }),
      ),
  );

  api.post(
    '/certificates/:id/versions',
    { schema: { ...byId, response: { 201: issuedVersionSchema, ...errorResponses(404, 409) } } },
    async (request, reply) => {
      const { version, issues } = await workflow.issueVersion({
        actor: await actorOf(request),
        certificateId: request.params.id,
        publicUrl,
        ...dependencies,
      });
      return reply.code(201).send({
        ...formatVersionSummaryForApi(version),
        text: version.text,
        content: parseContent(version.content_json),
        issues,
      });
    },
  );

  api.get(
    '/certificates/:id/document',
    {
      schema: {
        ...byId,
        querystring: documentQuerySchema,
        response: {
          200: z.unknown().describe('The document: PDF, DOCX, HTML or plain text, as an attachment'),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const { body, contentType, fileName } = await documents.renderCertificateDocument({
        actor: await actorOf(request),
        certificateId: request.params.id,
        format: request.query.format,
        renderPdf,
        ...dependencies,
      });
      return reply
        .type(contentType)
        .header('content-disposition', contentDisposition(fileName))
        .header('cache-control', 'no-store')
        .send(typeof body === 'string' ? body : Buffer.from(body));
    },
  );
}
