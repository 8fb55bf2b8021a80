// Handovers over HTTP. HR (signed in): POST/GET /certificates/:id/handovers, POST /handovers/:id/revoke.
// The recipient (public routes, no user session): POST /handover/session exchanges the link for an
// HttpOnly SameSite=Strict cookie, then /handover/code, /handover/code/verify, /handover/certificate
// (GET, PATCH), /handover/finish and /handover/document work with that cookie. Every recipient route is
// rate-limited per client address, the ones that take a secret or a code also per handover, and answers
// with `Referrer-Policy: no-referrer`.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses, idParamsSchema } from '../../app/api/api.schemas.js';
import { getRequestContext, type RequestContext } from '../../app/request-context.js';
import { publicRoute } from '../auth/auth.hooks.js';
import { isTokenShaped } from '../auth/auth.services.js';
import { contentDisposition } from '../certificates/certificates.models.js';
import { createPdfRenderer, type PdfRenderer } from '../rendering/pdf.services.js';
import { handoverCookieNames, handoverRateLimits, type HandoverRateLimits } from './handovers.config.js';
import {
  createdHandoverSchema,
  createHandoverBodySchema,
  finishBodySchema,
  handoverSchema,
  recipientDocumentQuerySchema,
  recipientViewSchema,
  sessionAnswerSchema,
  sessionBodySchema,
  updateRecipientCertificateBodySchema,
  verifyCodeBodySchema,
} from './handovers.schemas.js';
import * as usecases from './handovers.usecases.js';

export interface HandoverRouteDependencies extends ApiDependencies {
  /** Who asks; tests pass their own to act as different users. */
  getContext?: (request: FastifyRequest) => Promise<RequestContext>;
  /** Overrides the recipient routes' rate limits (tests). */
  rateLimits?: HandoverRateLimits;
}

export function handoverCookieName({ isHttps }: { isHttps: boolean }): string {
  return isHttps ? handoverCookieNames.secure : handoverCookieNames.plain;
}

export function registerHandoverRoutes(
  api: Api,
  {
    db,
    now,
    publicUrl,
    isHttps,
    getContext = getRequestContext,
    rateLimits = handoverRateLimits,
  }: HandoverRouteDependencies,
): void {
  const dependencies = { inTransaction: usecases.createHandoverTransactionRunner(db, now), now, publicUrl };
  const cookieName = handoverCookieName({ isHttps });
  let pdfRenderer: PdfRenderer | undefined;
  const renderPdf = (args: Parameters<PdfRenderer['renderPdf']>[0]) => {
    pdfRenderer ??= createPdfRenderer();
    return pdfRenderer.renderPdf(args);
  };
  api.addHook('onClose', async () => {
    pdfRenderer?.close();
    pdfRenderer = undefined;
  });

  const actorOf = async (request: FastifyRequest): Promise<usecases.HandoverActor> => {
    const { organizationId, userId, scope } = await getContext(request);
    return { organizationId, userId, scope };
  };

  // HR ---------------------------------------------------------------------------------------------
  const tags = ['handovers'];

  api.post(
    '/certificates/:id/handovers',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: createHandoverBodySchema,
        response: { 201: createdHandoverSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const created = await usecases.createHandover({
        actor: await actorOf(request),
        certificateId: request.params.id,
        input: request.body,
        ...dependencies,
      });
      return reply.code(201).send(created);
    },
  );

  api.get(
    '/certificates/:id/handovers',
    {
      schema: {
        tags,
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(handoverSchema) }), ...errorResponses(401, 404) },
      },
    },
    async (request) => ({
      items: await usecases.listCertificateHandovers({
        actor: await actorOf(request),
        certificateId: request.params.id,
        ...dependencies,
      }),
    }),
  );

  api.post(
    '/handovers/:id/revoke',
    {
      schema: {
        tags,
        params: idParamsSchema,
        response: { 200: handoverSchema, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      usecases.revokeHandover({
        actor: await actorOf(request),
        handoverId: request.params.id,
        ...dependencies,
      }),
  );

  // The recipient ----------------------------------------------------------------------------------
  const recipientTags = ['handover (recipient)'];

  /** Per client address: the stricter limit for the routes that take a secret or a code. */
  const perAddress = (kind: 'link' | 'any') => async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('referrer-policy', 'no-referrer');
    await usecases.enforceRateLimit(dependencies, {
      key: `${kind}:ip:${request.ip}`,
      max: kind === 'link' ? rateLimits.linkPerAddress : rateLimits.anyPerAddress,
      windowMs: rateLimits.windowMs,
    });
  };
  const recipientRoute = (kind: 'link' | 'any') => ({ ...publicRoute, onRequest: perAddress(kind) });

  const tokenOf = (request: FastifyRequest): string | null => {
    const value = request.cookies[cookieName];
    return isTokenShaped(value) ? value : null;
  };
  const cookieOptions = (maxAgeSeconds?: number) => ({
    path: '/',
    httpOnly: true,
    secure: isHttps,
    sameSite: 'strict' as const,
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  });

  api.post(
    '/handover/session',
    {
      ...recipientRoute('link'),
      schema: {
        tags: recipientTags,
        body: sessionBodySchema,
        response: { 200: sessionAnswerSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, answer } = await usecases.openHandoverSession({
        publicId: request.body.id,
        secret: request.body.secret,
        ...dependencies,
      });
      const maxAge = Math.max(1, Math.floor((expiresAt.getTime() - now().getTime()) / 1000));
      reply.setCookie(cookieName, token, cookieOptions(maxAge));
      return answer;
    },
  );

  api.post(
    '/handover/code',
    {
      ...recipientRoute('link'),
      schema: {
        tags: recipientTags,
        response: { 202: z.object({ status: z.literal('sent') }), ...errorResponses(401, 404, 429) },
      },
    },
    async (request, reply) => {
      await usecases.sendHandoverCode({ token: tokenOf(request), ...dependencies });
      return reply.code(202).send({ status: 'sent' as const });
    },
  );

  api.post(
    '/handover/code/verify',
    {
      ...recipientRoute('link'),
      schema: {
        tags: recipientTags,
        body: verifyCodeBodySchema,
        response: { 200: z.object({ status: z.literal('ready') }), ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => {
      await usecases.verifyHandoverCode({
        token: tokenOf(request),
        code: request.body.code,
        ...dependencies,
      });
      return { status: 'ready' as const };
    },
  );

  api.get(
    '/handover/certificate',
    {
      ...recipientRoute('any'),
      schema: {
        tags: recipientTags,
        response: { 200: recipientViewSchema, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => usecases.getRecipientView({ token: tokenOf(request), ...dependencies }),
  );

  api.patch(
    '/handover/certificate',
    {
      ...recipientRoute('any'),
      schema: {
        tags: recipientTags,
        body: updateRecipientCertificateBodySchema,
        response: { 200: recipientViewSchema, ...errorResponses(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      usecases.saveRecipientChanges({ token: tokenOf(request), input: request.body, ...dependencies }),
  );

  api.post(
    '/handover/finish',
    {
      ...recipientRoute('any'),
      schema: {
        tags: recipientTags,
        body: finishBodySchema,
        response: { 200: z.object({ status: z.literal('finished') }), ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request, reply) => {
      await usecases.finishHandover({
        token: tokenOf(request),
        comment: request.body.comment ?? null,
        ...dependencies,
      });
      reply.clearCookie(cookieName, cookieOptions());
      return { status: 'finished' as const };
    },
  );

  api.get(
    '/handover/document',
    {
      ...recipientRoute('any'),
      schema: {
        tags: recipientTags,
        querystring: recipientDocumentQuerySchema,
        response: {
          200: z.unknown().describe('The certificate as PDF or DOCX, as an attachment'),
          ...errorResponses(400, 401, 403, 404, 429),
        },
      },
    },
    async (request, reply) => {
      const { body, contentType, fileName } = await usecases.renderRecipientDocument({
        token: tokenOf(request),
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
