// „Mit Microsoft anmelden“ end to end: the API against an Entra-like OpenID provider on loopback
// (oidc-provider). Sign-in, first sign-in linking an invited user, and the attacks: no or replayed
// pending login, take-over of an active account through the e-mail claim, another directory's user,
// and „SSO only“ refusing passwords. Also GET /auth/sign-in-options (whether the sign-in page offers
// the button) on both databases.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  createApiTestServer,
  insertOrganization,
  testNow,
  type ApiTestServer,
} from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import { buildServer } from '../../app/server.js';
import { startTestEntraProvider, type TestEntraProvider } from '../sso/sso.test-utils.js';

const tenantId = randomUUID();
const client = { clientId: 'zeugnisdesk-test', clientSecret: 'test-secret-for-zeugnisdesk-9' };
// The server's default PUBLIC_URL in tests: plain HTTP on loopback.
// eslint-disable-next-line @microsoft/sdl/no-insecure-url
const publicUrl = 'http://127.0.0.1:3000';
const redirectUri = `${publicUrl}/api/v1/auth/sso/callback`;
const users = {
  lena: { oid: randomUUID(), email: 'lena.brandt@musterfirma.example', name: 'Lena Brandt' },
  active: { oid: randomUUID(), email: 'admin@musterfirma.example', name: 'Mallory Admin' },
};

let provider: TestEntraProvider;
beforeAll(async () => {
  provider = await startTestEntraProvider({
    tenantId,
    clients: [{ ...client, redirectUris: [redirectUri] }],
    users: Object.values(users),
  });
});
afterAll(() => provider.close());

async function serverWithSso(mode: 'optional' | 'only' = 'optional') {
  const server = await createApiTestServer();
  const settings = await server.send({
    method: 'PATCH',
    url: '/api/v1/organization/security',
    payload: {
      ssoMode: mode,
      ssoTenantId: tenantId,
      ssoClientId: client.clientId,
      ssoClientSecret: client.clientSecret,
    },
  });
  // The answer names the redirect URI to register in Entra ID, from the server's PUBLIC_URL.
  expect(settings).toMatchObject({
    status: 200,
    body: { ssoMode: mode, ssoClientSecretSet: true, ssoRedirectUri: redirectUri },
  });
  expect(JSON.stringify(settings.body)).not.toContain(client.clientSecret);
  // The provider runs on loopback instead of login.microsoftonline.com.
  await server.db
    .updateTable('organizations')
    .set({ sso_issuer: provider.issuer })
    .where('id', '=', server.organizationId)
    .execute();
  return server;
}

async function invite(server: ApiTestServer, email: string) {
  const roles = (await server.send({ url: '/api/v1/roles' })).body as { items: { id: string }[] };
  const invited = await server.send({
    method: 'POST',
    url: '/api/v1/users',
    payload: {
      email,
      firstName: 'Lena',
      lastName: 'Brandt',
      roleId: roles.items[0]?.id,
      scope: { all: true },
    },
  });
  expect(invited.status).toBe(201);
  return invited.body as { id: string };
}

/** Starts the login as a browser would; returns the pending login's cookie and the provider's address. */
async function start(server: ApiTestServer) {
  const started = await server.send(
    { method: 'POST', url: '/api/v1/auth/sso/start', payload: { organizationId: server.organizationId } },
    { as: null },
  );
  expect(started.status).toBe(200);
  const cookie = String(started.headers['set-cookie']).split(';')[0] ?? '';
  expect(cookie).toMatch(/^zd_challenge=/);
  return {
    cookie,
    authorizationUrl: new URL((started.body as { authorizationUrl: string }).authorizationUrl),
  };
}

async function callback(server: ApiTestServer, redirect: URL, cookie: string | null) {
  const response = await server.app.inject({
    url: `${redirect.pathname}${redirect.search}`,
    headers: cookie ? { cookie } : {},
  });
  const sessionCookie = ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('zd_session=') && pair.length > 'zd_session='.length);
  return { status: response.statusCode, location: response.headers.location, sessionCookie };
}

describe('sign-in with Microsoft Entra ID', () => {
  it('links an invited user on the first sign-in and signs them in by their object id afterwards', async () => {
    const server = await serverWithSso();
    const invited = await invite(server, users.lena.email);
    const first = await start(server);
    const redirect = await provider.loginAs(first.authorizationUrl, users.lena.oid);
    const signedIn = await callback(server, redirect, first.cookie);
    expect(signedIn).toMatchObject({ status: 302, location: `${publicUrl}/` });
    expect(signedIn.sessionCookie).toBeDefined();
    const session = await server.send(
      { url: '/api/v1/auth/session', headers: { cookie: signedIn.sessionCookie ?? '' } },
      { as: null },
    );
    expect(session).toMatchObject({
      status: 200,
      body: { user: { id: invited.id, email: users.lena.email } },
    });

    const stored = await server.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', invited.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      status: 'active',
      sso_issuer: provider.issuer,
      sso_subject: users.lena.oid,
    });
    // The user is the pair (issuer, oid): a later sign-in finds them without the e-mail.
    await server.db
      .updateTable('users')
      .set({ email: 'umbenannt@musterfirma.example', email_key: 'umbenannt@musterfirma.example' })
      .where('id', '=', invited.id)
      .execute();
    const again = await start(server);
    const back = await callback(
      server,
      await provider.loginAs(again.authorizationUrl, users.lena.oid),
      again.cookie,
    );
    expect(back.location).toBe(`${publicUrl}/`);
    const events = await server.db
      .selectFrom('security_events')
      .select(['action', 'user_id'])
      .where('action', '=', 'authn_sso_login')
      .execute();
    expect(events).toEqual([
      { action: 'authn_sso_login', user_id: invited.id },
      { action: 'authn_sso_login', user_id: invited.id },
    ]);
  });

  // Threat: account take-over — the directory's e-mail claim matches an active local account.
  it('never signs into an active account by its e-mail address', async () => {
    const server = await serverWithSso();
    const { cookie, authorizationUrl } = await start(server);
    // users.active carries the administrator's e-mail address in the directory.
    const result = await callback(server, await provider.loginAs(authorizationUrl, users.active.oid), cookie);
    expect(result).toMatchObject({ status: 302, location: `${publicUrl}/anmelden?fehler=sso` });
    expect(result.sessionCookie).toBeUndefined();
    const administrator = await server.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', server.administrator.id)
      .executeTakeFirstOrThrow();
    expect(administrator.sso_subject).toBeNull();
    const [event] = await server.db
      .selectFrom('security_events')
      .selectAll()
      .where('action', '=', 'authn_login_fail')
      .execute();
    expect(event).toMatchObject({ reason: 'sso_unknown_user' });
  });

  // Threat: login CSRF and replay — a provider response the browser did not ask for, or used twice.
  it('refuses a callback without its pending login, and the same callback twice', async () => {
    const server = await serverWithSso();
    await invite(server, users.lena.email);
    const { cookie, authorizationUrl } = await start(server);
    const redirect = await provider.loginAs(authorizationUrl, users.lena.oid);
    expect((await callback(server, redirect, null)).location).toBe(`${publicUrl}/anmelden?fehler=sso`);
    // The pending login of another browser does not fit this response either.
    const other = await start(server);
    expect((await callback(server, redirect, other.cookie)).location).toBe(
      `${publicUrl}/anmelden?fehler=sso`,
    );
    expect((await callback(server, redirect, cookie)).location).toBe(`${publicUrl}/`);
    const replay = await callback(server, redirect, cookie);
    expect(replay).toMatchObject({ location: `${publicUrl}/anmelden?fehler=sso`, sessionCookie: undefined });
  });

  it('fails cleanly when the user cancels at the provider', async () => {
    const server = await serverWithSso();
    const { cookie, authorizationUrl } = await start(server);
    const result = await callback(server, await provider.refuse(authorizationUrl), cookie);
    expect(result).toMatchObject({
      status: 302,
      location: `${publicUrl}/anmelden?fehler=sso`,
      sessionCookie: undefined,
    });
  });

  it('answers 404 auth.sso_not_configured for an organisation without SSO', async () => {
    const server = await createApiTestServer();
    const response = await server.send(
      { method: 'POST', url: '/api/v1/auth/sso/start', payload: { organizationId: server.organizationId } },
      { as: null },
    );
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'auth.sso_not_configured' } } });
  });

  it('refuses SSO settings without the tenant id, client id and secret', async () => {
    const server = await createApiTestServer();
    const response = await server.send({
      method: 'PATCH',
      url: '/api/v1/organization/security',
      payload: { ssoMode: 'only' },
    });
    expect(response).toMatchObject({ status: 400, body: { error: { issues: [{ path: 'ssoMode' }] } } });
    const common = await server.send({
      method: 'PATCH',
      url: '/api/v1/organization/security',
      payload: { ssoMode: 'optional', ssoTenantId: 'common', ssoClientId: 'x', ssoClientSecret: 'y' },
    });
    expect(common).toMatchObject({ status: 400, body: { error: { issues: [{ path: 'ssoTenantId' }] } } });
  });

  // U10: „SSO only“ — passwords no longer open the door, and no reset link is sent.
  it('with „SSO only“ refuses the password sign-in like a wrong password, and sends no reset link', async () => {
    const server = await serverWithSso('only');
    const { user } = await server.signIn({
      email: 'petra@musterfirma.example',
      password: 'Sommer-Wiese7Ü!x',
    });
    const login = await server.send(
      {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'petra@musterfirma.example', password: 'Sommer-Wiese7Ü!x' },
      },
      { as: null },
    );
    expect(login).toMatchObject({ status: 401, body: { error: { code: 'auth.invalid_credentials' } } });
    const reset = await server.send(
      {
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email: 'petra@musterfirma.example' },
      },
      { as: null },
    );
    expect(reset.status).toBe(202);
    expect(await server.db.selectFrom('outbox_messages').selectAll().execute()).toEqual([]);
    const [event] = await server.db
      .selectFrom('security_events')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(event).toMatchObject({ action: 'authn_login_fail', reason: 'sso_only' });
  });
});

describeEachDatabase('the sign-in options (GET /auth/sign-in-options)', ({ openDatabase }) => {
  const url = '/api/v1/auth/sign-in-options';
  const organizationName = 'Musterfirma GmbH';

  async function createServer() {
    const { db } = await openDatabase();
    return createApiTestServer({ db });
  }

  /** Asks as a visitor of the sign-in page would: without a session. */
  async function options(server: ApiTestServer, organization?: string) {
    const query = organization === undefined ? '' : `?organization=${encodeURIComponent(organization)}`;
    return server.send({ url: `${url}${query}` }, { as: null });
  }

  async function configureSso(server: ApiTestServer, ssoMode: 'off' | 'optional' | 'only') {
    const response = await server.send({
      method: 'PATCH',
      url: '/api/v1/organization/security',
      payload: {
        ssoMode,
        ssoTenantId: tenantId,
        ssoClientId: client.clientId,
        ssoClientSecret: client.clientSecret,
      },
    });
    expect(response.status).toBe(200);
  }

  it('answers for the only organisation without a parameter: no SSO while it is off', async () => {
    const server = await createServer();
    const organization = { id: server.organizationId, name: organizationName };
    expect(await options(server)).toMatchObject({ status: 200, body: { organization, sso: null } });
    expect(await options(server, server.organizationId)).toMatchObject({
      status: 200,
      body: { organization, sso: null },
    });
  });

  it('offers Microsoft when SSO is on and configured, and says when passwords are refused', async () => {
    const server = await createServer();
    const organization = { id: server.organizationId, name: organizationName };
    await configureSso(server, 'optional');
    const optional = await options(server);
    expect(optional).toEqual({
      status: 200,
      headers: expect.anything(),
      body: { organization, sso: { provider: 'entra', only: false } },
    });
    // Nothing of the configuration leaves the server: no tenant, client or secret.
    for (const secret of [tenantId, client.clientId, client.clientSecret]) {
      expect(JSON.stringify(optional.body)).not.toContain(secret);
    }
    expect(await options(server, server.organizationId)).toMatchObject({
      body: { organization, sso: { provider: 'entra', only: false } },
    });
    await configureSso(server, 'only');
    expect(await options(server)).toMatchObject({
      body: { organization, sso: { provider: 'entra', only: true } },
    });
  });

  it('offers no SSO when it is configured but switched off', async () => {
    const server = await createServer();
    await configureSso(server, 'optional');
    await configureSso(server, 'off');
    const stored = await server.db
      .selectFrom('organizations')
      .select(['sso_mode', 'sso_tenant_id', 'sso_client_id'])
      .where('id', '=', server.organizationId)
      .executeTakeFirstOrThrow();
    // The details stay stored: only the mode says no.
    expect(stored).toEqual({ sso_mode: 'off', sso_tenant_id: tenantId, sso_client_id: client.clientId });
    expect(await options(server)).toMatchObject({ status: 200, body: { sso: null } });
  });

  it('offers no SSO when the configuration is incomplete in the database', async () => {
    const server = await createServer();
    await configureSso(server, 'optional');
    await server.db
      .updateTable('organizations')
      .set({ sso_client_secret: null })
      .where('id', '=', server.organizationId)
      .execute();
    expect(await options(server)).toMatchObject({ status: 200, body: { sso: null } });
  });

  // The tenant's contract ended: its users cannot sign in at all, so no button leads there.
  it('offers no SSO when the organisation’s contract has ended', async () => {
    const server = await createServer();
    await configureSso(server, 'only');
    await server.db
      .updateTable('organizations')
      .set({ contract_status: 'ended' })
      .where('id', '=', server.organizationId)
      .execute();
    expect(await options(server, server.organizationId)).toMatchObject({
      status: 200,
      body: { organization: { id: server.organizationId }, sso: null },
    });
    // A read-only contract still signs in.
    await server.db
      .updateTable('organizations')
      .set({ contract_status: 'read_only' })
      .where('id', '=', server.organizationId)
      .execute();
    expect(await options(server)).toMatchObject({ body: { sso: { provider: 'entra', only: true } } });
  });

  // Threat: probing organisation ids — an unknown id looks like „nothing to offer“, never like an error.
  it('answers an unknown organisation with the same empty shape and status as no organisation', async () => {
    const server = await createServer();
    await configureSso(server, 'optional');
    for (const unknown of ['org_unknown', 'x'.repeat(100), "' or 1=1 --"]) {
      expect(await options(server, unknown)).toMatchObject({
        status: 200,
        body: { organization: null, sso: null },
      });
    }
  });

  it('answers nothing without a parameter when the installation has several organisations', async () => {
    const server = await createServer();
    await configureSso(server, 'optional');
    const otherId = await insertOrganization(server.db, 'Andere AG');
    expect(await options(server)).toMatchObject({
      status: 200,
      body: { organization: null, sso: null },
    });
    // Each organisation's own link still works: the one with SSO and the one without.
    expect(await options(server, server.organizationId)).toMatchObject({
      body: { organization: { id: server.organizationId }, sso: { provider: 'entra' } },
    });
    expect(await options(server, otherId)).toMatchObject({
      body: { organization: { id: otherId, name: 'Andere AG' }, sso: null },
    });
  });

  it('refuses an empty or unknown query parameter with 400', async () => {
    const server = await createServer();
    for (const query of ['?organization=', '?organisation=org_1', `?organization=${'x'.repeat(101)}`]) {
      const response = await server.send({ url: `${url}${query}` }, { as: null });
      expect(response.status, query).toBe(400);
      expect(response.body, query).toMatchObject({ error: { code: 'validation.failed' } });
    }
  });

  // Threat: the public endpoint as an oracle hammered from one address — it counts like the sign-in.
  it('falls under the per-address rate limit of the sign-in routes', async () => {
    const server = await createServer();
    const limited = await buildServer({
      db: server.db,
      isHttps: false,
      logger: false,
      now: () => testNow,
      authRateLimit: { maxRequests: 3, windowMs: 60_000 },
    });
    onTestFinished(() => limited.close());
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push((await limited.inject({ url })).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // The same counter as the password sign-in: that is refused now too.
    const login = await limited.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.de', password: 'x' },
    });
    expect(login.statusCode).toBe(429);
  });
});
