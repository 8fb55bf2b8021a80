// /api/v1/auth/…: the signed-in user's own second factors — TOTP app, phone number for SMS codes,
// passkeys, recovery codes. Reachable while the tenant still waits for the user's first second factor.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses, idParamsSchema } from '../../app/api/api.schemas.js';
import { getRequestContext } from '../../app/request-context.js';
import { createIdentityTransactionRunner } from '../auth/auth.dependencies.js';
import { setSessionCookie } from '../auth/auth.hooks.js';
import { csrfTokenFor } from '../auth/auth.services.js';
import { relyingPartyOf } from '../auth/second-factor-login.usecases.js';
import { verifyPassword } from '../users/users.services.js';
import * as usecases from './second-factor.usecases.js';

const currentPasswordBody = z.strictObject({ currentPassword: z.string().max(4096).optional() });
const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()).nullable() });
/** After an enrolment the session has a new token (cookie) and so a new CSRF token. */
const enrolmentSchema = recoveryCodesSchema.extend({ csrfToken: z.string() });
const phone = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, 'must be a mobile number in international form, e.g. +491701234567');

export function registerSecondFactorRoutes(api: Api, { db, now, publicUrl, isHttps }: ApiDependencies): void {
  const dependencies = { inTransaction: createIdentityTransactionRunner(db, now), now };
  const relyingParty = relyingPartyOf(publicUrl);
  const tags = ['second factors'];
  /** Sends the rotated session's cookie; answers its CSRF token instead of the token itself. */
  const answerEnrolment = <T extends usecases.EnrolmentResult>(
    reply: FastifyReply,
    { sessionToken, ...rest }: T,
  ) => {
    setSessionCookie(reply, { isHttps }, sessionToken);
    return { ...rest, csrfToken: csrfTokenFor(sessionToken) };
  };
  const actorOf = async (request: FastifyRequest): Promise<usecases.SecondFactorActor> => {
    const context = await getRequestContext(request, { allowEnrolment: true });
    return {
      organizationId: context.organizationId,
      userId: context.userId,
      sessionId: context.sessionId,
      origin: context.origin,
    };
  };

  api.post(
    '/auth/totp/setup',
    {
      schema: {
        tags,
        response: { 200: z.object({ secret: z.string(), uri: z.string() }), ...errorResponses(401, 403) },
      },
    },
    async (request) => usecases.startTotpEnrolment({ actor: await actorOf(request), ...dependencies }),
  );

  api.post(
    '/auth/totp',
    {
      schema: {
        tags,
        body: z.strictObject({
          // At least 160 bits (32 base32 characters), as the setup hands them out.
          secret: z.string().regex(/^[A-Z2-7]{32,128}=*$/, 'is not a TOTP secret of this setup'),
          code: z.string().max(16),
          currentPassword: z.string().max(4096).optional(),
        }),
        response: { 200: enrolmentSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      answerEnrolment(
        reply,
        await usecases.confirmTotpEnrolment({
          actor: await actorOf(request),
          input: request.body,
          verifyPassword,
          ...dependencies,
        }),
      ),
  );

  api.post(
    '/auth/totp/remove',
    { schema: { tags, body: currentPasswordBody, response: { 204: z.null(), ...errorResponses(400, 401) } } },
    async (request, reply) => {
      await usecases.removeTotp({
        actor: await actorOf(request),
        input: request.body,
        verifyPassword,
        ...dependencies,
      });
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/auth/recovery-codes',
    {
      schema: {
        tags,
        body: currentPasswordBody,
        response: { 200: recoveryCodesSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => ({
      recoveryCodes: await usecases.regenerateRecoveryCodes({
        actor: await actorOf(request),
        input: request.body,
        verifyPassword,
        ...dependencies,
      }),
    }),
  );

  api.post(
    '/auth/phone',
    {
      schema: {
        tags,
        body: z.strictObject({ phone }),
        response: { 202: z.object({ status: z.string() }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await usecases.startPhoneVerification({
        actor: await actorOf(request),
        input: request.body,
        ...dependencies,
      });
      return reply.code(202).send({ status: 'sent' });
    },
  );

  api.post(
    '/auth/phone/confirm',
    {
      schema: {
        tags,
        body: z.strictObject({ code: z.string().max(16) }),
        response: { 200: enrolmentSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      answerEnrolment(
        reply,
        await usecases.confirmPhoneVerification({
          actor: await actorOf(request),
          input: request.body,
          ...dependencies,
        }),
      ),
  );

  api.post(
    '/auth/passkeys/options',
    {
      schema: {
        tags,
        response: { 200: z.looseObject({ challenge: z.string() }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({
      ...(await usecases.startPasskeyRegistration({
        actor: await actorOf(request),
        relyingParty,
        ...dependencies,
      })),
    }),
  );

  api.post(
    '/auth/passkeys',
    {
      schema: {
        tags,
        body: z.strictObject({
          name: z.string().trim().min(1).max(100).default('Passkey'),
          response: z.looseObject({ id: z.string(), type: z.string() }),
        }),
        response: {
          201: enrolmentSchema.extend({ passkeyId: z.string() }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const result = await usecases.finishPasskeyRegistration({
        actor: await actorOf(request),
        input: request.body as { name: string; response: never },
        relyingParty,
        ...dependencies,
      });
      return reply.code(201).send(answerEnrolment(reply, result));
    },
  );

  api.get(
    '/auth/passkeys',
    {
      schema: {
        tags,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                createdAt: z.string(),
                lastUsedAt: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses(401),
        },
      },
    },
    async (request) => {
      const passkeys = await usecases.listPasskeys({ actor: await actorOf(request), ...dependencies });
      return {
        items: passkeys.map((passkey) => ({
          id: passkey.id,
          name: passkey.name,
          createdAt: passkey.created_at,
          lastUsedAt: passkey.last_used_at,
        })),
      };
    },
  );

  api.post(
    '/auth/passkeys/:id/remove',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: currentPasswordBody,
        response: { 204: z.null(), ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await usecases.removePasskey({
        actor: await actorOf(request),
        passkeyId: request.params.id,
        input: request.body,
        verifyPassword,
        ...dependencies,
      });
      return reply.code(204).send(null);
    },
  );
}
