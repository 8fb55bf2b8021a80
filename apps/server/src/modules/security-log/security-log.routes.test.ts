import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { handleError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import { developmentOrganization, type RequestContext } from '../../app/request-context.js';
import { uniformPermissions } from '../access/access.models.js';
import type { SecurityEvent } from './security-log.models.js';
import { createSecurityLogRepository } from './security-log.repository.js';
import { registerSecurityLogRoutes } from './security-log.routes.js';
import { recordSecurityEvent } from './security-log.usecases.js';

// 01:30 in Berlin on 1 July (summer time), still 30 June in UTC: the file name takes the German date.
const testNow = new Date('2026-06-30T23:30:00.000Z');
const organizationId = developmentOrganization.id;

/**
 * A signed-in user of the development organisation. The non-administrator may read and write every area
 * and sees every certificate: only the administrator role opens the security log.
 */
function contextFor(isAdministrator: boolean): RequestContext {
  return {
    organizationId,
    sessionId: 'ses_test',
    userId: 'usr_caller',
    isAdministrator,
    permissions: uniformPermissions('write'),
    scope: { all: true },
    origin: { ipAddress: '127.0.0.1', userAgent: null },
  };
}

/**
 * The security log routes on a server of their own. With `asRole`, requests act as an administrator
 * when the `x-test-role` header says so and as a non-administrator otherwise; without it, the real
 * getRequestContext decides (and, with no sign-in hook on this server, finds no session).
 */
async function createServer({ asRole = true } = {}): Promise<{ app: FastifyInstance; db: Db }> {
  const { db } = await createTestDatabase();
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  await app.register(
    async (scope) => {
      registerSecurityLogRoutes(scope.withTypeProvider<ZodTypeProvider>(), {
        db,
        now: () => testNow,
        // Plain HTTP on loopback, as in every test.
        // eslint-disable-next-line @microsoft/sdl/no-insecure-url
        publicUrl: 'http://127.0.0.1:3000',
        isHttps: false,
        ...(asRole
          ? {
              getContext: async (request: FastifyRequest) =>
                contextFor(request.headers['x-test-role'] === 'administrator'),
            }
          : {}),
      });
    },
    { prefix: '/api/v1' },
  );
  onTestFinished(() => app.close());
  return { app, db };
}

const asAdministrator = { 'x-test-role': 'administrator' };

async function record(db: Db, event: SecurityEvent, at: Date) {
  const inTransaction = createTransactionRunner(db, (trx) => ({
    securityLog: createSecurityLogRepository({ db: trx }),
  }));
  return inTransaction((repositories) => recordSecurityEvent(repositories, event, { now: () => at }));
}

async function seed(db: Db) {
  await record(
    db,
    {
      organizationId,
      userId: 'usr_anna',
      action: 'authn_login_fail',
      reason: 'wrong_password',
      ipAddress: '203.0.113.7',
      userAgent: 'Mozilla/5.0',
      details: { failedAttempts: 3 },
    },
    new Date('2026-06-30T07:00:00.000Z'),
  );
  await record(
    db,
    { organizationId, userId: 'usr_anna', actorUserId: 'usr_admin', action: 'authn_login_unlock' },
    new Date('2026-06-30T08:00:00.000Z'),
  );
  await record(
    db,
    { organizationId, userId: 'usr_ben', action: 'authn_login_success', subject: '@SUM(A1)' },
    new Date('2026-06-30T09:00:00.000Z'),
  );
  await record(
    db,
    { organizationId: createId('org'), userId: 'usr_anna', action: 'authn_login_success' },
    new Date('2026-06-30T10:00:00.000Z'),
  );
}

describe('/api/v1/security-events', () => {
  it('answers 403 auth.forbidden to a user who is not an administrator, on the list and the export', async () => {
    const { app, db } = await createServer();
    await seed(db);
    for (const url of [
      '/api/v1/security-events',
      '/api/v1/security-events/export.csv?action=authn_login_fail',
    ]) {
      const response = await app.inject({ url, headers: { 'x-test-role': 'employees' } });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({
        error: { code: 'auth.forbidden', message: 'Only administrators may do this.' },
      });
      expect(response.body).not.toContain('usr_anna');
    }
  });

  it('uses the server’s request context by default: without a signed-in session, 401 auth.required', async () => {
    const { app, db } = await createServer({ asRole: false });
    await seed(db);
    for (const url of ['/api/v1/security-events', '/api/v1/security-events/export.csv']) {
      const response = await app.inject({ url, headers: { 'x-forwarded-for': '198.51.100.1' } });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'auth.required' } });
      expect(response.body).not.toContain('usr_anna');
    }
  });

  it('lists the organisation’s events newest first with German labels, page by page, filtered', async () => {
    const { app, db } = await createServer();
    await seed(db);
    const get = async (query: string) => {
      const response = await app.inject({ url: `/api/v1/security-events${query}`, headers: asAdministrator });
      return { status: response.statusCode, body: response.json() as Record<string, unknown>, response };
    };

    const first = await get('?limit=2');
    expect(first.status).toBe(200);
    expect(first.response.headers['cache-control']).toBe('no-store');
    expect(first.body).toEqual({
      items: [
        {
          id: expect.stringMatching(/^sev_/),
          createdAt: '2026-06-30T09:00:00.000Z',
          action: 'authn_login_success',
          actionLabel: 'Anmeldung erfolgreich',
          reason: null,
          reasonLabel: null,
          userId: 'usr_ben',
          actorUserId: null,
          subject: '@SUM(A1)',
          ipAddress: null,
          userAgent: null,
          details: null,
        },
        expect.objectContaining({
          createdAt: '2026-06-30T08:00:00.000Z',
          action: 'authn_login_unlock',
          actionLabel: 'Konto entsperrt',
          userId: 'usr_anna',
          actorUserId: 'usr_admin',
        }),
      ],
      nextCursor: expect.any(String),
    });
    const second = await get(`?limit=2&cursor=${first.body.nextCursor as string}`);
    expect(second.body).toEqual({
      items: [
        {
          id: expect.stringMatching(/^sev_/),
          createdAt: '2026-06-30T07:00:00.000Z',
          action: 'authn_login_fail',
          actionLabel: 'Anmeldung fehlgeschlagen',
          reason: 'wrong_password',
          reasonLabel: 'Falsches Passwort',
          userId: 'usr_anna',
          actorUserId: null,
          subject: null,
          ipAddress: '203.0.113.7',
          userAgent: 'Mozilla/5.0',
          details: { failedAttempts: 3 },
        },
      ],
      nextCursor: null,
    });

    const actions = (body: Record<string, unknown>) =>
      (body.items as { action: string }[]).map((item) => item.action);
    expect(actions((await get('?userId=usr_anna')).body)).toEqual(['authn_login_unlock', 'authn_login_fail']);
    expect(actions((await get('?action=authn_login_fail')).body)).toEqual(['authn_login_fail']);
    expect(actions((await get('?from=2026-06-30T10:00:00%2B02:00&to=2026-06-30T09:00:00Z')).body)).toEqual([
      'authn_login_unlock',
    ]);
  });

  it('answers 400 validation.failed for a bad limit, action, time, cursor or unknown parameter', async () => {
    const { app } = await createServer();
    const issuePaths = async (query: string) => {
      const response = await app.inject({ url: `/api/v1/security-events${query}`, headers: asAdministrator });
      expect(response.statusCode).toBe(400);
      const body = response.json() as { error: { code: string; issues: { path: string }[] } };
      expect(body.error.code).toBe('validation.failed');
      return body.error.issues.map((issue) => issue.path);
    };
    expect(await issuePaths('?limit=101')).toEqual(['query.limit']);
    expect(await issuePaths('?action=authn_login_hacked')).toEqual(['query.action']);
    expect(await issuePaths('?from=yesterday')).toEqual(['query.from']);
    expect(await issuePaths('?from=2026-06-30T10:00:00Z&to=2026-06-30T09:00:00Z')).toEqual(['query.to']);
    expect(await issuePaths('?cursor=garbage')).toEqual(['query.cursor']);
    expect(await issuePaths('?organizationId=org_other')).toEqual(['query.organizationId']);
  });

  it('exports the filtered events as a CSV download for German Excel', async () => {
    const { app, db } = await createServer();
    await seed(db);
    const response = await app.inject({
      url: '/api/v1/security-events/export.csv?userId=usr_anna',
      headers: asAdministrator,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="sicherheitsprotokoll-2026-07-01.csv"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^"Zeitpunkt \(UTC\)";"Ereignis";"Ereigniscode";"Grund";"Benutzer-ID";/);
    expect(lines[1]).toMatch(
      /^"2026-06-30T08:00:00.000Z";"Konto entsperrt";"authn_login_unlock";"";"usr_anna"/,
    );
    expect(lines[2]).toMatch(
      /^"2026-06-30T07:00:00.000Z";"Anmeldung fehlgeschlagen";"authn_login_fail";"Falsches Passwort";"usr_anna"/,
    );
    expect(lines[3]).toBe('');

    const all = await app.inject({ url: '/api/v1/security-events/export.csv', headers: asAdministrator });
    // The subject "@SUM(A1)" is defused; another organisation's entry is not there.
    expect(all.body).toContain('"\'@SUM(A1)"');
    expect(all.body.split('\r\n')).toHaveLength(5);

    const invalid = await app.inject({
      url: '/api/v1/security-events/export.csv?limit=10',
      headers: asAdministrator,
    });
    expect(invalid.statusCode).toBe(400);
  });
});
