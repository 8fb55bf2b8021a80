// /api/v1/email-templates (area „E-Mail-Vorlagen“: read to look, write to change): the templates with
// their placeholders, one template (the default until customised), save, reset to default, preview with
// sample values; /api/v1/organization/email: the tenant's sender name.
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses } from '../../app/api/api.schemas.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { getRequestContext, requireArea, type RequestContext } from '../../app/request-context.js';
import { createSecurityLogRepository } from '../security-log/security-log.repository.js';
import { createEmailTemplatesRepository } from './email-templates.repository.js';
import {
  renderedTemplateSchema,
  senderNameSchema,
  templateBodySchema,
  templateListSchema,
  templateParamsSchema,
  templateSchema,
  updateSenderNameBodySchema,
} from './email-templates.schemas.js';
import * as usecases from './email-templates.usecases.js';

const actorOf = (context: RequestContext): usecases.Actor => ({
  organizationId: context.organizationId,
  userId: context.userId,
  origin: context.origin,
});

export function registerEmailTemplateRoutes(api: Api, { db, now }: ApiDependencies): void {
  const dependencies: usecases.EmailTemplateDependencies = {
    inTransaction: createTransactionRunner(db, (trx) => ({
      emailTemplates: createEmailTemplatesRepository({ db: trx }),
      securityLog: createSecurityLogRepository({ db: trx }),
    })),
    now,
  };
  const tags = ['email-templates'];

  api.get(
    '/email-templates',
    { schema: { tags, response: { 200: templateListSchema, ...errorResponses(401, 403) } } },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'emailTemplates', 'read');
      return {
        items: await usecases.listEmailTemplates({ organizationId: context.organizationId, ...dependencies }),
      };
    },
  );

  api.get(
    '/email-templates/:key/:language',
    {
      schema: {
        tags,
        params: templateParamsSchema,
        response: { 200: templateSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'emailTemplates', 'read');
      return usecases.getEmailTemplate({
        organizationId: context.organizationId,
        ...request.params,
        ...dependencies,
      });
    },
  );

  api.put(
    '/email-templates/:key/:language',
    {
      schema: {
        tags,
        params: templateParamsSchema,
        body: templateBodySchema,
        response: { 200: templateSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'emailTemplates', 'write');
      return usecases.saveEmailTemplate({
        actor: actorOf(context),
        ...request.params,
        content: request.body,
        ...dependencies,
      });
    },
  );

  api.delete(
    '/email-templates/:key/:language',
    {
      schema: {
        tags,
        params: templateParamsSchema,
        response: { 200: templateSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'emailTemplates', 'write');
      return usecases.resetEmailTemplate({ actor: actorOf(context), ...request.params, ...dependencies });
    },
  );

  api.post(
    '/email-templates/:key/:language/preview',
    {
      schema: {
        tags,
        params: templateParamsSchema,
        body: templateBodySchema,
        response: { 200: renderedTemplateSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'emailTemplates', 'write');
      return usecases.previewEmailTemplate({ ...request.params, content: request.body });
    },
  );

  api.get(
    '/organization/email',
    { schema: { tags, response: { 200: senderNameSchema, ...errorResponses(401, 403) } } },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'emailTemplates', 'read');
      return usecases.getSenderName({ organizationId: context.organizationId, ...dependencies });
    },
  );

  api.patch(
    '/organization/email',
    {
      schema: {
        tags,
        body: updateSenderNameBodySchema,
        response: { 200: senderNameSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'emailTemplates', 'write');
      return usecases.updateSenderName({
        actor: actorOf(context),
        senderName: request.body.senderName,
        ...dependencies,
      });
    },
  );
}
