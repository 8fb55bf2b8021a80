// /api/v1/auth/sso: „Mit Microsoft anmelden“. `start` answers the provider's address for the browser to
// go to (and sets the pending login's cookie); the provider sends the browser back to `callback`,
// which signs in and redirects to the application (or to the sign-in page with an error marker).
// /api/v1/auth/sign-in-options tells the sign-in page, before anyone is signed in, whether to offer it.
import { z } from 'zod';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses } from '../../app/api/api.schemas.js';
import { requestOrigin } from '../../app/request-context.js';
import { challengeLifetimeMs } from './auth.config.js';
import { createIdentityTransactionRunner } from './auth.dependencies.js';
import {
  challengeCookieName,
  clearChallengeCookie,
  publicRoute,
  readCookieToken,
  setChallengeCookie,
  setSessionCookie,
} from './auth.hooks.js';
import { signInOptionsQuerySchema, signInOptionsSchema } from './auth.schemas.js';
import { completeSsoSignIn, getSignInOptions, startSsoSignIn } from './sso-login.usecases.js';

export function registerSsoLoginRoutes(api: Api, { db, now, publicUrl, isHttps }: ApiDependencies): void {
  const dependencies = { inTransaction: createIdentityTransactionRunner(db, now), now };
  const redirectUri = `${publicUrl}/api/v1/auth/sso/callback`;
  const cookies = { isHttps };
  const tags = ['auth'];

  // Public, and under the per-address rate limit of the sign-in routes like every public /auth route.
  api.get(
    '/auth/sign-in-options',
    {
      ...publicRoute,
      schema: {
        tags,
        querystring: signInOptionsQuerySchema,
        response: { 200: signInOptionsSchema, ...errorResponses(400, 429) },
      },
    },
    async (request) =>
      getSignInOptions({
        organizationId: request.query.organization,
        inTransaction: dependencies.inTransaction,
      }),
  );

  api.post(
    '/auth/sso/start',
    {
      ...publicRoute,
      schema: {
        tags,
        body: z.strictObject({ organizationId: z.string().min(1).max(100) }),
        response: { 200: z.object({ authorizationUrl: z.string() }), ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request, reply) => {
      const { authorizationUrl, challengeToken } = await startSsoSignIn({
        organizationId: request.body.organizationId,
        redirectUri,
        ...dependencies,
      });
      setChallengeCookie(reply, cookies, challengeToken, challengeLifetimeMs / 1000);
      return { authorizationUrl: authorizationUrl.href };
    },
  );

  api.get(
    '/auth/sso/callback',
    {
      ...publicRoute,
      schema: {
        tags,
        // The provider's answer; completeSsoLogin reads and checks it.
        querystring: z.looseObject({}),
        response: { 302: z.null() },
      },
    },
    async (request, reply) => {
      const token = readCookieToken(request, challengeCookieName(cookies));
      clearChallengeCookie(reply, cookies);
      try {
        if (!token) throw new Error('no pending sign-in');
        const { sessionToken } = await completeSsoSignIn({
          challengeToken: token,
          callbackUrl: new URL(request.url, publicUrl),
          redirectUri,
          origin: requestOrigin(request),
          ...dependencies,
        });
        setSessionCookie(reply, cookies, sessionToken);
        return reply.redirect(`${publicUrl}/`, 302);
      } catch {
        // The reason is in the security log; the browser learns only that it failed.
        return reply.redirect(`${publicUrl}/anmelden?fehler=sso`, 302);
      }
    },
  );
}
