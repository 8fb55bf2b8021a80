// An API server on a migrated in-memory SQLite database with the development organisation, a fixed
// clock, and helpers to send JSON and to add a second organisation behind the API's back.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { onTestFinished } from 'vitest';
import { createTestDatabase } from '../database/database.test-utils.js';
import type { Db } from '../database/database.types.js';
import { createId } from '../ids.js';
import { developmentOrganization, ensureDevelopmentOrganization } from '../request-context.js';
import { buildServer } from '../server.js';

export const testNow = new Date('2026-06-30T08:00:00.000Z');

export interface ApiTestServer {
  app: FastifyInstance;
  db: Db;
  organizationId: string;
  /** Sends a request and returns status and parsed body. */
  send: (
    options: InjectOptions,
  ) => Promise<{ status: number; body: unknown; headers: Record<string, unknown> }>;
}

export async function createApiTestServer({
  now = () => testNow,
}: { now?: () => Date } = {}): Promise<ApiTestServer> {
  const { db } = await createTestDatabase();
  await ensureDevelopmentOrganization({ db, now });
  const app = await buildServer({ db, isHttps: false, logger: false, now });
  onTestFinished(() => app.close());
  return {
    app,
    db,
    organizationId: developmentOrganization.id,
    send: async (options) => {
      const response = await app.inject(options);
      const body = response.body === '' ? undefined : (response.json() as unknown);
      return { status: response.statusCode, body, headers: response.headers };
    },
  };
}

/** Another tenant, created directly in the database (the API cannot reach it). */
export async function insertOrganization(db: Db, name = 'Andere AG'): Promise<string> {
  const id = createId('org');
  await db.insertInto('organizations').values({ id, name, created_at: testNow.toISOString() }).execute();
  return id;
}
