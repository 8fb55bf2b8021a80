// The authentication hook of the API: reads the session cookie, resolves the session (current user
// status, role and scope), and refuses state-changing requests whose `x-csrf-token` header does not
// match the session (CONTRACTS §4). Also the per-address rate limit of the authentication routes (I5)
// and the record of refused authorisations (authz_fail, ASVS 16.3.2).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../app/http-errors.js';
import { requestOrigin } from '../../app/request-context.js';
import { recordSecurityEvent } from '../security-log/security-log.usecases.js';
import { authRateLimit, cookieNames, csrfHeader } from './auth.config.js';
import type { IdentityDependencies } from './auth.dependencies.js';
import { csrfTokenFor, isTokenShaped, secretsEqual } from './auth.services.js';
import { resolveSession } from './sessions.usecases.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route works without a session (sign-in steps, links from e-mails). Every other API route
     * is refused with 401 before its input is even validated (fail closed: a new route is protected). */
    public?: boolean;
  }
}

/** Route options of a route that works without a session. */
export const publicRoute = { config: { public: true } } as const;

export interface CookieSettings {
  /** Served over HTTPS: Secure cookies with the `__Host-` prefix. */
  isHttps: boolean;
}

export function sessionCookieName({ isHttps }: CookieSettings): string {
  return isHttps ? cookieNames.session.secure : cookieNames.session.plain;
}

export function challengeCookieName({ isHttps }: CookieSettings): string {
  return isHttps ? cookieNames.challenge.secure : cookieNames.challenge.plain;
}

function cookieOptions({ isHttps }: CookieSettings, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    secure: isHttps,
    // Lax: the cookie comes along when the SSO provider redirects back (a top-level GET).
    sameSite: 'lax' as const,
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

export function setSessionCookie(reply: FastifyReply, settings: CookieSettings, token: string): void {
  reply.setCookie(sessionCookieName(settings), token, cookieOptions(settings));
}

export function clearSessionCookie(reply: FastifyReply, settings: CookieSettings): void {
  reply.clearCookie(sessionCookieName(settings), cookieOptions(settings));
}

export function setChallengeCookie(
  reply: FastifyReply,
  settings: CookieSettings,
  token: string,
  maxAgeSeconds: number,
) {
  reply.setCookie(challengeCookieName(settings), token, cookieOptions(settings, maxAgeSeconds));
}

export function clearChallengeCookie(reply: FastifyReply, settings: CookieSettings): void {
  reply.clearCookie(challengeCookieName(settings), cookieOptions(settings));
}

export function readCookieToken(request: FastifyRequest, name: string): string | null {
  const value = request.cookies[name];
  return isTokenShaped(value) ? value : null;
}

export function registerAuthenticationHooks(
  app: FastifyInstance,
  {
    inTransaction,
    read = inTransaction,
    now,
    isHttps,
    rateLimit = authRateLimit,
  }: Pick<IdentityDependencies, 'inTransaction' | 'now'> &
    CookieSettings & {
      /** Runs the per-request session lookup and counter without a transaction (createReadRunner). */
      read?: IdentityDependencies['inTransaction'];
      rateLimit?: { maxRequests: number; windowMs: number };
    },
): void {
  app.decorateRequest('authSession', null);

  app.addHook('onRequest', async (request) => {
    // The path the router matched (percent-decoded), not the raw URL: /api/v1/%61uth/login is
    // /api/v1/auth/login too and must count against the same limit. Unmatched URLs keep the raw path.
    const path = request.routeOptions.url ?? request.url;
    if (!path.startsWith('/api/v1/')) return;
    const isPublic = request.routeOptions.config?.public === true;
    // The sign-in steps (public) are what an attacker hammers; signed-in requests are bounded by the
    // session, so an office behind one address does not run out of page loads.
    if (isPublic && path.startsWith('/api/v1/auth/')) await enforceRateLimit(request);
    const token = readCookieToken(request, sessionCookieName({ isHttps }));
    const session = token ? await resolveSession({ token, inTransaction: read, now }) : null;
    if (!token || !session) {
      if (isPublic) return;
      throw new AppError('auth.required', 'Sign in first.');
    }
    // Public routes (sign-in steps, links) do not act on the session, so a stale session cookie in the
    // browser must not make a new sign-in fail for want of its CSRF token.
    if (!safeMethods.has(request.method) && !isPublic) {
      const header = request.headers[csrfHeader];
      if (typeof header !== 'string' || !secretsEqual(header, csrfTokenFor(token))) {
        throw new AppError('auth.csrf_failed', `Changes need the ${csrfHeader} header of this session.`);
      }
    }
    request.authSession = session;
  });

  async function enforceRateLimit(request: FastifyRequest): Promise<void> {
    const current = now().getTime();
    const windowStart = new Date(current - (current % rateLimit.windowMs)).toISOString();
    const count = await read(({ auth }) => auth.countRequest({ key: `auth:${request.ip}`, windowStart }));
    if (count > rateLimit.maxRequests) {
      throw new AppError(
        'auth.rate_limited',
        'Too many sign-in requests from this address: wait a few minutes.',
      );
    }
  }

  app.addHook('onError', async (request, _reply, error) => {
    const session = request.authSession;
    if (!(error instanceof AppError) || error.code !== 'auth.forbidden' || !session) return;
    await inTransaction((repositories) =>
      recordSecurityEvent(
        repositories,
        {
          organizationId: session.organizationId,
          userId: session.userId,
          action: 'authz_fail',
          ...requestOrigin(request),
          details: { method: request.method, route: request.routeOptions.url ?? null },
        },
        { now },
      ),
    ).catch((failure: unknown) => request.log.error({ err: failure }, 'authz_fail could not be recorded'));
  });
}
