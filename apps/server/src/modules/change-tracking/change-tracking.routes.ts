// /api/v1/certificates/:id/changes: a certificate's change history (L4), newest first, for exactly the
// users who may see the certificate (404 for everyone else, as for the certificate itself).
import type { FastifyRequest } from 'fastify';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses, idParamsSchema } from '../../app/api/api.schemas.js';
import { createReadRunner } from '../../app/database/transaction.js';
import { getRequestContext, type RequestContext } from '../../app/request-context.js';
import { createCertificatesRepository } from '../certificates/certificates.repository.js';
import { createEmployeesRepository } from '../employees/employees.repository.js';
import { createOrganizationStructureRepository } from '../organization-structure/organization-structure.repository.js';
import { formatChangeForApi } from './change-tracking.models.js';
import { createChangeTrackingRepository } from './change-tracking.repository.js';
import { certificateChangePageSchema, listChangesQuerySchema } from './change-tracking.schemas.js';
import { listCertificateChanges } from './change-tracking.usecases.js';

export interface ChangeTrackingRouteDependencies extends ApiDependencies {
  /** Who asks; tests pass their own to act as different users. */
  getContext?: (request: FastifyRequest) => Promise<RequestContext>;
}

export function registerChangeTrackingRoutes(
  api: Api,
  { db, getContext = getRequestContext }: ChangeTrackingRouteDependencies,
): void {
  const inTransaction = createReadRunner(db, (trx) => ({
    certificates: createCertificatesRepository({ db: trx }),
    employees: createEmployeesRepository({ db: trx }),
    structure: createOrganizationStructureRepository({ db: trx }),
    changeTracking: createChangeTrackingRepository({ db: trx }),
  }));

  api.get(
    '/certificates/:id/changes',
    {
      schema: {
        tags: ['certificates'],
        params: idParamsSchema,
        querystring: listChangesQuerySchema,
        response: { 200: certificateChangePageSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const { organizationId, userId, scope } = await getContext(request);
      const { changes, nextCursor, userNames, changeTracking } = await listCertificateChanges({
        actor: { organizationId, userId, scope },
        certificateId: request.params.id,
        query: request.query,
        inTransaction,
      });
      return { items: changes.map(formatChangeForApi), nextCursor, userNames, changeTracking };
    },
  );
}
