// /api/v1/security-events: the security log for administrators (L1) — a filtered list in keyset pages
// and the same filters as a CSV download for German Excel.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses } from '../../app/api/api.schemas.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { getRequestContext, requireAdministrator, type RequestContext } from '../../app/request-context.js';
import { securityLogTimeZone } from './security-log.config.js';
import { formatSecurityEventForApi } from './security-log.models.js';
import { createSecurityLogRepository } from './security-log.repository.js';
import {
  exportSecurityEventsQuerySchema,
  listSecurityEventsQuerySchema,
  securityEventPageSchema,
} from './security-log.schemas.js';
import * as usecases from './security-log.usecases.js';

export interface SecurityLogRouteDependencies extends ApiDependencies {
  /** Who asks; tests pass their own to act as a non-administrator. */
  getContext?: (request: FastifyRequest) => Promise<RequestContext>;
}

/** YYYY-MM-DD of `date` in German time, for the file name. */
function localDate(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: securityLogTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

export function registerSecurityLogRoutes(
  api: Api,
  { db, now, getContext = getRequestContext }: SecurityLogRouteDependencies,
): void {
  const dependencies: usecases.SecurityLogDependencies = {
    inTransaction: createTransactionRunner(db, (trx) => ({
      securityLog: createSecurityLogRepository({ db: trx }),
    })),
    now,
  };
  const tags = ['security-log'];

  api.get(
    '/security-events',
    {
      schema: {
        tags,
        querystring: listSecurityEventsQuerySchema,
        response: { 200: securityEventPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const context = await getContext(request);
      requireAdministrator(context);
      const { events, nextCursor } = await usecases.listSecurityEvents({
        organizationId: context.organizationId,
        query: request.query,
        ...dependencies,
      });
      reply.header('cache-control', 'no-store');
      return { items: events.map(formatSecurityEventForApi), nextCursor };
    },
  );

  api.get(
    '/security-events/export.csv',
    {
      schema: {
        tags,
        querystring: exportSecurityEventsQuerySchema,
        response: {
          200: z.unknown().describe('CSV (UTF-8 with BOM, `;`-separated), newest first, as an attachment'),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const context = await getContext(request);
      requireAdministrator(context);
      const { csv } = await usecases.exportSecurityEventsCsv({
        organizationId: context.organizationId,
        query: request.query,
        ...dependencies,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="sicherheitsprotokoll-${localDate(now())}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}
