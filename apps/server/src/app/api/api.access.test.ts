// Sessions guard every API route: attacks without a session, with a forged or expired one, without the
// CSRF header, after deactivation, and with a spoofed client address.
import { describe, expect, it } from 'vitest';
import { insertTestSession } from '../../modules/auth/auth.test-utils.js';
import { createApiTestServer, testNow } from './api.test-utils.js';

/** Routes that work without a session: signing in, and the links from e-mails. */
const publicRoutes = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/password-reset/request',
  'POST /api/v1/auth/password-reset/inspect',
  'POST /api/v1/auth/password-reset/complete',
  'POST /api/v1/auth/invitation/inspect',
  'POST /api/v1/auth/invitation/accept',
  // The second step of a sign-in: the pending sign-in's cookie instead of a session.
  'GET /api/v1/auth/second-factor',
  'POST /api/v1/auth/second-factor',
  'POST /api/v1/auth/second-factor/sms',
  'POST /api/v1/auth/second-factor/passkey-options',
  // Sign-in with Microsoft: the start, and the provider's redirect back.
  'POST /api/v1/auth/sso/start',
  'GET /api/v1/auth/sso/callback',
  // What the sign-in page offers (is SSO on?), asked before anyone is signed in.
  'GET /api/v1/auth/sign-in-options',
  // The handover's recipient (issue #8): the link, then the handover cookie instead of a session.
  'POST /api/v1/handover/session',
  'POST /api/v1/handover/code',
  'POST /api/v1/handover/code/verify',
  'GET /api/v1/handover/certificate',
  'PATCH /api/v1/handover/certificate',
  'POST /api/v1/handover/finish',
  'GET /api/v1/handover/document',
]);

async function everyRoute(send: Awaited<ReturnType<typeof createApiTestServer>>['send']) {
  const { paths } = (await send({ url: '/api/openapi.json' })).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({
      method: method.toUpperCase() as 'GET' | 'POST' | 'PATCH' | 'DELETE',
      url: path.replace(/\{[^}]+\}/g, 'x_1'),
      name: `${method.toUpperCase()} ${path}`,
    })),
  );
}

describe('API access', () => {
  // Threat: anyone who reaches the port reads or changes personal data.
  it('answers every route but sign-in with 401 auth.required without a session', async () => {
    const { send } = await createApiTestServer();
    const routes = await everyRoute(send);
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes.filter((candidate) => !publicRoutes.has(candidate.name))) {
      const response = await send({ method: route.method, url: route.url, payload: {} }, { as: null });
      expect(response.status, route.name).toBe(401);
      expect(response.body, route.name).toMatchObject({ error: { code: 'auth.required' } });
    }
  });

  // Threat: a guessed or forged session token.
  it('treats an unknown or malformed session cookie as no session', async () => {
    const { send } = await createApiTestServer();
    for (const cookie of ['zd_session=' + 'A'.repeat(43), 'zd_session=../../etc', 'zd_session=']) {
      const response = await send({ url: '/api/v1/employees', headers: { cookie } }, { as: null });
      expect(response.status, cookie).toBe(401);
    }
  });

  // Threat: cross-site request forgery with the victim's cookie.
  it('refuses changes without the session’s CSRF header and stores nothing', async () => {
    const { send, db, administrator, organizationId } = await createApiTestServer();
    const cookieOnly = { cookie: administrator.session.headers.cookie ?? '' };
    for (const headers of [cookieOnly, { ...cookieOnly, 'x-csrf-token': 'forged' }]) {
      const response = await send(
        { method: 'POST', url: '/api/v1/departments', payload: { name: 'Einkauf' }, headers },
        { as: null },
      );
      expect(response).toMatchObject({ status: 403, body: { error: { code: 'auth.csrf_failed' } } });
    }
    // Another session's token is no good either.
    const other = await insertTestSession(db, { organizationId, userId: administrator.id });
    const response = await send(
      {
        method: 'POST',
        url: '/api/v1/departments',
        payload: { name: 'Einkauf' },
        headers: { ...cookieOnly, 'x-csrf-token': other.csrfToken },
      },
      { as: null },
    );
    expect(response.status).toBe(403);
    expect(await db.selectFrom('departments').selectAll().execute()).toEqual([]);
    // Reads need no header; with it, the change goes through.
    expect((await send({ url: '/api/v1/departments', headers: cookieOnly }, { as: null })).status).toBe(200);
    expect(
      (await send({ method: 'POST', url: '/api/v1/departments', payload: { name: 'Einkauf' } })).status,
    ).toBe(201);
  });

  it('ends a session after the idle timeout and after the absolute lifetime', async () => {
    let now = testNow;
    const { send, signIn, db } = await createApiTestServer({ now: () => now });
    const { session } = await signIn();
    now = new Date(testNow.getTime() + 29 * 60_000);
    expect((await send({ url: '/api/v1/auth/session' }, { as: session })).status).toBe(200);
    // 30 minutes without a request since the last one (the default idle timeout).
    now = new Date(now.getTime() + 30 * 60_000);
    expect((await send({ url: '/api/v1/auth/session' }, { as: session })).status).toBe(401);
    expect(await db.selectFrom('sessions').where('id', '=', session.sessionId).selectAll().execute()).toEqual(
      [],
    );

    // Active all the time, but past the absolute lifetime of 12 hours.
    now = testNow;
    const busy = await signIn();
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      now = new Date(testNow.getTime() + minutes * 60_000);
      expect((await send({ url: '/api/v1/auth/session' }, { as: busy.session })).status).toBe(200);
    }
    now = new Date(testNow.getTime() + 12 * 60 * 60_000);
    expect((await send({ url: '/api/v1/auth/session' }, { as: busy.session })).status).toBe(401);
  });

  // U3: deactivation is immediate.
  it('refuses the next request of a user who was deactivated meanwhile', async () => {
    const { send, signIn } = await createApiTestServer();
    const { user, session } = await signIn({ role: { employees: 'read' } });
    expect((await send({ url: '/api/v1/employees' }, { as: session })).status).toBe(200);
    expect((await send({ method: 'POST', url: `/api/v1/users/${user.id}/deactivate` })).status).toBe(200);
    expect((await send({ url: '/api/v1/employees' }, { as: session })).status).toBe(401);
  });

  // U6: a role without the area cannot use it, and the refusal is logged (authz_fail).
  it('refuses an area the role does not grant with 403 and records it', async () => {
    const { send, signIn, db } = await createApiTestServer();
    const reader = await signIn({ role: { employees: 'read' } });
    expect((await send({ url: '/api/v1/employees' }, { as: reader.session })).status).toBe(200);
    const write = await send(
      {
        method: 'POST',
        url: '/api/v1/employees',
        payload: { gender: 'female', firstName: 'A', lastName: 'B', entryDate: '2020-01-01' },
      },
      { as: reader.session },
    );
    expect(write).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } });
    for (const url of ['/api/v1/users', '/api/v1/roles/x_1', '/api/v1/security-events']) {
      expect((await send({ url }, { as: reader.session })).status, url).toBe(403);
    }
    expect(await db.selectFrom('employees').selectAll().execute()).toEqual([]);
    const denied = await db
      .selectFrom('security_events')
      .where('action', '=', 'authz_fail')
      .selectAll()
      .execute();
    expect(denied.length).toBe(4);
    expect(denied[0]).toMatchObject({ user_id: reader.user.id });
  });

  // The tenant's contract (issue #5): read-only allows reading, an ended contract nothing at all.
  it('lets a read-only organisation read but not change, and ends every session when the contract ends', async () => {
    const { send, db, organizationId, signIn } = await createApiTestServer();
    const setContract = (status: 'active' | 'read_only' | 'ended') =>
      db
        .updateTable('organizations')
        .set({ contract_status: status })
        .where('id', '=', organizationId)
        .execute();
    await setContract('read_only');
    expect((await send({ url: '/api/v1/departments' })).status).toBe(200);
    expect(
      await send({ method: 'POST', url: '/api/v1/departments', payload: { name: 'Einkauf' } }),
    ).toMatchObject({
      status: 403,
      body: { error: { code: 'organization.read_only' } },
    });
    expect(await db.selectFrom('departments').selectAll().execute()).toEqual([]);

    const { user } = await signIn({ email: 'petra@musterfirma.example', password: 'Sommer-Wiese7Ü!x' });
    await setContract('ended');
    expect((await send({ url: '/api/v1/departments' })).status).toBe(401);
    const login = await send(
      {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'petra@musterfirma.example', password: 'Sommer-Wiese7Ü!x' },
      },
      { as: null },
    );
    expect(login).toMatchObject({ status: 401, body: { error: { code: 'auth.invalid_credentials' } } });
    const [event] = await db
      .selectFrom('security_events')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(event).toMatchObject({ action: 'authn_login_fail', reason: 'organization_ended' });
  });

  it('shows the account (plan and seats) to the area „Konto“ only', async () => {
    const { send, db, organizationId, signIn } = await createApiTestServer();
    await db
      .updateTable('organizations')
      .set({ plan_max_users: 10 })
      .where('id', '=', organizationId)
      .execute();
    const accountant = await signIn({ role: { account: 'read' } });
    const other = await signIn({ role: { employees: 'read' } });
    expect(await send({ url: '/api/v1/organization' }, { as: accountant.session })).toMatchObject({
      status: 200,
      body: { name: 'Musterfirma GmbH', contractStatus: 'active', planMaxUsers: 10, seatsUsed: 3 },
    });
    expect((await send({ url: '/api/v1/organization' }, { as: other.session })).status).toBe(403);
  });

  // Threat (ASVS 15.3.4): a client forges X-Forwarded-For to dodge the rate limit or the log.
  it('ignores X-Forwarded-For unless the connecting address is a trusted proxy', async () => {
    const { send, db } = await createApiTestServer();
    await send(
      {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'nobody@example.de', password: 'wrong' },
        headers: { 'x-forwarded-for': '203.0.113.9' },
      },
      { as: null },
    );
    const [event] = await db.selectFrom('security_events').selectAll().execute();
    expect(event).toMatchObject({
      action: 'authn_login_fail',
      reason: 'unknown_user',
      ip_address: '127.0.0.1',
    });
  });
});
