// Who is asking, for which organisation. Every route gets its tenant from getRequestContext and from
// nowhere else. Until the identity issue adds sign-in, every request acts for one development
// organisation, created on the first start (modules/demo); the identity issue replaces only
// getRequestContext.
import type { FastifyRequest } from 'fastify';
import type { Db } from './database/database.types.js';
import { AppError } from './http-errors.js';

export interface RequestContext {
  organizationId: string;
  /** The signed-in user; null until users exist. */
  userId: string | null;
  /** True for users whose role is the built-in „Administrator“ (everything, cannot be restricted). */
  isAdministrator: boolean;
}

/** Throws `auth.forbidden` (403) unless the acting user is an administrator. */
export function requireAdministrator(context: RequestContext): void {
  if (!context.isAdministrator) {
    throw new AppError('auth.forbidden', 'Only administrators may do this.');
  }
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

const isLoopback = (address: string | undefined) =>
  !!address && (address === '::1' || /^(?:::ffff:)?127\./.test(address));

/**
 * Without sign-in, every request would act for the organisation: personal data must not be served to
 * anyone but the operator. So, until the identity issue replaces this function, only direct requests
 * from this machine are answered — not the network, and not through a proxy (which would make every
 * remote request look local).
 */
export async function getRequestContext(request: FastifyRequest): Promise<RequestContext> {
  const proxied = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  if (!isLoopback(request.socket.remoteAddress) || proxied) {
    throw new AppError(
      'auth.required',
      'Sign-in is not available yet: until it is, the API answers only direct requests from this machine.',
    );
  }
  return { organizationId: developmentOrganization.id, userId: null, isAdministrator: true };
}
