// „Mit Microsoft anmelden“ end to end: the API against an Entra-like OpenID provider on loopback
// (oidc-provider). Sign-in, first sign-in linking an invited user, and the attacks: no or replayed
// pending login, take-over of an active account through the e-mail claim, another directory's user,
// and „SSO only“ refusing passwords.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiTestServer, type ApiTestServer } from '../../app/api/api.test-utils.js';
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
