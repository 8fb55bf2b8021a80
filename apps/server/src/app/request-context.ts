// Who is asking, for which organisation, with which rights. Every route gets its tenant and the acting
// user from getRequestContext and from nowhere else. The session was resolved (and the CSRF header
// checked) by the authentication hook (modules/auth/auth.hooks.ts) before the route runs; this function
// only refuses requests without a usable session.
import type { FastifyRequest } from 'fastify';
import type { Access, AccessArea } from '../modules/access/access.models.js';
import { canAccessArea } from '../modules/access/access.policies.js';
import type { RequestOrigin } from '../modules/auth/auth.dependencies.js';
import type { ResolvedSession } from '../modules/auth/sessions.usecases.js';
import type { Db } from './database/database.types.js';
import { AppError } from './http-errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook: the signed-in session, or null. */
    authSession: ResolvedSession | null;
  }
}

export interface RequestContext extends Access {
  organizationId: string;
  sessionId: string;
  /** Client address (from the socket, or from X-Forwarded-For of a trusted proxy) and user agent. */
  origin: RequestOrigin;
}

export const developmentOrganization = {
  // A fixed id, so that several instances starting at once create it only once.
  id: 'org_00000000000000000000000dev',
  name: 'Musterfirma GmbH',
} as const;

/**
 * The one place that creates the development organisation; the first start (modules/demo) calls it in
 * its transaction. True if this call created it: with several instances starting at once on
 * PostgreSQL, only the one whose insert won seeds the demo data.
 */
export async function ensureDevelopmentOrganization({
  db,
  now,
}: {
  db: Db;
  now: () => Date;
}): Promise<boolean> {
  const result = await db
    .insertInto('organizations')
    .values({ ...developmentOrganization, created_at: now().toISOString() })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export function requestOrigin(request: FastifyRequest): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return { ipAddress: request.ip || null, userAgent: typeof userAgent === 'string' ? userAgent : null };
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The acting user. `auth.required` (401) without a session; `auth.second_factor_enrolment_required`
 * while the tenant requires a second factor the user has not set up (only the enrolment routes, which
 * pass `allowEnrolment`, work then); `organization.read_only` for changes while the contract is
 * read-only.
 */
export async function getRequestContext(
  request: FastifyRequest,
  { allowEnrolment = false }: { allowEnrolment?: boolean } = {},
): Promise<RequestContext> {
  const session = request.authSession;
  if (!session) throw new AppError('auth.required', 'Sign in first.');
  if (session.mustEnrolSecondFactor && !allowEnrolment) {
    throw new AppError(
      'auth.second_factor_enrolment_required',
      'Your organisation requires a second factor: set one up before you continue.',
    );
  }
  if (session.contractStatus === 'read_only' && !safeMethods.has(request.method)) {
    throw new AppError(
      'organization.read_only',
      'The organisation is read-only: its data can be read, not changed.',
    );
  }
  return {
    organizationId: session.organizationId,
    sessionId: session.sessionId,
    userId: session.userId,
    isAdministrator: session.isAdministrator,
    permissions: session.permissions,
    scope: session.scope,
    origin: requestOrigin(request),
  };
}

/** Throws `auth.forbidden` (403) unless the role grants `level` in `area` (U6). */
export function requireArea(context: RequestContext, area: AccessArea, level: 'read' | 'write'): void {
  if (!canAccessArea(context, area, level)) {
    throw new AppError(
      'auth.forbidden',
      `Your role does not allow ${level === 'read' ? 'reading' : 'changing'} this.`,
    );
  }
}

/** Throws `auth.forbidden` (403) unless the acting user is an administrator. */
export function requireAdministrator(context: RequestContext): void {
  if (!context.isAdministrator) {
    throw new AppError('auth.forbidden', 'Only administrators may do this.');
  }
}
