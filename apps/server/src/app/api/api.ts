// The HTTP API under /api/v1: zod schemas validate every request (fastify-type-provider-zod), the same
// schemas describe it as OpenAPI 3.1 at /api/openapi.json, and Swagger UI shows it at /api/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Db } from '../database/database.types.js';
import { responseSerializerCompiler } from './response-serializer.js';
import { registerRoleRoutes } from '../../modules/access/roles.routes.js';
import { registerAnalysisRoutes } from '../../modules/analysis/analysis.routes.js';
import { registerAuthRoutes } from '../../modules/auth/auth.routes.js';
import { registerSecondFactorLoginRoutes } from '../../modules/auth/second-factor-login.routes.js';
import { registerSsoLoginRoutes } from '../../modules/auth/sso-login.routes.js';
import { registerCertificateRoutes } from '../../modules/certificates/certificates.routes.js';
import { registerChangeTrackingRoutes } from '../../modules/change-tracking/change-tracking.routes.js';
import { registerPrivacyRoutes } from '../../modules/privacy/privacy.routes.js';
import { registerCompanyAssetRoutes } from '../../modules/company-assets/company-assets.routes.js';
import { registerEmployeeRoutes } from '../../modules/employees/employees.routes.js';
import { registerHandoverRoutes } from '../../modules/handovers/handovers.routes.js';
import { registerOrganizationRoutes } from '../../modules/organization/organization.routes.js';
import { registerOrganizationStructureRoutes } from '../../modules/organization-structure/organization-structure.routes.js';
import { registerSecondFactorRoutes } from '../../modules/second-factor/second-factor.routes.js';
import { registerSecurityLogRoutes } from '../../modules/security-log/security-log.routes.js';
import { registerUserRoutes } from '../../modules/users/users.routes.js';
import { registerEmailTemplateRoutes } from '../../modules/email-templates/email-templates.routes.js';
import { registerDeliveryFailureRoutes } from '../../modules/delivery/delivery-failures.routes.js';

export const apiPrefix = '/api/v1';
export const docsPrefix = '/api/docs';

export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface ApiDependencies {
  db: Db;
  now: () => Date;
  /** Where users reach the application: links in e-mails. */
  publicUrl: string;
  /** Served over HTTPS: Secure `__Host-` cookies. */
  isHttps: boolean;
}

/**
 * Swagger UI needs inline styles (it sets style attributes in its markup); only its pages get them.
 * Everything else, scripts included, stays as strict as the rest of the server.
 */
export const docsContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function registerApi(app: FastifyInstance, dependencies: ApiDependencies): void {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);

  void app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Zeugnisdesk API',
        version: '1',
        description: 'Errors: `{ "error": { "code", "message", "issues"? } }`; the status follows the code.',
      },
    },
    // Only the API is documented: health probes, the docs and development pages are not part of it.
    transform: (route) =>
      route.url.startsWith(`${apiPrefix}/`)
        ? jsonSchemaTransform(route)
        : { schema: { hide: true }, url: route.url },
    // Schemas with a `.meta({ id })` become components, referenced by $ref.
    transformObject: jsonSchemaTransformObject,
  });
  // In a scope of its own, so that its CSP hook applies to its pages only.
  void app.register(async (docs) => {
    await docs.register(swaggerUi, {
      routePrefix: docsPrefix,
      staticCSP: docsContentSecurityPolicy,
      uiConfig: { validatorUrl: null },
    });
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  void app.register(
    async (scope) => {
      const api = scope.withTypeProvider<ZodTypeProvider>();
      registerAuthRoutes(api, dependencies);
      registerSecondFactorLoginRoutes(api, dependencies);
      registerSsoLoginRoutes(api, dependencies);
      registerSecondFactorRoutes(api, dependencies);
      registerUserRoutes(api, dependencies);
      registerRoleRoutes(api, dependencies);
      registerSecurityLogRoutes(api, dependencies);
      registerOrganizationRoutes(api, dependencies);
      registerOrganizationStructureRoutes(api, dependencies);
      registerCompanyAssetRoutes(api, dependencies);
      registerEmployeeRoutes(api, dependencies);
      registerCertificateRoutes(api, dependencies);
      registerAnalysisRoutes(api, dependencies);
      registerHandoverRoutes(api, dependencies);
      registerEmailTemplateRoutes(api, dependencies);
      registerDeliveryFailureRoutes(api, dependencies);
      registerChangeTrackingRoutes(api, dependencies);
      registerPrivacyRoutes(api, dependencies);
    },
    { prefix: apiPrefix },
  );
}
