// /api/v1/auth: sign-in and out, the current session, forgotten passwords, invitations, password change.
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses } from '../../app/api/api.schemas.js';
import { AppError } from '../../app/http-errors.js';
import { getRequestContext, requestOrigin } from '../../app/request-context.js';
import { parsePermissions, parseScope } from '../access/access.models.js';
import { describePasswordPolicy } from '../users/password-policy.services.js';
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from '../users/users.services.js';
import { challengeLifetimeMs } from './auth.config.js';
import { createIdentityTransactionRunner, type IdentityDependencies } from './auth.dependencies.js';
import {
  clearChallengeCookie,
  clearSessionCookie,
  publicRoute,
  readCookieToken,
  sessionCookieName,
  setChallengeCookie,
  setSessionCookie,
} from './auth.hooks.js';
import {
  changePasswordBodySchema,
  invitationSchema,
  loginBodySchema,
  loginResponseSchema,
  passwordPolicySchema,
  passwordResetRequestBodySchema,
  sessionSchema,
  statusSchema,
  tokenBodySchema,
  tokenPasswordBodySchema,
} from './auth.schemas.js';
import { csrfTokenFor } from './auth.services.js';
import { allowedMethods, signInWithPassword, type SignInOutcome } from './login.usecases.js';
import * as passwords from './password.usecases.js';
import { endAllSessions, endSession } from './sessions.usecases.js';

const tags = ['auth'];

/** The session answer: who is signed in, what they may do, and the CSRF token for changes. */
export async function describeSession(
  { inTransaction }: Pick<IdentityDependencies, 'inTransaction'>,
  { organizationId, userId, sessionToken }: { organizationId: string; userId: string; sessionToken: string },
) {
  const found = await inTransaction(async ({ users, roles, auth }) => {
    const user = await users.getUser({ organizationId, userId });
    const organization = await auth.getOrganization({ organizationId });
    const role = user ? await roles.getRole({ organizationId, roleId: user.role_id }) : undefined;
    return user && organization && role ? { user, organization, role } : undefined;
  });
  if (!found) throw new AppError('auth.required', 'Sign in first.');
  const { user, organization, role } = found;
  return {
    csrfToken: csrfTokenFor(sessionToken),
    user: { id: user.id, email: user.email, firstName: user.first_name, lastName: user.last_name },
    organization: { id: organization.id, name: organization.name },
    isAdministrator: role.is_administrator === 1,
    permissions: parsePermissions(role.permissions_json),
    scope: parseScope({ scopeAll: user.scope_all, scopeJson: user.scope_json }),
    // What the tenant asks of the user's sign-in: the password rules (for a password change) and the
    // second factors it requires and allows (for the set-up).
    signInPolicy: {
      passwordPolicy: describePasswordPolicy(organization.password_policy),
      secondFactorRequired: organization.second_factor_required === 1,
      secondFactorMethods: [...allowedMethods(organization)].filter(
        (method): method is 'totp' | 'passkey' | 'sms' => ['totp', 'passkey', 'sms'].includes(method),
      ),
    },
  };
}

export function registerAuthRoutes(api: Api, { db, now, publicUrl, isHttps }: ApiDependencies): void {
  const dependencies: IdentityDependencies = {
    inTransaction: createIdentityTransactionRunner(db, now),
    now,
    publicUrl,
  };
  const cookies = { isHttps };

  /** Answers a sign-in step: a session cookie, or a pending second factor in its own cookie. */
  async function answerSignIn(reply: FastifyReply, outcome: SignInOutcome) {
    if (outcome.kind === 'second_factor') {
      setChallengeCookie(reply, cookies, outcome.challengeToken, challengeLifetimeMs / 1000);
      return { status: 'second_factor_required' as const, methods: outcome.methods };
    }
    clearChallengeCookie(reply, cookies);
    setSessionCookie(reply, cookies, outcome.sessionToken);
    const session = await describeSession(dependencies, {
      organizationId: outcome.user.organization_id,
      userId: outcome.user.id,
      sessionToken: outcome.sessionToken,
    });
    return { status: 'signed_in' as const, mustEnrolSecondFactor: outcome.mustEnrolSecondFactor, ...session };
  }

  api.post(
    '/auth/login',
    {
      ...publicRoute,
      schema: {
        tags,
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const outcome = await signInWithPassword({
        input: request.body,
        origin: requestOrigin(request),
        ...dependencies,
        verifyPassword,
        verifyDummyPassword,
        hashPassword,
        needsRehash,
      });
      return answerSignIn(reply, outcome);
    },
  );

  api.get(
    '/auth/session',
    { schema: { tags, response: { 200: sessionSchema, ...errorResponses(401) } } },
    async (request) => {
      const context = await getRequestContext(request, { allowEnrolment: true });
      const sessionToken = readCookieToken(request, sessionCookieName(cookies)) ?? '';
      const session = await describeSession(dependencies, { ...context, sessionToken });
      return { ...session, mustEnrolSecondFactor: request.authSession?.mustEnrolSecondFactor ?? false };
    },
  );

  api.post(
    '/auth/logout',
    { schema: { tags, response: { 204: z.null(), ...errorResponses(401, 403) } } },
    async (request, reply) => {
      const context = await getRequestContext(request, { allowEnrolment: true });
      await endSession({ session: context, origin: context.origin, ...dependencies });
      clearSessionCookie(reply, cookies);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/auth/logout-everywhere',
    { schema: { tags, response: { 204: z.null(), ...errorResponses(401, 403) } } },
    async (request, reply) => {
      const context = await getRequestContext(request, { allowEnrolment: true });
      await endAllSessions({ session: context, origin: context.origin, ...dependencies });
      clearSessionCookie(reply, cookies);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/auth/password-reset/request',
    {
      ...publicRoute,
      schema: {
        tags,
        body: passwordResetRequestBodySchema,
        response: { 202: statusSchema, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await passwords.requestPasswordReset({
        input: request.body,
        origin: requestOrigin(request),
        ...dependencies,
      });
      // The same answer whether or not the address exists (U5).
      return reply.code(202).send({ status: 'requested' });
    },
  );

  api.post(
    '/auth/password-reset/inspect',
    {
      ...publicRoute,
      schema: {
        tags,
        body: tokenBodySchema,
        response: { 200: z.object({ passwordPolicy: passwordPolicySchema }), ...errorResponses(400, 429) },
      },
    },
    async (request) => passwords.inspectPasswordReset({ token: request.body.token, ...dependencies }),
  );

  api.post(
    '/auth/password-reset/complete',
    {
      ...publicRoute,
      schema: {
        tags,
        body: tokenPasswordBodySchema,
        response: { 200: statusSchema, ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      await passwords.completePasswordReset({
        input: request.body,
        origin: requestOrigin(request),
        ...dependencies,
        hashPassword,
      });
      return { status: 'password_reset' };
    },
  );

  api.post(
    '/auth/invitation/inspect',
    {
      ...publicRoute,
      schema: {
        tags,
        body: tokenBodySchema,
        response: { 200: invitationSchema, ...errorResponses(400, 429) },
      },
    },
    async (request) => passwords.inspectInvitation({ token: request.body.token, ...dependencies }),
  );

  api.post(
    '/auth/invitation/accept',
    {
      ...publicRoute,
      schema: {
        tags,
        body: tokenPasswordBodySchema,
        response: { 200: statusSchema, ...errorResponses(400, 403, 429) },
      },
    },
    async (request) => {
      await passwords.acceptInvitation({
        input: request.body,
        origin: requestOrigin(request),
        ...dependencies,
        hashPassword,
      });
      return { status: 'accepted' };
    },
  );

  api.post(
    '/auth/password',
    {
      schema: {
        tags,
        body: changePasswordBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const context = await getRequestContext(request, { allowEnrolment: true });
      await passwords.changePassword({
        actor: context,
        input: request.body,
        origin: context.origin,
        ...dependencies,
        hashPassword,
        verifyPassword,
      });
      return reply.code(204).send(null);
    },
  );
}
