// /api/v1/employees: list with search, filters, sort and keyset pages; create, read, change, delete.
import { z } from 'zod';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses, idParamsSchema } from '../../app/api/api.schemas.js';
import { createReadRunner, createTransactionRunner } from '../../app/database/transaction.js';
import { getRequestContext, requireArea } from '../../app/request-context.js';
import { createOrganizationStructureRepository } from '../organization-structure/organization-structure.repository.js';
import { formatEmployeeForApi } from './employees.models.js';
import { createEmployeesRepository } from './employees.repository.js';
import {
  createEmployeeBodySchema,
  employeePageSchema,
  employeeSchema,
  listEmployeesQuerySchema,
  updateEmployeeBodySchema,
} from './employees.schemas.js';
import * as usecases from './employees.usecases.js';

export function registerEmployeeRoutes(api: Api, { db, now }: ApiDependencies): void {
  const repositoriesOf = (trx: typeof db) => ({
    employees: createEmployeesRepository({ db: trx }),
    structure: createOrganizationStructureRepository({ db: trx }),
  });
  const dependencies: usecases.EmployeeDependencies = {
    inTransaction: createTransactionRunner(db, repositoriesOf),
    read: createReadRunner(db, repositoriesOf),
    now,
  };
  const tags = ['employees'];

  api.get(
    '/employees',
    {
      schema: {
        tags,
        querystring: listEmployeesQuerySchema,
        response: { 200: employeePageSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'employees', 'read');
      const { organizationId } = context;
      const { employees, nextCursor } = await usecases.listEmployees({
        organizationId,
        query: request.query,
        ...dependencies,
      });
      return { items: employees.map(formatEmployeeForApi), nextCursor };
    },
  );

  api.post(
    '/employees',
    {
      schema: {
        tags,
        body: createEmployeeBodySchema,
        response: { 201: employeeSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'employees', 'write');
      const { organizationId } = context;
      const { employee } = await usecases.createEmployee({
        organizationId,
        input: request.body,
        ...dependencies,
      });
      return reply.code(201).send(formatEmployeeForApi(employee));
    },
  );

  api.get(
    '/employees/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: employeeSchema, ...errorResponses(404) } } },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'employees', 'read');
      const { organizationId } = context;
      const { employee } = await usecases.getEmployeeOrThrow({
        organizationId,
        employeeId: request.params.id,
        ...dependencies,
      });
      return formatEmployeeForApi(employee);
    },
  );

  api.patch(
    '/employees/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateEmployeeBodySchema,
        response: { 200: employeeSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'employees', 'write');
      const { organizationId } = context;
      const { employee } = await usecases.updateEmployee({
        organizationId,
        employeeId: request.params.id,
        input: request.body,
        ...dependencies,
      });
      return formatEmployeeForApi(employee);
    },
  );

  api.delete(
    '/employees/:id',
    { schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses(404, 409) } } },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'employees', 'write');
      const { organizationId } = context;
      await usecases.deleteEmployee({ organizationId, employeeId: request.params.id, ...dependencies });
      return reply.code(204).send(null);
    },
  );
}
