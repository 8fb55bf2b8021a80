// An API server on a migrated in-memory SQLite database with the development organisation, a fixed
// clock, an administrator signed in, and helpers to send JSON (as that administrator, as another user,
// or anonymously) and to add a second organisation behind the API's back.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { onTestFinished } from 'vitest';
import {
  signInTestUser,
  type TestSession,
  type TestUserOptions,
} from '../../modules/auth/auth.test-utils.js';
import { createTestDatabase } from '../database/database.test-utils.js';
import type { Db } from '../database/database.types.js';
import { createId } from '../ids.js';
import { developmentOrganization, ensureDevelopmentOrganization } from '../request-context.js';
import { buildServer } from '../server.js';

export const testNow = new Date('2026-06-30T08:00:00.000Z');

export interface SendOptions {
  /** The session to send the request with; null: none (anonymous). Default: the administrator's. */
  as?: TestSession | null;
}

export interface ApiTestServer {
  app: FastifyInstance;
  db: Db;
  organizationId: string;
  /** The signed-in administrator of the development organisation. */
  administrator: { id: string; session: TestSession };
  /** Sends a request and returns status and parsed body. */
  send: (
    options: InjectOptions,
    sendOptions?: SendOptions,
  ) => Promise<{ status: number; body: unknown; headers: Record<string, unknown> }>;
  /** Another user of the development organisation, signed in. */
  signIn: (options?: TestUserOptions) => Promise<{ user: { id: string }; session: TestSession }>;
}

export async function createApiTestServer({
  now = () => testNow,
  db: givenDb,
  trustedProxies = [],
}: { now?: () => Date; db?: Db; trustedProxies?: string[] } = {}): Promise<ApiTestServer> {
  const db = givenDb ?? (await createTestDatabase()).db;
  await ensureDevelopmentOrganization({ db, now });
  const organizationId = developmentOrganization.id;
  const app = await buildServer({
    db,
    isHttps: false,
    logger: false,
    now,
    trustedProxies,
    authRateLimit: { maxRequests: 100_000, windowMs: 60_000 },
  });
  onTestFinished(() => app.close());
  const administrator = await signInTestUser(db, organizationId, {
    email: 'admin@musterfirma.example',
    // Seen last „in the future“: the session outlives tests whose clock jumps days ahead.
    now: () => new Date('2099-01-01T00:00:00.000Z'),
  });
  return {
    app,
    db,
    organizationId,
    administrator: { id: administrator.user.id, session: administrator.session },
    send: async (options, { as = administrator.session } = {}) => {
      const headers = {
        ...(as ? as.headers : {}),
        ...(options.headers as Record<string, string> | undefined),
      };
      const response = await app.inject({ ...options, headers });
      const body =
        response.body === ''
          ? undefined
          : response.headers['content-type']?.toString().startsWith('application/json')
            ? (response.json() as unknown)
            : response.body;
      return { status: response.statusCode, body, headers: response.headers };
    },
    signIn: (options = {}) => signInTestUser(db, organizationId, { now, ...options }),
  };
}

/** Another tenant, created directly in the database (the API cannot reach it). */
export async function insertOrganization(db: Db, name = 'Andere AG'): Promise<string> {
  const id = createId('org');
  await db.insertInto('organizations').values({ id, name, created_at: testNow.toISOString() }).execute();
  return id;
}
