// /api/v1/users: the organisation's users (area „Benutzer“): list, invite, read, change, resend the
// invitation, deactivate, reactivate, unlock.
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses, idParamsSchema } from '../../app/api/api.schemas.js';
import { getRequestContext, requireArea } from '../../app/request-context.js';
import { createIdentityTransactionRunner, type IdentityDependencies } from '../auth/auth.dependencies.js';
import { formatUserForApi } from './users.models.js';
import {
  inviteUserBodySchema,
  listUsersQuerySchema,
  updateUserBodySchema,
  userPageSchema,
  userSchema,
} from './users.schemas.js';
import * as invitations from './invitations.usecases.js';
import * as status from './user-status.usecases.js';
import * as usecases from './users.usecases.js';

export function registerUserRoutes(api: Api, { db, now, publicUrl }: ApiDependencies): void {
  const dependencies: IdentityDependencies = {
    inTransaction: createIdentityTransactionRunner(db, now),
    now,
    publicUrl,
  };
  const tags = ['users'];

  api.get(
    '/users',
    {
      schema: {
        tags,
        querystring: listUsersQuerySchema,
        response: { 200: userPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'users', 'read');
      const { items, nextCursor } = await usecases.listUsers({
        organizationId: context.organizationId,
        query: request.query,
        ...dependencies,
      });
      return { items: items.map((user) => formatUserForApi(user)), nextCursor };
    },
  );

  api.post(
    '/users',
    {
      schema: {
        tags,
        body: inviteUserBodySchema,
        response: { 201: userSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const context = await getRequestContext(request);
      requireArea(context, 'users', 'write');
      const user = await invitations.inviteUser({
        actor: context,
        input: request.body,
        origin: context.origin,
        ...dependencies,
      });
      return reply.code(201).send(formatUserForApi(user));
    },
  );

  api.get(
    '/users/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        response: { 200: userSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      // Everyone may read their own user (also while setting up a required second factor); others need
      // the area.
      const isOwn = request.params.id === request.authSession?.userId;
      const context = await getRequestContext(request, { allowEnrolment: isOwn });
      if (!isOwn) requireArea(context, 'users', 'read');
      const user = await usecases.getUser({
        organizationId: context.organizationId,
        userId: request.params.id,
        ...dependencies,
      });
      const counts = await dependencies.inTransaction(async ({ secondFactors }) => {
        const key = { organizationId: context.organizationId, userId: user.id };
        return {
          passkeyCount: (await secondFactors.listPasskeys(key)).length,
          recoveryCodesLeft: (await secondFactors.listUnusedRecoveryCodes(key)).length,
        };
      });
      return formatUserForApi(user, counts);
    },
  );

  api.patch(
    '/users/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const context = await getRequestContext(request);
      requireArea(context, 'users', 'write');
      const user = await usecases.updateUser({
        actor: context,
        userId: request.params.id,
        input: request.body,
        origin: context.origin,
        ...dependencies,
      });
      return formatUserForApi(user);
    },
  );

  const actions = {
    invitation: invitations.resendInvitation,
    deactivate: status.deactivateUser,
    reactivate: status.reactivateUser,
    unlock: status.unlockUser,
  } as const;
  for (const [action, run] of Object.entries(actions)) {
    api.post(
      `/users/:id/${action}`,
      {
        schema: {
          tags,
          params: idParamsSchema,
          response: { 200: userSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const context = await getRequestContext(request);
        requireArea(context, 'users', 'write');
        const user = await run({
          actor: context,
          userId: request.params.id,
          origin: context.origin,
          ...dependencies,
        });
        return formatUserForApi(user);
      },
    );
  }
}
