import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './database/database.test-utils.js';
import {
  developmentOrganization,
  ensureDevelopmentOrganization,
  getRequestContext,
} from './request-context.js';
import { uniformPermissions } from '../modules/access/access.models.js';

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

  const request = (authSession: unknown, method = 'GET') =>
    ({ authSession, method, headers: {}, ip: '127.0.0.1' }) as never;
  const session = {
    sessionId: 'ses_1',
    organizationId: developmentOrganization.id,
    userId: 'usr_1',
    isAdministrator: false,
    permissions: uniformPermissions('read'),
    scope: { all: true },
    mustEnrolSecondFactor: false,
    contractStatus: 'active',
  };

  it('takes the tenant and the user from the signed-in session only', async () => {
    expect(await getRequestContext(request(session))).toMatchObject({
      organizationId: developmentOrganization.id,
      userId: 'usr_1',
      sessionId: 'ses_1',
      origin: { ipAddress: '127.0.0.1', userAgent: null },
    });
  });

  // Threat: a request without a session reading or changing personal data.
  it('refuses a request without a session with auth.required', async () => {
    await expect(getRequestContext(request(null))).rejects.toMatchObject({ code: 'auth.required' });
  });

  it('lets a user who must first set up a second factor reach only the enrolment routes', async () => {
    const pending = { ...session, mustEnrolSecondFactor: true };
    await expect(getRequestContext(request(pending))).rejects.toMatchObject({
      code: 'auth.second_factor_enrolment_required',
    });
    expect(await getRequestContext(request(pending), { allowEnrolment: true })).toMatchObject({
      userId: 'usr_1',
    });
  });

  it('refuses changes, not reads, while the organisation is read-only', async () => {
    const readOnly = { ...session, contractStatus: 'read_only' };
    expect(await getRequestContext(request(readOnly))).toMatchObject({ userId: 'usr_1' });
    await expect(getRequestContext(request(readOnly, 'POST'))).rejects.toMatchObject({
      code: 'organization.read_only',
    });
  });
});

describe('the tenant of a request', () => {
  const modules = new URL('../modules/', import.meta.url).pathname;
  const routeFiles = readdirSync(modules, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.routes.ts'),
  );

  it.each(routeFiles)('%s takes it from getRequestContext only', (file) => {
    const source = readFileSync(join(modules, file), 'utf8')
      // The one exception: „Mit Microsoft anmelden“ names the organisation whose directory to ask. It
      // grants nothing by itself — the directory's answer must match a user of that organisation.
      .replace('organizationId: request.body.organizationId,\n        redirectUri,', '')
      // And the sign-in page's question whether to offer it: public, it reads only the organisation's
      // name and whether Microsoft sign-in is on.
      .replace('organizationId: request.query.organization,\n        inTransaction', '');
    // Threat: a route that trusts a client-sent organisation id lets one tenant act in another.
    expect(source).not.toMatch(/developmentOrganization|organization_?[iI]d['"]?\s*[:=]\s*request\./);
    for (const [, assignment] of source.matchAll(/\{ organizationId \} = (.*);/g)) {
      expect(['await getRequestContext(request)', 'context']).toContain(assignment);
    }
    for (const [, assignment] of source.matchAll(/const context = (.*);/g)) {
      expect((assignment ?? '').replace(/, \{ allowEnrolment: [a-zA-Z]+ \}/, '')).toMatch(
        /^await (getRequestContext|getContext)\(request\)$/,
      );
    }
  });
});
