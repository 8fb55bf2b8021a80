// /api/v1/delivery/failures (administrators): the organisation's messages that could not be delivered
// after all retries, and a resend that queues one again with fresh attempts.
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses, idParamsSchema } from '../../app/api/api.schemas.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { getRequestContext, requireAdministrator } from '../../app/request-context.js';
import { createSecurityLogRepository } from '../security-log/security-log.repository.js';
import {
  deliveryFailurePageSchema,
  listFailuresQuerySchema,
  resendResultSchema,
} from './delivery-failures.schemas.js';
import * as usecases from './delivery-failures.usecases.js';
import { createDeliveryFailuresRepository } from './outbox.repository.js';

export function registerDeliveryFailureRoutes(api: Api, { db, now }: ApiDependencies): void {
  const dependencies: usecases.DeliveryFailureDependencies = {
    inTransaction: createTransactionRunner(db, (trx) => ({
      deliveryFailures: createDeliveryFailuresRepository({ db: trx }),
      securityLog: createSecurityLogRepository({ db: trx }),
    })),
    now,
  };
  const tags = ['delivery'];

  api.get(
    '/delivery/failures',
    {
      schema: {
        tags,
        querystring: listFailuresQuerySchema,
        response: { 200: deliveryFailurePageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireAdministrator(context);
      reply.header('cache-control', 'no-store');
      return usecases.listDeliveryFailures({
        organizationId: context.organizationId,
        query: request.query,
        ...dependencies,
      });
    },
  );

  api.post(
    '/delivery/failures/:id/resend',
    {
      schema: {
        tags,
        params: idParamsSchema,
        response: { 200: resendResultSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireAdministrator(context);
      return usecases.resendDeliveryFailure({
        actor: { organizationId: context.organizationId, userId: context.userId, origin: context.origin },
        id: request.params.id,
        ...dependencies,
      });
    },
  );
}
