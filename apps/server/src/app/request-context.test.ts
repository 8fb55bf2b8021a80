import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './database/database.test-utils.js';
import {
  developmentOrganization,
  ensureDevelopmentOrganization,
  getRequestContext,
} from './request-context.js';

describe('the development organisation', () => {
  it('is created once, named „Musterfirma GmbH“, however often the server starts', async () => {
    const { db } = await createTestDatabase();
    const now = () => new Date('2026-06-30T08:00:00.000Z');
    await ensureDevelopmentOrganization({ db, now });
    await ensureDevelopmentOrganization({ db, now: () => new Date('2027-01-01T00:00:00.000Z') });
    expect(await db.selectFrom('organizations').select(['id', 'name', 'created_at']).execute()).toEqual([
      { id: developmentOrganization.id, name: 'Musterfirma GmbH', created_at: '2026-06-30T08:00:00.000Z' },
    ]);
  });

  const request = (remoteAddress: string, headers: Record<string, string> = {}) =>
    ({ socket: { remoteAddress }, headers }) as never;

  it('is the tenant of every direct request from this machine until sign-in exists', async () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      expect(await getRequestContext(request(address))).toEqual({
        organizationId: developmentOrganization.id,
        userId: null,
      });
    }
  });

  // Threat: without sign-in, anyone who reaches the port could read and change personal data.
  it.each([
    ['from the network', request('10.0.0.8')],
    ['from a public address', request('203.0.113.9')],
    ['through a proxy on this machine', request('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })],
    ['through a proxy with Forwarded', request('::1', { forwarded: 'for=203.0.113.9' })],
    ['without a socket address', request('')],
  ])('refuses a request %s with auth.required', async (_label, incoming) => {
    await expect(getRequestContext(incoming)).rejects.toMatchObject({ code: 'auth.required' });
  });
});

describe('the tenant of a request', () => {
  const modules = new URL('../modules/', import.meta.url).pathname;
  const routeFiles = readdirSync(modules, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.routes.ts'),
  );

  it.each(routeFiles)('%s takes it from getRequestContext only', (file) => {
    const source = readFileSync(join(modules, file), 'utf8');
    // Threat: a route that trusts a client-sent organisation id lets one tenant act in another.
    expect(source).not.toMatch(/developmentOrganization|organization_?[iI]d['"]?\s*[:=]\s*request\./);
    for (const [, assignment] of source.matchAll(/\{ organizationId \} = (.*);/g)) {
      expect(assignment).toBe('await getRequestContext(request)');
    }
  });
});
