// /api/v1/organization: the account (plan, seats; area „Konto“) and the sign-in settings
// (administrators only: password policy, session timeouts, second factor, Entra ID SSO).
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses } from '../../app/api/api.schemas.js';
import { getRequestContext, requireAdministrator, requireArea } from '../../app/request-context.js';
import { createIdentityTransactionRunner } from '../auth/auth.dependencies.js';
import {
  accountSchema,
  securitySettingsSchema,
  updateSecuritySettingsBodySchema,
} from './organization.schemas.js';
import * as usecases from './organization.usecases.js';

export function registerOrganizationRoutes(api: Api, { db, now, publicUrl }: ApiDependencies): void {
  const dependencies = { inTransaction: createIdentityTransactionRunner(db, now), now };
  const tags = ['organization'];
  // What Entra ID must send the browser back to: the callback under PUBLIC_URL.
  const ssoRedirectUri = `${publicUrl}/api/v1/auth/sso/callback`;

  api.get(
    '/organization',
    { schema: { tags, response: { 200: accountSchema, ...errorResponses(401, 403) } } },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'account', 'read');
      return usecases.getAccount({ organizationId: context.organizationId, ...dependencies });
    },
  );

  api.get(
    '/organization/security',
    { schema: { tags, response: { 200: securitySettingsSchema, ...errorResponses(401, 403) } } },
    async (request) => {
      const context = await getRequestContext(request);
      requireAdministrator(context);
      return {
        ...(await usecases.getSecuritySettings({ organizationId: context.organizationId, ...dependencies })),
        ssoRedirectUri,
      };
    },
  );

  api.patch(
    '/organization/security',
    {
      schema: {
        tags,
        body: updateSecuritySettingsBodySchema,
        response: { 200: securitySettingsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireAdministrator(context);
      return {
        ...(await usecases.updateSecuritySettings({ actor: context, input: request.body, ...dependencies })),
        ssoRedirectUri,
      };
    },
  );
}
