// /api/v1/roles: the organisation's roles (area „Rollen“) with a level per area.
import { z } from 'zod';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses, idParamsSchema } from '../../app/api/api.schemas.js';
import type { RolesTable } from '../../app/database/database.types.js';
import { getRequestContext, requireArea } from '../../app/request-context.js';
import { createIdentityTransactionRunner } from '../auth/auth.dependencies.js';
import { parsePermissions, uniformPermissions } from './access.models.js';
import { createRoleBodySchema, roleListSchema, roleSchema, updateRoleBodySchema } from './roles.schemas.js';
import * as usecases from './roles.usecases.js';

export function formatRoleForApi(role: RolesTable) {
  const isAdministrator = role.is_administrator === 1;
  return {
    id: role.id,
    name: role.name,
    isAdministrator,
    permissions: isAdministrator ? uniformPermissions('write') : parsePermissions(role.permissions_json),
    createdAt: role.created_at,
    updatedAt: role.updated_at,
  };
}

export function registerRoleRoutes(api: Api, { db, now }: ApiDependencies): void {
  const dependencies = { inTransaction: createIdentityTransactionRunner(db, now), now };
  const tags = ['roles'];

  api.get(
    '/roles',
    { schema: { tags, response: { 200: roleListSchema, ...errorResponses(401, 403) } } },
    async (request) => {
      const context = await getRequestContext(request);
      // Reading the roles is needed to assign them: the users area suffices.
      if (!context.isAdministrator && context.permissions.users === 'none')
        requireArea(context, 'roles', 'read');
      const roles = await usecases.listRoles({ organizationId: context.organizationId, ...dependencies });
      return { items: roles.map(formatRoleForApi) };
    },
  );

  api.post(
    '/roles',
    {
      schema: {
        tags,
        body: createRoleBodySchema,
        response: { 201: roleSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'roles', 'write');
      const role = await usecases.createRole({
        organizationId: context.organizationId,
        input: request.body,
        ...dependencies,
      });
      return reply.code(201).send(formatRoleForApi(role));
    },
  );

  api.get(
    '/roles/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        response: { 200: roleSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'roles', 'read');
      const role = await usecases.getRole({
        organizationId: context.organizationId,
        roleId: request.params.id,
        ...dependencies,
      });
      return formatRoleForApi(role);
    },
  );

  api.patch(
    '/roles/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateRoleBodySchema,
        response: { 200: roleSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'roles', 'write');
      const role = await usecases.updateRole({
        organizationId: context.organizationId,
        roleId: request.params.id,
        input: request.body,
        actor: context,
        ...dependencies,
      });
      return formatRoleForApi(role);
    },
  );

  api.delete(
    '/roles/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'roles', 'write');
      await usecases.deleteRole({
        organizationId: context.organizationId,
        roleId: request.params.id,
        ...dependencies,
      });
      return reply.code(204).send(null);
    },
  );
}
