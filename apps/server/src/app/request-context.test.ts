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

  it('is the tenant of every request until sign-in exists', async () => {
    expect(await getRequestContext({} as never)).toEqual({
      organizationId: developmentOrganization.id,
      userId: null,
    });
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
