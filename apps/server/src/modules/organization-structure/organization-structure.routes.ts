// /api/v1/companies and the four dimensions (/locations, /departments, /org-units, /employee-types):
// list, create, read, change, delete.
import { z } from 'zod';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses, idParamsSchema } from '../../app/api/api.schemas.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { getRequestContext, requireArea } from '../../app/request-context.js';
import { dimensionNames, dimensions, type Dimension } from './organization-structure.config.js';
import { formatCompanyForApi, formatDimensionItemForApi } from './organization-structure.models.js';
import { createOrganizationStructureRepository } from './organization-structure.repository.js';
import {
  companySchema,
  createCompanyBodySchema,
  dimensionItemBodySchema,
  dimensionItemSchema,
  updateCompanyBodySchema,
} from './organization-structure.schemas.js';
import * as usecases from './organization-structure.usecases.js';

export function registerOrganizationStructureRoutes(api: Api, { db, now }: ApiDependencies): void {
  const dependencies = {
    inTransaction: createTransactionRunner(db, (trx) => ({
      structure: createOrganizationStructureRepository({ db: trx }),
    })),
    now,
  };
  registerCompanyRoutes(api, dependencies);
  for (const name of dimensionNames) registerDimensionRoutes(api, dimensions[name], dependencies);
}

function registerCompanyRoutes(api: Api, dependencies: usecases.StructureDependencies): void {
  const tags = ['companies'];

  api.get(
    '/companies',
    { schema: { tags, response: { 200: z.object({ items: z.array(companySchema) }) } } },
    async (request) => {
      const { organizationId } = await getRequestContext(request);
      const { companies } = await usecases.listCompanies({ organizationId, ...dependencies });
      return { items: companies.map(formatCompanyForApi) };
    },
  );

  api.post(
    '/companies',
    {
      schema: {
        tags,
        body: createCompanyBodySchema,
        response: { 201: companySchema, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'companies', 'write');
      const { organizationId } = context;
      const { company } = await usecases.createCompany({
        organizationId,
        input: request.body,
        ...dependencies,
      });
      return reply.code(201).send(formatCompanyForApi(company));
    },
  );

  api.get(
    '/companies/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: companySchema, ...errorResponses(404) } } },
    async (request) => {
      const { organizationId } = await getRequestContext(request);
      const { company } = await usecases.getCompanyOrThrow({
        organizationId,
        companyId: request.params.id,
        ...dependencies,
      });
      return formatCompanyForApi(company);
    },
  );

  api.patch(
    '/companies/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateCompanyBodySchema,
        response: { 200: companySchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'companies', 'write');
      const { organizationId } = context;
      const { company } = await usecases.updateCompany({
        organizationId,
        companyId: request.params.id,
        input: request.body,
        ...dependencies,
      });
      return formatCompanyForApi(company);
    },
  );

  api.delete(
    '/companies/:id',
    { schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses(404, 409) } } },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'companies', 'write');
      const { organizationId } = context;
      await usecases.deleteCompany({ organizationId, companyId: request.params.id, ...dependencies });
      return reply.code(204).send(null);
    },
  );
}

function registerDimensionRoutes(
  api: Api,
  dimension: Dimension,
  dependencies: usecases.StructureDependencies,
): void {
  const tags = ['organization structure'];
  const itemPath = `${dimension.path}/:id`;

  api.get(
    dimension.path,
    { schema: { tags, response: { 200: z.object({ items: z.array(dimensionItemSchema) }) } } },
    async (request) => {
      const { organizationId } = await getRequestContext(request);
      const { items } = await usecases.listDimensionItems({ dimension, organizationId, ...dependencies });
      return { items: items.map(formatDimensionItemForApi) };
    },
  );

  api.post(
    dimension.path,
    {
      schema: {
        tags,
        body: dimensionItemBodySchema,
        response: { 201: dimensionItemSchema, ...errorResponses(400, 409) },
      },
    },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'companies', 'write');
      const { organizationId } = context;
      const { item } = await usecases.createDimensionItem({
        dimension,
        organizationId,
        name: request.body.name,
        ...dependencies,
      });
      return reply.code(201).send(formatDimensionItemForApi(item));
    },
  );

  api.get(
    itemPath,
    {
      schema: {
        tags,
        params: idParamsSchema,
        response: { 200: dimensionItemSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { organizationId } = await getRequestContext(request);
      const { item } = await usecases.getDimensionItemOrThrow({
        dimension,
        organizationId,
        id: request.params.id,
        ...dependencies,
      });
      return formatDimensionItemForApi(item);
    },
  );

  api.patch(
    itemPath,
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: dimensionItemBodySchema,
        response: { 200: dimensionItemSchema, ...errorResponses(400, 404, 409) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'companies', 'write');
      const { organizationId } = context;
      const { item } = await usecases.renameDimensionItem({
        dimension,
        organizationId,
        id: request.params.id,
        name: request.body.name,
        ...dependencies,
      });
      return formatDimensionItemForApi(item);
    },
  );

  api.delete(
    itemPath,
    { schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses(404, 409) } } },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'companies', 'write');
      const { organizationId } = context;
      await usecases.deleteDimensionItem({
        dimension,
        organizationId,
        id: request.params.id,
        ...dependencies,
      });
      return reply.code(204).send(null);
    },
  );
}
