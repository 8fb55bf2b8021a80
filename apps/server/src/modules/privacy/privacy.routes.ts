// /api/v1/organization/privacy: the tenant's privacy settings (area „Datenschutz“: read to see them,
// write to change them): change tracking (L4) and the one-time code on handover links (H3).
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses } from '../../app/api/api.schemas.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { getRequestContext, requireArea } from '../../app/request-context.js';
import { createSecurityLogRepository } from '../security-log/security-log.repository.js';
import { createPrivacyRepository } from './privacy.repository.js';
import { privacySettingsSchema, updatePrivacySettingsBodySchema } from './privacy.schemas.js';
import { getPrivacySettings, updatePrivacySettings } from './privacy.usecases.js';

export function registerPrivacyRoutes(api: Api, { db, now }: ApiDependencies): void {
  const inTransaction = createTransactionRunner(db, (trx) => ({
    privacy: createPrivacyRepository({ db: trx }),
    securityLog: createSecurityLogRepository({ db: trx }),
  }));
  const tags = ['organization'];

  api.get(
    '/organization/privacy',
    { schema: { tags, response: { 200: privacySettingsSchema, ...errorResponses(401, 403) } } },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'privacy', 'read');
      return getPrivacySettings({ organizationId: context.organizationId, inTransaction });
    },
  );

  api.patch(
    '/organization/privacy',
    {
      schema: {
        tags,
        body: updatePrivacySettingsBodySchema,
        response: { 200: privacySettingsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'privacy', 'write');
      return updatePrivacySettings({ actor: context, input: request.body, inTransaction, now });
    },
  );
}
