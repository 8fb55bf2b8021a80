// /api/v1/auth/second-factor: the second step of a sign-in, for the browser holding the pending
// sign-in's cookie (set by POST /auth/login when a second factor is due).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses } from '../../app/api/api.schemas.js';
import { AppError } from '../../app/http-errors.js';
import { requestOrigin } from '../../app/request-context.js';
import { createIdentityTransactionRunner } from './auth.dependencies.js';
import {
  challengeCookieName,
  clearChallengeCookie,
  publicRoute,
  readCookieToken,
  setSessionCookie,
} from './auth.hooks.js';
import { sessionSchema } from './auth.schemas.js';
import { describeSession } from './auth.routes.js';
import * as usecases from './second-factor-login.usecases.js';

const code = z.string().trim().min(1, 'must not be empty').max(64, 'is too long');

const answerSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('totp'), code }),
  z.strictObject({ method: z.literal('sms'), code }),
  z.strictObject({ method: z.literal('recovery_code'), code }),
  // The browser's PublicKeyCredential as JSON; @simplewebauthn/server checks its shape.
  z.strictObject({
    method: z.literal('passkey'),
    response: z.looseObject({ id: z.string(), type: z.string() }),
  }),
]);

export function registerSecondFactorLoginRoutes(
  api: Api,
  { db, now, publicUrl, isHttps }: ApiDependencies,
): void {
  const dependencies = { inTransaction: createIdentityTransactionRunner(db, now), now };
  const relyingParty = usecases.relyingPartyOf(publicUrl);
  const cookies = { isHttps };
  const tags = ['auth'];

  const challengeOf = (request: FastifyRequest): string => {
    const token = readCookieToken(request, challengeCookieName(cookies));
    if (!token) {
      throw new AppError(
        'auth.challenge_expired',
        'The sign-in has expired: start again with your password.',
      );
    }
    return token;
  };

  api.get(
    '/auth/second-factor',
    {
      ...publicRoute,
      schema: {
        tags,
        response: {
          200: z.object({ methods: z.array(z.string()), phoneHint: z.string().nullable() }),
          ...errorResponses(401),
        },
      },
    },
    async (request) => usecases.describePendingSignIn({ token: challengeOf(request), ...dependencies }),
  );

  api.post(
    '/auth/second-factor/sms',
    {
      ...publicRoute,
      schema: { tags, response: { 202: z.object({ status: z.string() }), ...errorResponses(401, 403, 429) } },
    },
    async (request, reply) => {
      await usecases.sendSignInSms({ token: challengeOf(request), ...dependencies });
      return reply.code(202).send({ status: 'sent' });
    },
  );

  api.post(
    '/auth/second-factor/passkey-options',
    {
      ...publicRoute,
      schema: {
        tags,
        response: { 200: z.looseObject({ challenge: z.string() }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({
      ...(await usecases.startPasskeySignIn({ token: challengeOf(request), relyingParty, ...dependencies })),
    }),
  );

  api.post(
    '/auth/second-factor',
    {
      ...publicRoute,
      schema: {
        tags,
        body: answerSchema,
        response: {
          200: sessionSchema.extend({ status: z.literal('signed_in') }),
          ...errorResponses(400, 401, 403, 429),
        },
      },
    },
    async (request, reply) => {
      const { sessionToken, user } = await usecases.completeSecondFactor({
        token: challengeOf(request),
        answer: request.body as usecases.SecondFactorAnswer,
        origin: requestOrigin(request),
        relyingParty,
        ...dependencies,
      });
      clearChallengeCookie(reply, cookies);
      setSessionCookie(reply, cookies, sessionToken);
      const session = await describeSession(dependencies, {
        organizationId: user.organization_id,
        userId: user.id,
        sessionToken,
      });
      return { status: 'signed_in' as const, mustEnrolSecondFactor: false, ...session };
    },
  );
}
