// Security regression tests of signing in and out (issue #6): POST /api/v1/auth/login, GET /auth/session,
// POST /auth/logout and /auth/logout-everywhere, attacked with wrong, locked, inactive and guessed
// credentials, parallel guesses, planted session cookies and floods — on SQLite and, with
// TEST_DATABASE_URL, on PostgreSQL. Each test names the threat it covers in one line.
import { hash } from '@node-rs/argon2';
import { expect, it, onTestFinished } from 'vitest';
import {
  createApiTestServer,
  insertOrganization,
  testNow,
  type ApiTestServer,
} from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { ensureDevelopmentOrganization } from '../../app/request-context.js';
import { buildServer } from '../../app/server.js';
import { hashPassword } from '../users/users.services.js';
import { cookieNames, csrfHeader } from './auth.config.js';
import { createToken, hashToken } from './auth.services.js';
import { insertTestUser, type TestSession } from './auth.test-utils.js';

const sessionCookie = cookieNames.session.plain;
const password = 'Sicheres-Passwort-2026!';
const wrongPassword = 'Falsches-Passwort-2026!';
const loginUrl = '/api/v1/auth/login';

/** The `Set-Cookie` lines of a response. */
function setCookies(headers: Record<string, unknown>): string[] {
  const value = headers['set-cookie'];
  return value === undefined ? [] : [value].flat().map(String);
}

interface LoginResult {
  status: number;
  body: unknown;
  /** The `Set-Cookie` line of the session cookie, if one was set. */
  cookieLine: string | undefined;
  /** The session as a browser would send it next (cookie and CSRF header), if one was set. */
  session: TestSession | undefined;
}

/** Signs in over the API as an anonymous browser would (optionally with extra headers, e.g. a cookie). */
async function login(
  { send, db }: Pick<ApiTestServer, 'send' | 'db'>,
  credentials: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<LoginResult> {
  const response = await send({ method: 'POST', url: loginUrl, payload: credentials, headers }, { as: null });
  const cookieLine = setCookies(response.headers).find((line) => line.startsWith(`${sessionCookie}=`));
  const token = cookieLine?.split(';')[0]?.slice(sessionCookie.length + 1) ?? '';
  const csrfToken = (response.body as { csrfToken?: string } | undefined)?.csrfToken;
  if (!token || !csrfToken) return { ...response, cookieLine, session: undefined };
  const row = await db
    .selectFrom('sessions')
    .select('id')
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return {
    ...response,
    cookieLine,
    session: {
      sessionId: row?.id ?? '',
      token,
      csrfToken,
      headers: { cookie: `${sessionCookie}=${token}`, [csrfHeader]: csrfToken },
    },
  };
}

async function userRow(db: Db, userId: string) {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
}

async function loginFailures(db: Db, userId: string) {
  return db
    .selectFrom('security_events')
    .selectAll()
    .where('user_id', '=', userId)
    .where('action', '=', 'authn_login_fail')
    .execute();
}

const invalidCredentials = {
  error: { code: 'auth.invalid_credentials', message: 'The e-mail address or the password is wrong.' },
};

describeEachDatabase('sign-in routes', ({ openDatabase }) => {
  async function createServer(now: () => Date = () => testNow) {
    const { db } = await openDatabase();
    return createApiTestServer({ db, now });
  }

  // Threat: a session cookie readable by script or sent cross-site; changes without the CSRF token.
  it('signs in with an HttpOnly SameSite=Lax session cookie and a CSRF token that works for a change', async () => {
    const server = await createServer();
    const { user } = await server.signIn({ email: 'petra@musterfirma.example', password });
    const result = await login(server, { email: 'petra@musterfirma.example', password });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      status: 'signed_in',
      mustEnrolSecondFactor: false,
      user: { id: user.id, email: 'petra@musterfirma.example' },
      organization: { id: server.organizationId },
    });
    const attributes = (result.cookieLine ?? '').split(';').map((part) => part.trim());
    expect(attributes[0]).toMatch(new RegExp(`^${sessionCookie}=[A-Za-z0-9_-]{43}$`));
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax']));
    expect(attributes.map((part) => part.toLowerCase())).not.toContain('secure');
    const session = result.session;
    if (!session) throw new Error('no session');
    expect(session.sessionId).toMatch(/^ses_/);

    const current = await server.send({ url: '/api/v1/auth/session' }, { as: session });
    expect(current).toMatchObject({
      status: 200,
      body: { user: { id: user.id }, csrfToken: session.csrfToken, mustEnrolSecondFactor: false },
    });
    // The CSRF token of the answer authorises a change; the cookie alone does not.
    const cookieOnly = {
      sessionId: '',
      token: '',
      csrfToken: '',
      headers: { cookie: session.headers.cookie ?? '' },
    };
    const change = { method: 'POST' as const, url: '/api/v1/departments', payload: { name: 'Einkauf' } };
    expect((await server.send(change, { as: cookieOnly })).status).toBe(403);
    expect((await server.send(change, { as: session })).status).toBe(201);

    // Served over HTTPS, the cookie is Secure and `__Host-` prefixed (no domain, path /).
    const https = await buildServer({ db: server.db, isHttps: true, logger: false, now: () => testNow });
    onTestFinished(() => https.close());
    const secure = await https.inject({
      method: 'POST',
      url: loginUrl,
      payload: { email: 'petra@musterfirma.example', password },
    });
    expect(secure.statusCode).toBe(200);
    const secureAttributes = (
      setCookies(secure.headers).find((line) => line.startsWith(`${cookieNames.session.secure}=`)) ?? ''
    )
      .split(';')
      .map((part) => part.trim());
    expect(secureAttributes).toEqual(
      expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax']),
    );
    expect(secureAttributes.some((part) => part.toLowerCase().startsWith('domain='))).toBe(false);
  });

  // Threat: session fixation — an attacker plants a cookie and waits for the victim to sign in with it.
  it('tells the signed-in user the password rules and the second factors their organisation asks for', async () => {
    const server = await createServer();
    await server.db
      .updateTable('organizations')
      .set({ password_policy: 'nist', second_factor_required: 1, second_factor_methods: 'totp,passkey' })
      .execute();
    const { user } = await server.signIn({ email: 'petra@musterfirma.example', password });
    const signedIn = await login(server, { email: 'petra@musterfirma.example', password });
    expect(signedIn.body).toMatchObject({
      status: 'signed_in',
      mustEnrolSecondFactor: true,
      signInPolicy: {
        passwordPolicy: { preset: 'nist', minLength: 15 },
        secondFactorRequired: true,
        secondFactorMethods: ['totp', 'passkey'],
      },
    });
    // While setting up the required factor, the user can read their own record, nothing else.
    const as = { as: signedIn.session ?? null };
    expect((await server.send({ url: `/api/v1/users/${user.id}` }, as)).status).toBe(200);
    expect((await server.send({ url: '/api/v1/employees' }, as)).status).toBe(403);
  });

  it('signs in again from a browser that still holds a session cookie, without its CSRF token', async () => {
    const server = await createServer();
    await server.signIn({ email: 'petra@musterfirma.example', password });
    const first = await login(server, { email: 'petra@musterfirma.example', password });
    const again = await login(
      server,
      { email: 'petra@musterfirma.example', password },
      { cookie: first.session?.headers.cookie ?? '' },
    );
    expect(again).toMatchObject({ status: 200, body: { status: 'signed_in' } });
    expect(again.session?.token).not.toBe(first.session?.token);
  });

  it('issues a new session token at every sign-in and never authenticates a planted cookie', async () => {
    const server = await createServer();
    const { user } = await server.signIn({ email: 'petra@musterfirma.example', password });
    const planted = createToken().token;
    const first = await login(
      server,
      { email: 'petra@musterfirma.example', password },
      { cookie: `${sessionCookie}=${planted}` },
    );
    expect(first.status).toBe(200);
    expect(first.session?.token).toBeDefined();
    expect(first.session?.token).not.toBe(planted);
    const asPlanted = {
      sessionId: '',
      token: planted,
      csrfToken: '',
      headers: { cookie: `${sessionCookie}=${planted}` },
    };
    expect((await server.send({ url: '/api/v1/auth/session' }, { as: asPlanted })).status).toBe(401);

    // Signing in again (even while signed in) gives yet another token and session.
    const second = await login(
      server,
      { email: 'petra@musterfirma.example', password },
      first.session?.headers,
    );
    expect(second.status).toBe(200);
    expect(second.session?.token).not.toBe(first.session?.token);
    expect(second.session?.sessionId).not.toBe(first.session?.sessionId);
    const sessions = await server.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    // The helper's own session, and one per sign-in.
    expect(sessions).toHaveLength(3);
    expect(sessions.map(({ id }) => id)).toEqual(
      expect.arrayContaining([first.session?.sessionId, second.session?.sessionId]),
    );
  });

  // Threat: account enumeration — the answer must not tell which addresses exist or why a sign-in failed.
  it('answers every refused sign-in identically and records the real reason in the security log', async () => {
    const server = await createServer();
    const { db, organizationId } = server;
    const passwordHash = await hashPassword(password);
    const withPassword = async (organization: string, options: Parameters<typeof insertTestUser>[2]) => {
      const user = await insertTestUser(db, organization, options);
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', user.id).execute();
      return user;
    };
    await withPassword(organizationId, { email: 'aktiv@musterfirma.example' });
    await withPassword(organizationId, { email: 'deaktiviert@musterfirma.example', status: 'deactivated' });
    await insertTestUser(db, organizationId, { email: 'eingeladen@musterfirma.example', status: 'invited' });
    const locked = await withPassword(organizationId, { email: 'gesperrt@musterfirma.example' });
    await db
      .updateTable('users')
      .set({ locked_at: testNow.toISOString(), failed_login_count: 5 })
      .where('id', '=', locked.id)
      .execute();
    const ssoOrganization = await insertOrganization(db, 'Nur-SSO AG');
    await db
      .updateTable('organizations')
      .set({ sso_mode: 'only' })
      .where('id', '=', ssoOrganization)
      .execute();
    await withPassword(ssoOrganization, { email: 'sso@nur-sso.example' });

    const attempts = [
      { email: 'unbekannt@musterfirma.example', password, reason: 'unknown_user' },
      { email: 'aktiv@musterfirma.example', password: wrongPassword, reason: 'wrong_password' },
      // The refusals below hold even with the right password.
      { email: 'deaktiviert@musterfirma.example', password, reason: 'user_inactive' },
      { email: 'eingeladen@musterfirma.example', password, reason: 'user_invited' },
      { email: 'gesperrt@musterfirma.example', password, reason: 'account_locked' },
      { email: 'sso@nur-sso.example', password, reason: 'sso_only' },
    ];
    const answers = [];
    for (const attempt of attempts) {
      const response = await server.send(
        { method: 'POST', url: loginUrl, payload: { email: attempt.email, password: attempt.password } },
        { as: null },
      );
      answers.push({
        status: response.status,
        body: JSON.stringify(response.body),
        cookies: setCookies(response.headers).length,
      });
    }
    const expected = { status: 401, body: JSON.stringify(invalidCredentials), cookies: 0 };
    expect(answers).toEqual(attempts.map(() => expected));

    const events = await db
      .selectFrom('security_events')
      .select(['subject', 'reason'])
      .where('action', '=', 'authn_login_fail')
      .execute();
    expect(Object.fromEntries(events.map((event) => [event.subject, event.reason]))).toEqual(
      Object.fromEntries(attempts.map((attempt) => [attempt.email, attempt.reason])),
    );
    expect(events).toHaveLength(attempts.length);
    // No session was created for any of them.
    expect(
      await db.selectFrom('sessions').select('id').where('user_id', '!=', server.administrator.id).execute(),
    ).toEqual([]);
  });

  // Threat: online password guessing against one account.
  it('locks the account after five wrong passwords, refuses even the right one, mails the user, unlocks by an administrator', async () => {
    const server = await createServer();
    const { db } = server;
    const { user } = await server.signIn({ email: 'petra@musterfirma.example', password });
    const wrong = { email: 'petra@musterfirma.example', password: wrongPassword };
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await login(server, wrong)).toMatchObject({ status: 401, body: invalidCredentials });
    }
    expect(await userRow(db, user.id)).toMatchObject({ failed_login_count: 4, locked_at: null });
    expect(await login(server, wrong)).toMatchObject({ status: 401, body: invalidCredentials });
    expect(await userRow(db, user.id)).toMatchObject({
      failed_login_count: 5,
      locked_at: testNow.toISOString(),
    });
    const lockEvents = await db
      .selectFrom('security_events')
      .selectAll()
      .where('user_id', '=', user.id)
      .where('action', '=', 'authn_login_lock')
      .execute();
    expect(lockEvents).toEqual([expect.objectContaining({ reason: 'too_many_failures' })]);
    const mails = await db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('recipient', '=', 'petra@musterfirma.example')
      .execute();
    expect(mails).toEqual([
      expect.objectContaining({ channel: 'email', subject: 'Zeugnisdesk: Ihr Konto wurde gesperrt' }),
    ]);

    // The sixth attempt, with the right password, fails exactly like a wrong one.
    const sixth = await login(server, { email: 'petra@musterfirma.example', password });
    expect(sixth).toMatchObject({ status: 401, body: invalidCredentials, session: undefined });
    expect((await loginFailures(db, user.id)).at(-1)).toMatchObject({ reason: 'account_locked' });

    const unlocked = await server.send({ method: 'POST', url: `/api/v1/users/${user.id}/unlock` });
    expect(unlocked).toMatchObject({ status: 200, body: { id: user.id, isLocked: false } });
    expect(await userRow(db, user.id)).toMatchObject({ failed_login_count: 0, locked_at: null });
    expect((await login(server, { email: 'petra@musterfirma.example', password })).status).toBe(200);
  });

  // Threat: a burst of parallel guesses racing past the limit of five.
  it('verifies at most five of twenty parallel wrong passwords and leaves the account locked', async () => {
    const server = await createServer();
    const { db } = server;
    const { user } = await server.signIn({ email: 'petra@musterfirma.example', password });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        login(server, { email: 'petra@musterfirma.example', password: `${wrongPassword}${index}` }),
      ),
    );
    expect(results.map(({ status, body }) => ({ status, body }))).toEqual(
      results.map(() => ({ status: 401, body: invalidCredentials })),
    );
    const row = await userRow(db, user.id);
    expect(row.failed_login_count).toBeLessThanOrEqual(5);
    expect(row.locked_at).not.toBeNull();
    // Every real verification was counted first and logged as wrong_password; the rest never reached one.
    const failures = await loginFailures(db, user.id);
    expect(failures).toHaveLength(20);
    expect(failures.filter((event) => event.reason === 'wrong_password').length).toBe(row.failed_login_count);
    expect(failures.filter((event) => event.reason === 'account_locked')).toHaveLength(
      20 - row.failed_login_count,
    );
    const locks = await db
      .selectFrom('security_events')
      .select('id')
      .where('user_id', '=', user.id)
      .where('action', '=', 'authn_login_lock')
      .execute();
    expect(locks).toHaveLength(1);
    expect(
      await db
        .selectFrom('outbox_messages')
        .select('id')
        .where('recipient', '=', 'petra@musterfirma.example')
        .execute(),
    ).toHaveLength(1);
  });

  // Threat: failures adding up over weeks of normal typos lock out a legitimate user.
  it('resets the failure counter at a correct sign-in', async () => {
    const server = await createServer();
    const { user } = await server.signIn({ email: 'petra@musterfirma.example', password });
    const wrong = { email: 'petra@musterfirma.example', password: wrongPassword };
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await login(server, wrong)).status).toBe(401);
    expect((await login(server, { email: 'petra@musterfirma.example', password })).status).toBe(200);
    expect(await userRow(server.db, user.id)).toMatchObject({ failed_login_count: 0, locked_at: null });
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await login(server, wrong)).status).toBe(401);
    expect(await userRow(server.db, user.id)).toMatchObject({ failed_login_count: 4, locked_at: null });
  });

  // Threat: hashes made with yesterday's (weaker) parameters stay weak forever.
  it('hashes the password again with today’s Argon2id parameters at a sign-in', async () => {
    const server = await createServer();
    const { user } = await server.signIn({ email: 'petra@musterfirma.example', password });
    const weak = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    await server.db.updateTable('users').set({ password_hash: weak }).where('id', '=', user.id).execute();
    expect((await login(server, { email: 'petra@musterfirma.example', password })).status).toBe(200);
    const stored = (await userRow(server.db, user.id)).password_hash ?? '';
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=65536,t=5,p=1\$/);
    expect((await login(server, { email: 'petra@musterfirma.example', password })).status).toBe(200);
  });

  // Threat: a sloppy comparison (case folding, trimming) shrinks the space an attacker must guess; an
  // equivalent Unicode encoding of the right password locks out its owner.
  it('matches the e-mail in any letter case but the password exactly, up to NFKC normalisation', async () => {
    const server = await createServer();
    // Set with the ligature „ﬁ“ (U+FB01); typed later as „f“ + „i“.
    await server.signIn({ email: 'petra@musterfirma.example', password: 'Sicheres-Passwort-ﬁ-2026!' });
    const email = 'Petra@MUSTERFIRMA.example';
    for (const attempt of [
      'sicheres-passwort-fi-2026!',
      'SICHERES-PASSWORT-FI-2026!',
      ' Sicheres-Passwort-fi-2026!',
      'Sicheres-Passwort-fi-2026! ',
    ]) {
      expect((await login(server, { email, password: attempt })).status, JSON.stringify(attempt)).toBe(401);
    }
    expect((await login(server, { email, password: 'Sicheres-Passwort-fi-2026!' })).status).toBe(200);
    expect((await login(server, { email, password: 'Sicheres-Passwort-ﬁ-2026!' })).status).toBe(200);
  });

  // Threat: a session left open on a shared or lost device stays usable after signing out.
  it('ends only this session at logout and every session of the user at logout everywhere', async () => {
    const server = await createServer();
    const { session: other } = await server.signIn({ email: 'petra@musterfirma.example', password });
    const first = (await login(server, { email: 'petra@musterfirma.example', password })).session;
    const second = (await login(server, { email: 'petra@musterfirma.example', password })).session;
    if (!first || !second) throw new Error('no session');
    const sessionStatus = async (as: TestSession) =>
      (await server.send({ url: '/api/v1/auth/session' }, { as })).status;

    // A cross-site logout (cookie without the CSRF header) does nothing.
    const cookieOnly = { ...first, headers: { cookie: first.headers.cookie ?? '' } };
    expect(
      (await server.send({ method: 'POST', url: '/api/v1/auth/logout' }, { as: cookieOnly })).status,
    ).toBe(403);
    expect(await sessionStatus(first)).toBe(200);

    const logout = await server.send({ method: 'POST', url: '/api/v1/auth/logout' }, { as: first });
    expect(logout.status).toBe(204);
    expect(setCookies(logout.headers).find((line) => line.startsWith(`${sessionCookie}=;`))).toMatch(
      /Expires=Thu, 01 Jan 1970/,
    );
    expect(await sessionStatus(first)).toBe(401);
    expect(await sessionStatus(second)).toBe(200);
    expect(await sessionStatus(other)).toBe(200);

    const everywhere = await server.send(
      { method: 'POST', url: '/api/v1/auth/logout-everywhere' },
      { as: second },
    );
    expect(everywhere.status).toBe(204);
    expect(await sessionStatus(second)).toBe(401);
    expect(await sessionStatus(other)).toBe(401);
    // Other users keep theirs.
    expect(await sessionStatus(server.administrator.session)).toBe(200);
  });

  // Threat: password spraying and floods from one address against the authentication routes.
  it('answers the authentication requests beyond the limit with 429 until the next window', async () => {
    const { db } = await openDatabase();
    let now = new Date('2026-06-30T08:00:00.000Z');
    await ensureDevelopmentOrganization({ db, now: () => now });
    const app = await buildServer({
      db,
      isHttps: false,
      logger: false,
      now: () => now,
      authRateLimit: { maxRequests: 3, windowMs: 60_000 },
    });
    onTestFinished(() => app.close());
    const attempt = async (url = loginUrl) => {
      const response = await app.inject({
        method: 'POST',
        url,
        payload: { email: 'unbekannt@musterfirma.example', password },
      });
      return { status: response.statusCode, body: response.json<unknown>() };
    };
    for (let request = 1; request <= 3; request += 1) expect((await attempt()).status).toBe(401);
    const limited = {
      status: 429,
      body: { error: { code: 'auth.rate_limited', message: expect.any(String) } },
    };
    expect(await attempt()).toMatchObject(limited);
    // The limit covers every authentication route together, not each one.
    expect(await attempt('/api/v1/auth/password-reset/request')).toMatchObject(limited);
    now = new Date(now.getTime() + 59_000);
    expect(await attempt()).toMatchObject(limited);
    now = new Date(now.getTime() + 1_000);
    expect((await attempt()).status).toBe(401);
  });

  // Threat: dodging the limit by spelling the same route differently (the router decodes %XX).
  it('counts percent-encoded spellings of an authentication route against the same limit', async () => {
    const { db } = await openDatabase();
    await ensureDevelopmentOrganization({ db, now: () => testNow });
    const app = await buildServer({
      db,
      isHttps: false,
      logger: false,
      now: () => testNow,
      authRateLimit: { maxRequests: 1, windowMs: 60_000 },
    });
    onTestFinished(() => app.close());
    const statuses = [];
    for (const url of [loginUrl, '/api/v1/%61uth/login', '/api/%761/auth/login', '/api/v1/auth/%6cogin']) {
      const response = await app.inject({
        method: 'POST',
        url,
        payload: { email: 'unbekannt@musterfirma.example', password },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 429, 429, 429]);
  });

  // Threat: secrets leaking through API answers or the security log.
  it('never returns or logs a password, a password hash or a session token', async () => {
    const server = await createServer();
    const { db } = server;
    const { user } = await server.signIn({ email: 'petra@musterfirma.example', password });
    const bodies: unknown[] = [];
    const failed = await login(server, { email: 'petra@musterfirma.example', password: wrongPassword });
    const unknown = await login(server, { email: 'niemand@musterfirma.example', password });
    const signedIn = await login(server, { email: 'petra@musterfirma.example', password });
    const session = signedIn.session;
    if (!session) throw new Error('no session');
    bodies.push(failed.body, unknown.body, signedIn.body);
    bodies.push((await server.send({ url: '/api/v1/auth/session' }, { as: session })).body);
    bodies.push((await server.send({ url: `/api/v1/users/${user.id}` }, { as: session })).body);
    const { token_hash: tokenHash } = await db
      .selectFrom('sessions')
      .select('token_hash')
      .where('id', '=', session.sessionId)
      .executeTakeFirstOrThrow();
    bodies.push((await server.send({ method: 'POST', url: '/api/v1/auth/logout' }, { as: session })).body);
    const { password_hash: passwordHash } = await userRow(db, user.id);
    const secrets = [password, wrongPassword, passwordHash ?? 'no hash', session.token, tokenHash];
    const events = await db.selectFrom('security_events').selectAll().execute();
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['authn_login_fail', 'authn_login_success', 'authn_logout']),
    );
    for (const [name, text] of [
      ['answers', JSON.stringify(bodies)],
      ['security log', JSON.stringify(events)],
    ] as const) {
      for (const secret of secrets) expect(text.includes(secret), `${name} contain a secret`).toBe(false);
    }
    // No field that carries a hash or a password (the policy's rules may name passwords, of course).
    expect(JSON.stringify(signedIn.body)).not.toMatch(/"[a-z_]*(hash|secret)[a-z_]*"\s*:|"\$argon2/i);
  });
});
