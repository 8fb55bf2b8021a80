// End-to-end tests of the second factors (issue #6 §2, U9) over the API: enrolment by the signed-in user
// (TOTP, phone number for SMS codes, passkeys, recovery codes) and the second step of a sign-in driven
// by the pending sign-in's HttpOnly cookie — attacked with wrong, replayed, expired, foreign and parallel
// answers, forged passkey responses, tenant settings and a password reset. The clock is injected; no
// test waits on wall-clock time. Each test names the threat it covers in one line.
import { expect, it } from 'vitest';
import { generate } from 'otplib';
import { createApiTestServer, testNow, type ApiTestServer } from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { cookieNames, csrfHeader } from '../auth/auth.config.js';
import { hashToken } from '../auth/auth.services.js';
import type { TestSession } from '../auth/auth.test-utils.js';
import { hashPassword } from '../users/users.services.js';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from './passkeys.services.js';
import { createSoftwareAuthenticator } from './passkeys.test-utils.js';
import { totpPeriodSeconds } from './second-factor.config.js';

const sessionCookie = cookieNames.session.plain;
const challengeCookie = cookieNames.challenge.plain;
const password = 'Sicheres-Passwort-2026!';
const wrongPassword = 'Falsches-Passwort-2026!';
const phone = '+491701234567';
/** buildServer's default PUBLIC_URL, which createApiTestServer keeps: the relying party of passkeys. */
// eslint-disable-next-line @microsoft/sdl/no-insecure-url -- loopback, the test server's default PUBLIC_URL
const origin = 'http://127.0.0.1:3000';
const rpId = '127.0.0.1';
const stepMs = totpPeriodSeconds * 1000;
const minute = 60_000;

type Response = Awaited<ReturnType<ApiTestServer['send']>>;

interface Clock {
  now: () => Date;
  advance: (ms: number) => void;
}

interface Fixture extends ApiTestServer {
  clock: Clock;
}

/** The `Set-Cookie` lines of a response. */
function setCookies(headers: Record<string, unknown>): string[] {
  const value = headers['set-cookie'];
  return value === undefined ? [] : [value].flat().map(String);
}

function cookieLine(headers: Record<string, unknown>, name: string): string | undefined {
  return setCookies(headers).find((line) => line.startsWith(`${name}=`));
}

/** The value a response sets for the cookie; '' when it clears it, undefined when it does not touch it. */
function cookieValue(headers: Record<string, unknown>, name: string): string | undefined {
  return cookieLine(headers, name)
    ?.split(';')[0]
    ?.slice(name.length + 1);
}

/** The session a successful sign-in step hands to the browser (cookie and CSRF token). */
function sessionOf(response: Response): TestSession {
  const token = cookieValue(response.headers, sessionCookie);
  const csrfToken = (response.body as { csrfToken?: string } | undefined)?.csrfToken;
  if (!token || !csrfToken)
    throw new Error(`no session: ${response.status} ${JSON.stringify(response.body)}`);
  return {
    sessionId: '',
    token,
    csrfToken,
    headers: { cookie: `${sessionCookie}=${token}`, [csrfHeader]: csrfToken },
  };
}

const errorOf = (code: string) => ({ body: { error: { code } } });

/** The TOTP code an authenticator app shows at `at`, `stepOffset` steps away. */
function totpAt(secret: string, at: Date, stepOffset = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) + stepOffset * totpPeriodSeconds });
}

/** Six-digit codes that match none of the steps accepted at `at` (current ±1). */
async function wrongTotpCodes(secret: string, at: Date, count: number): Promise<string[]> {
  const accepted = new Set(await Promise.all([-1, 0, 1].map((offset) => totpAt(secret, at, offset))));
  const codes: string[] = [];
  for (let candidate = 123_456; codes.length < count; candidate += 1) {
    const code = String(candidate % 1_000_000).padStart(6, '0');
    if (!accepted.has(code)) codes.push(code);
  }
  return codes;
}

/** The one SMS in the outbox for `recipient`: its code; the message is removed, so the next one is unambiguous. */
async function takeSmsCode(db: Db, recipient: string): Promise<string> {
  const messages = await db
    .selectFrom('outbox_messages')
    .select(['id', 'text_body'])
    .where('channel', '=', 'sms')
    .where('recipient', '=', recipient)
    .execute();
  expect(messages).toHaveLength(1);
  const [message] = messages;
  const code = /\b(\d{6})\b/.exec(message?.text_body ?? '')?.[1];
  if (!message || !code) throw new Error('no code in the SMS');
  await db.deleteFrom('outbox_messages').where('id', '=', message.id).execute();
  return code;
}

async function mfaFailures(db: Db, userId: string) {
  return db
    .selectFrom('security_events')
    .select(['reason', 'details_json'])
    .where('user_id', '=', userId)
    .where('action', '=', 'authn_mfa_fail')
    .execute();
}

async function challengeRow(db: Db, challenge: string) {
  return db
    .selectFrom('login_challenges')
    .selectAll()
    .where('token_hash', '=', hashToken(challenge))
    .executeTakeFirstOrThrow();
}

let passwordHash: Promise<string> | undefined;

/** A user with `password` and a session (hashed once per file: Argon2id is slow on purpose). */
async function signInUser(fixture: ApiTestServer, email: string) {
  const signedIn = await fixture.signIn({ email });
  passwordHash ??= hashPassword(password);
  await fixture.db
    .updateTable('users')
    .set({ password_hash: await passwordHash })
    .where('id', '=', signedIn.user.id)
    .execute();
  return signedIn;
}

describeEachDatabase('second factor routes', ({ openDatabase }) => {
  async function createFixture(): Promise<Fixture> {
    let current = testNow;
    const clock: Clock = {
      now: () => current,
      advance: (ms) => {
        current = new Date(current.getTime() + ms);
      },
    };
    const { db } = await openDatabase();
    const server = await createApiTestServer({ db, now: clock.now });
    // Like a browser's cookie jar: an enrolment gives the session a new token (a change of privilege),
    // which later requests of that session carry.
    const send: typeof server.send = async (options, sendOptions) => {
      const response = await server.send(options, sendOptions);
      const renewed = cookieValue(response.headers, sessionCookie);
      const csrfToken = (response.body as { csrfToken?: unknown } | undefined)?.csrfToken;
      const session = sendOptions?.as;
      if (session && renewed && typeof csrfToken === 'string') {
        session.headers.cookie = `${sessionCookie}=${renewed}`;
        session.headers['x-csrf-token'] = csrfToken;
      }
      return response;
    };
    return { ...server, send, clock };
  }

  /** POST /auth/login as an anonymous browser; `challenge` is the pending sign-in's cookie, if one was set. */
  async function login(fixture: Fixture, email: string, secret = password) {
    const response = await fixture.send(
      { method: 'POST', url: '/api/v1/auth/login', payload: { email, password: secret } },
      { as: null },
    );
    return { ...response, challenge: cookieValue(response.headers, challengeCookie) || undefined };
  }

  /** Signs in with the password and expects the second step; returns the challenge cookie's value. */
  async function startSignIn(fixture: Fixture, email: string, methods?: string[]): Promise<string> {
    const response = await login(fixture, email);
    expect(response).toMatchObject({ status: 200, body: { status: 'second_factor_required' } });
    if (methods) expect((response.body as { methods: string[] }).methods).toEqual(methods);
    if (!response.challenge) throw new Error('no challenge cookie');
    return response.challenge;
  }

  const withChallenge = (challenge: string | null) =>
    challenge === null ? {} : { cookie: `${challengeCookie}=${challenge}` };

  /** POST /auth/second-factor with the pending sign-in's cookie (null: without it). */
  function answer(fixture: Fixture, challenge: string | null, body: Record<string, unknown>) {
    return fixture.send(
      { method: 'POST', url: '/api/v1/auth/second-factor', payload: body, headers: withChallenge(challenge) },
      { as: null },
    );
  }

  function challengeRequest(
    fixture: Fixture,
    challenge: string | null,
    method: 'GET' | 'POST',
    path: string,
  ) {
    return fixture.send(
      { method, url: `/api/v1/auth${path}`, headers: withChallenge(challenge) },
      { as: null },
    );
  }

  /** A user with a password who set up TOTP through the API; the clock is then one step later. */
  async function userWithTotp(fixture: Fixture, email: string) {
    const { user, session } = await signInUser(fixture, email);
    const setup = await fixture.send({ method: 'POST', url: '/api/v1/auth/totp/setup' }, { as: session });
    expect(setup.status).toBe(200);
    const { secret } = setup.body as { secret: string };
    const before = { ...session.headers };
    const confirmed = await fixture.send(
      {
        method: 'POST',
        url: '/api/v1/auth/totp',
        payload: { secret, code: await totpAt(secret, fixture.clock.now()) },
      },
      { as: session },
    );
    expect(confirmed.status).toBe(200);
    // Threat: session fixation across a change of privilege — the token from before is worth nothing.
    expect(session.headers.cookie).not.toBe(before.cookie);
    expect((await fixture.send({ url: '/api/v1/auth/session', headers: before }, { as: null })).status).toBe(
      401,
    );
    const { recoveryCodes } = confirmed.body as { recoveryCodes: string[] };
    // The enrolment spent this step's code; a sign-in needs the next one.
    fixture.clock.advance(stepMs);
    return { user, session, secret, recoveryCodes };
  }

  /** A user with a password who verified a phone number through the API. */
  async function userWithPhone(fixture: Fixture, email: string, session?: TestSession) {
    const signedIn = session ? { session, user: undefined } : await signInUser(fixture, email);
    const asUser = { as: signedIn.session };
    expect(
      (await fixture.send({ method: 'POST', url: '/api/v1/auth/phone', payload: { phone } }, asUser)).status,
    ).toBe(202);
    const code = await takeSmsCode(fixture.db, phone);
    const confirmed = await fixture.send(
      { method: 'POST', url: '/api/v1/auth/phone/confirm', payload: { code } },
      asUser,
    );
    expect(confirmed.status).toBe(200);
    return {
      ...signedIn,
      code,
      recoveryCodes: (confirmed.body as { recoveryCodes: string[] | null }).recoveryCodes,
    };
  }

  // --- TOTP ------------------------------------------------------------------------------------------

  // Threat: a TOTP secret stored without proof that the app has it; recovery codes shown more than once.
  it('sets up TOTP only with a matching code and shows ten recovery codes once', async () => {
    const fixture = await createFixture();
    const { user, session } = await signInUser(fixture, 'petra@musterfirma.example');
    const setup = await fixture.send({ method: 'POST', url: '/api/v1/auth/totp/setup' }, { as: session });
    expect(setup.status).toBe(200);
    const { secret, uri } = setup.body as { secret: string; uri: string };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);

    const now = fixture.clock.now();
    const [wrong = ''] = await wrongTotpCodes(secret, now, 1);
    const refused = await fixture.send(
      { method: 'POST', url: '/api/v1/auth/totp', payload: { secret, code: wrong } },
      { as: session },
    );
    expect(refused).toMatchObject({ status: 400, ...errorOf('second_factor.invalid_code') });
    const stored = () =>
      fixture.db
        .selectFrom('users')
        .select('totp_secret')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
    expect((await stored()).totp_secret).toBeNull();

    const confirmed = await fixture.send(
      { method: 'POST', url: '/api/v1/auth/totp', payload: { secret, code: await totpAt(secret, now) } },
      { as: session },
    );
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = confirmed.body as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await stored()).totp_secret).toBe(secret);

    // A further second factor does not show them a second time.
    expect(
      await fixture.send({ method: 'POST', url: '/api/v1/auth/phone', payload: { phone } }, { as: session }),
    ).toMatchObject({ status: 202 });
    const phoneConfirmed = await fixture.send(
      {
        method: 'POST',
        url: '/api/v1/auth/phone/confirm',
        payload: { code: await takeSmsCode(fixture.db, phone) },
      },
      { as: session },
    );
    expect(phoneConfirmed).toMatchObject({ status: 200, body: { recoveryCodes: null } });
    expect(
      await fixture.db
        .selectFrom('user_recovery_codes')
        .select('id')
        .where('user_id', '=', user.id)
        .execute(),
    ).toHaveLength(10);
  });

  // Threat: the password alone yields a session; a second factor is skipped or answered without the pending sign-in.
  it('asks for the second factor after the password and signs in with a TOTP code only in the second step', async () => {
    const fixture = await createFixture();
    const { user, secret } = await userWithTotp(fixture, 'petra@musterfirma.example');

    const first = await login(fixture, 'petra@musterfirma.example');
    expect(first).toMatchObject({
      status: 200,
      body: { status: 'second_factor_required', methods: ['totp', 'recovery_code'] },
    });
    expect(first.body).not.toHaveProperty('csrfToken');
    expect(cookieValue(first.headers, sessionCookie) ?? '').toBe('');
    const attributes = (cookieLine(first.headers, challengeCookie) ?? '')
      .split(';')
      .map((part) => part.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Max-Age=600', 'Path=/']));
    const challenge = first.challenge ?? '';

    expect(await challengeRequest(fixture, challenge, 'GET', '/second-factor')).toMatchObject({
      status: 200,
      body: { methods: ['totp', 'recovery_code'], phoneHint: null },
    });
    // Without the cookie there is no pending sign-in to describe or complete.
    expect(await challengeRequest(fixture, null, 'GET', '/second-factor')).toMatchObject({
      status: 401,
      ...errorOf('auth.challenge_expired'),
    });
    const code = await totpAt(secret, fixture.clock.now());
    expect(await answer(fixture, null, { method: 'totp', code })).toMatchObject({
      status: 401,
      ...errorOf('auth.challenge_expired'),
    });

    const signedIn = await answer(fixture, challenge, { method: 'totp', code });
    expect(signedIn).toMatchObject({
      status: 200,
      body: { status: 'signed_in', mustEnrolSecondFactor: false, user: { id: user.id } },
    });
    expect(cookieValue(signedIn.headers, challengeCookie)).toBe('');
    const session = sessionOf(signedIn);
    expect(await fixture.send({ url: '/api/v1/auth/session' }, { as: session })).toMatchObject({
      status: 200,
      body: { user: { id: user.id }, csrfToken: session.csrfToken },
    });
    const success = await fixture.db
      .selectFrom('security_events')
      .select('details_json')
      .where('user_id', '=', user.id)
      .where('action', '=', 'authn_login_success')
      .execute();
    expect(success.map((event) => JSON.parse(event.details_json ?? '{}') as unknown)).toEqual([
      { method: 'password+totp' },
    ]);

    // The pending sign-in is spent: its cookie completes nothing a second time.
    expect(await answer(fixture, challenge, { method: 'totp', code })).toMatchObject({
      status: 401,
      ...errorOf('auth.challenge_expired'),
    });
  });

  // Threat: replay of an observed TOTP code within its time step.
  it('refuses a TOTP code that already signed in, in a new sign-in of the same time step', async () => {
    const fixture = await createFixture();
    const { secret } = await userWithTotp(fixture, 'petra@musterfirma.example');
    const code = await totpAt(secret, fixture.clock.now());
    const first = await startSignIn(fixture, 'petra@musterfirma.example');
    expect((await answer(fixture, first, { method: 'totp', code })).status).toBe(200);

    const second = await startSignIn(fixture, 'petra@musterfirma.example');
    expect(await answer(fixture, second, { method: 'totp', code })).toMatchObject({
      status: 401,
      ...errorOf('auth.invalid_code'),
    });
    // The refusal is the replay, not a broken TOTP: the next step's code completes the same sign-in.
    fixture.clock.advance(stepMs);
    expect(
      (await answer(fixture, second, { method: 'totp', code: await totpAt(secret, fixture.clock.now()) }))
        .status,
    ).toBe(200);
  });

  // Threat: a pending sign-in that lives on (a stolen cookie used hours later).
  it('lets the pending sign-in expire after 10 minutes', async () => {
    const fixture = await createFixture();
    const { secret } = await userWithTotp(fixture, 'petra@musterfirma.example');
    const challenge = await startSignIn(fixture, 'petra@musterfirma.example');
    fixture.clock.advance(10 * minute - 1000);
    expect((await challengeRequest(fixture, challenge, 'GET', '/second-factor')).status).toBe(200);
    fixture.clock.advance(1000);
    expect(await challengeRequest(fixture, challenge, 'GET', '/second-factor')).toMatchObject({
      status: 401,
      ...errorOf('auth.challenge_expired'),
    });
    const code = await totpAt(secret, fixture.clock.now());
    expect(await answer(fixture, challenge, { method: 'totp', code })).toMatchObject({
      status: 401,
      ...errorOf('auth.challenge_expired'),
    });
  });

  // Threat: guessing the six digits of a TOTP code within one pending sign-in.
  // U4: every wrong answer is a failed sign-in of the account — the fifth locks it, so that knowing the
  // password buys no more guesses than not knowing it.
  it('locks the account at the fifth wrong code, so that the right code no longer works', async () => {
    const fixture = await createFixture();
    const { user, secret } = await userWithTotp(fixture, 'petra@musterfirma.example');
    const challenge = await startSignIn(fixture, 'petra@musterfirma.example');
    for (const code of await wrongTotpCodes(secret, fixture.clock.now(), 5)) {
      expect(await answer(fixture, challenge, { method: 'totp', code })).toMatchObject({
        status: 401,
        ...errorOf('auth.invalid_code'),
      });
    }
    const right = await answer(fixture, challenge, {
      method: 'totp',
      code: await totpAt(secret, fixture.clock.now()),
    });
    expect(right).toMatchObject({ status: 401, ...errorOf('auth.challenge_expired') });
    expect(cookieValue(right.headers, sessionCookie) ?? '').toBe('');
    const stored = await fixture.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored.locked_at).not.toBeNull();
    expect(stored.failed_login_count).toBe(5);
    expect(await mfaFailures(fixture.db, user.id)).toEqual(
      Array.from({ length: 5 }, () => ({ reason: 'wrong_code', details_json: '{"method":"totp"}' })),
    );
    const locks = await fixture.db
      .selectFrom('security_events')
      .select('action')
      .where('action', '=', 'authn_login_lock')
      .execute();
    expect(locks).toHaveLength(1);
    // A fresh sign-in with the right password is refused like any other.
    expect(await login(fixture, 'petra@musterfirma.example')).toMatchObject({
      status: 401,
      ...errorOf('auth.invalid_credentials'),
    });
  });

  it('does not count right passwords whose second step was abandoned', async () => {
    const fixture = await createFixture();
    const { user } = await userWithTotp(fixture, 'petra@musterfirma.example');
    for (let attempt = 0; attempt < 7; attempt += 1) await startSignIn(fixture, 'petra@musterfirma.example');
    const stored = await fixture.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ failed_login_count: 0, locked_at: null });
  });

  // Threat: parallel guesses racing past the limit.
  it('lets at most 5 of 10 concurrent wrong codes be checked', async () => {
    const fixture = await createFixture();
    const { user, secret } = await userWithTotp(fixture, 'petra@musterfirma.example');
    const challenge = await startSignIn(fixture, 'petra@musterfirma.example');
    const codes = await wrongTotpCodes(secret, fixture.clock.now(), 10);
    const responses = await Promise.all(
      codes.map((code) => answer(fixture, challenge, { method: 'totp', code })),
    );
    const errorCodes = responses.map((response) => (response.body as { error: { code: string } }).error.code);
    expect(responses.every((response) => response.status === 401)).toBe(true);
    expect(errorCodes.filter((code) => code === 'auth.invalid_code')).toHaveLength(5);
    expect(errorCodes.filter((code) => code === 'auth.challenge_expired')).toHaveLength(5);
    expect((await challengeRow(fixture.db, challenge)).attempts).toBeLessThanOrEqual(5);
    expect(
      await answer(fixture, challenge, { method: 'totp', code: await totpAt(secret, fixture.clock.now()) }),
    ).toMatchObject({ status: 401, ...errorOf('auth.challenge_expired') });
    const failures = await mfaFailures(fixture.db, user.id);
    expect(failures.filter((event) => event.reason === 'wrong_code')).toHaveLength(5);
  });

  // Threat: an attacker with A's password completes A's sign-in with the second factor of their own account B.
  it("does not complete user A's pending sign-in with user B's TOTP or recovery code", async () => {
    const fixture = await createFixture();
    const petra = await userWithTotp(fixture, 'petra@musterfirma.example');
    const mallory = await userWithTotp(fixture, 'mallory@musterfirma.example');
    const challenge = await startSignIn(fixture, 'petra@musterfirma.example');
    const now = fixture.clock.now();
    expect(
      await answer(fixture, challenge, { method: 'totp', code: await totpAt(mallory.secret, now) }),
    ).toMatchObject({
      status: 401,
      ...errorOf('auth.invalid_code'),
    });
    expect(
      await answer(fixture, challenge, { method: 'recovery_code', code: mallory.recoveryCodes[0] }),
    ).toMatchObject({ status: 401, ...errorOf('auth.invalid_code') });
    // Mallory's code is still unused (her sign-in works); Petra's pending sign-in is completed only by her.
    expect(
      await fixture.db
        .selectFrom('user_recovery_codes')
        .select('id')
        .where('user_id', '=', mallory.user.id)
        .where('used_at', 'is', null)
        .execute(),
    ).toHaveLength(10);
    const signedIn = await answer(fixture, challenge, {
      method: 'totp',
      code: await totpAt(petra.secret, now),
    });
    expect(signedIn).toMatchObject({ status: 200, body: { user: { id: petra.user.id } } });
    expect(await mfaFailures(fixture.db, petra.user.id)).toEqual([
      { reason: 'wrong_code', details_json: '{"method":"totp"}' },
      { reason: 'wrong_code', details_json: '{"method":"recovery_code"}' },
    ]);
    expect(await mfaFailures(fixture.db, mallory.user.id)).toEqual([]);
  });

  // --- Recovery codes --------------------------------------------------------------------------------

  // Threat: a recovery code used twice; a wrong guess burning the pending sign-in of the real user.
  it('signs in once with each recovery code and keeps the pending sign-in after a wrong one', async () => {
    const fixture = await createFixture();
    const { user, recoveryCodes } = await userWithTotp(fixture, 'petra@musterfirma.example');
    const [firstCode = '', secondCode = ''] = recoveryCodes;

    const first = await startSignIn(fixture, 'petra@musterfirma.example');
    expect(await answer(fixture, first, { method: 'recovery_code', code: firstCode })).toMatchObject({
      status: 200,
      body: { status: 'signed_in', user: { id: user.id } },
    });

    const second = await startSignIn(fixture, 'petra@musterfirma.example', ['totp', 'recovery_code']);
    expect(await answer(fixture, second, { method: 'recovery_code', code: firstCode })).toMatchObject({
      status: 401,
      ...errorOf('auth.invalid_code'),
    });
    expect(
      await answer(fixture, second, { method: 'recovery_code', code: 'abcd-efgh-jkmn-pqrs-tvwx-yz01' }),
    ).toMatchObject({ status: 401, ...errorOf('auth.invalid_code') });
    // As typed from paper: upper case, spaces instead of dashes.
    const typed = secondCode.toUpperCase().replace(/-/g, ' ');
    expect(await answer(fixture, second, { method: 'recovery_code', code: typed })).toMatchObject({
      status: 200,
      body: { status: 'signed_in' },
    });
    const unused = await fixture.db
      .selectFrom('user_recovery_codes')
      .select('id')
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .execute();
    expect(unused).toHaveLength(8);
  });

  // Threat: a hijacked session quietly replaces the recovery codes (7.5.1); old codes that stay valid.
  it('replaces all recovery codes only with the current password, and the old ones stop working', async () => {
    const fixture = await createFixture();
    const { session, recoveryCodes } = await userWithTotp(fixture, 'petra@musterfirma.example');
    const regenerate = (payload: Record<string, unknown>) =>
      fixture.send({ method: 'POST', url: '/api/v1/auth/recovery-codes', payload }, { as: session });

    for (const payload of [{ currentPassword: wrongPassword }, {}]) {
      const refused = await regenerate(payload);
      expect(refused).toMatchObject({ status: 400, ...errorOf('validation.failed') });
      expect((refused.body as { error: { issues: { path: string }[] } }).error.issues).toEqual([
        expect.objectContaining({ path: 'currentPassword' }),
      ]);
    }
    const replaced = await regenerate({ currentPassword: password });
    expect(replaced.status).toBe(200);
    const fresh = (replaced.body as { recoveryCodes: string[] }).recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => recoveryCodes.includes(code))).toEqual([]);

    const challenge = await startSignIn(fixture, 'petra@musterfirma.example');
    expect(
      await answer(fixture, challenge, { method: 'recovery_code', code: recoveryCodes[1] }),
    ).toMatchObject({
      status: 401,
      ...errorOf('auth.invalid_code'),
    });
    expect((await answer(fixture, challenge, { method: 'recovery_code', code: fresh[0] })).status).toBe(200);
  });

  // --- SMS -------------------------------------------------------------------------------------------

  // Threat: a phone number stored without proof of possession; a guessed confirmation code.
  it('verifies a phone number with the code sent to it before SMS sign-in is offered', async () => {
    const fixture = await createFixture();
    const { user, session } = await signInUser(fixture, 'petra@musterfirma.example');
    const started = await fixture.send(
      { method: 'POST', url: '/api/v1/auth/phone', payload: { phone } },
      { as: session },
    );
    expect(started).toMatchObject({ status: 202, body: { status: 'sent' } });
    const code = await takeSmsCode(fixture.db, phone);
    const phoneOf = () =>
      fixture.db
        .selectFrom('users')
        .select(['phone', 'phone_verified_at'])
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
    expect(await phoneOf()).toEqual({ phone: null, phone_verified_at: null });

    const wrong = code === '000000' ? '000001' : '000000';
    const confirm = (attempt: string) =>
      fixture.send(
        { method: 'POST', url: '/api/v1/auth/phone/confirm', payload: { code: attempt } },
        { as: session },
      );
    expect(await confirm(wrong)).toMatchObject({ status: 400, ...errorOf('second_factor.invalid_code') });
    expect(await phoneOf()).toEqual({ phone: null, phone_verified_at: null });
    const confirmed = await confirm(code);
    expect(confirmed.status).toBe(200);
    expect((confirmed.body as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10);
    expect(await phoneOf()).toEqual({ phone, phone_verified_at: testNow.toISOString() });
    // The code is spent.
    expect(await confirm(code)).toMatchObject({ status: 400, ...errorOf('second_factor.invalid_code') });

    const challenge = await startSignIn(fixture, 'petra@musterfirma.example', ['sms', 'recovery_code']);
    expect(await challengeRequest(fixture, challenge, 'GET', '/second-factor')).toMatchObject({
      status: 200,
      body: { methods: ['sms', 'recovery_code'], phoneHint: '…567' },
    });
  });

  // Threat: an SMS code accepted after its 5 minutes.
  it('accepts an SMS sign-in code for exactly 5 minutes', async () => {
    const fixture = await createFixture();
    const { user } = await userWithPhone(fixture, 'petra@musterfirma.example');

    const inTime = await startSignIn(fixture, 'petra@musterfirma.example', ['sms', 'recovery_code']);
    expect(await challengeRequest(fixture, inTime, 'POST', '/second-factor/sms')).toMatchObject({
      status: 202,
      body: { status: 'sent' },
    });
    const code = await takeSmsCode(fixture.db, phone);
    fixture.clock.advance(5 * minute - 1000);
    expect(await answer(fixture, inTime, { method: 'sms', code })).toMatchObject({
      status: 200,
      body: { status: 'signed_in', user: { id: user?.id } },
    });

    const late = await startSignIn(fixture, 'petra@musterfirma.example');
    expect((await challengeRequest(fixture, late, 'POST', '/second-factor/sms')).status).toBe(202);
    const lateCode = await takeSmsCode(fixture.db, phone);
    fixture.clock.advance(5 * minute);
    expect(await answer(fixture, late, { method: 'sms', code: lateCode })).toMatchObject({
      status: 401,
      ...errorOf('auth.invalid_code'),
    });
  });

  // Threat: SMS flooding (cost, harassment) and codes that work more than once or after a newer one was sent.
  it('sends at most 3 SMS codes per pending sign-in, only the newest works, and only once', async () => {
    const fixture = await createFixture();
    await userWithPhone(fixture, 'petra@musterfirma.example');
    const challenge = await startSignIn(fixture, 'petra@musterfirma.example');
    const codes: string[] = [];
    for (let sent = 0; sent < 3; sent += 1) {
      expect((await challengeRequest(fixture, challenge, 'POST', '/second-factor/sms')).status).toBe(202);
      codes.push(await takeSmsCode(fixture.db, phone));
    }
    expect(await challengeRequest(fixture, challenge, 'POST', '/second-factor/sms')).toMatchObject({
      status: 429,
      ...errorOf('auth.rate_limited'),
    });
    expect(
      await fixture.db.selectFrom('outbox_messages').select('id').where('recipient', '=', phone).execute(),
    ).toEqual([]);

    const [oldest = '', , newest = ''] = codes;
    if (oldest !== newest) {
      expect(await answer(fixture, challenge, { method: 'sms', code: oldest })).toMatchObject({
        status: 401,
        ...errorOf('auth.invalid_code'),
      });
    }
    expect((await answer(fixture, challenge, { method: 'sms', code: newest })).status).toBe(200);
    expect(await answer(fixture, challenge, { method: 'sms', code: newest })).toMatchObject({
      status: 401,
      ...errorOf('auth.challenge_expired'),
    });
    const next = await startSignIn(fixture, 'petra@musterfirma.example');
    expect(await answer(fixture, next, { method: 'sms', code: newest })).toMatchObject({
      status: 401,
      ...errorOf('auth.invalid_code'),
    });
  });

  // --- Passkeys --------------------------------------------------------------------------------------

  // Threat: phishing (a look-alike origin relays the passkey ceremony) and a cloned credential id with another key.
  it('registers a passkey, signs in with it only from our origin, lists it and removes it with the password', async () => {
    const fixture = await createFixture();
    const { user, session } = await signInUser(fixture, 'petra@musterfirma.example');
    const authenticator = createSoftwareAuthenticator();

    const options = await fixture.send(
      { method: 'POST', url: '/api/v1/auth/passkeys/options' },
      { as: session },
    );
    expect(options).toMatchObject({ status: 200, body: { rp: { id: rpId } } });
    const creation = options.body as PublicKeyCredentialCreationOptionsJSON;
    const register = (response: unknown) =>
      fixture.send(
        { method: 'POST', url: '/api/v1/auth/passkeys', payload: { name: 'Laptop', response } },
        { as: session },
      );
    expect(
      await register(authenticator.register(creation, { origin: 'https://zeugnisdesk.example' })),
    ).toMatchObject({
      status: 400,
      ...errorOf('second_factor.invalid_code'),
    });
    const registered = await register(authenticator.register(creation, { origin }));
    expect(registered.status).toBe(201);
    const { passkeyId, recoveryCodes } = registered.body as { passkeyId: string; recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);

    const challenge = await startSignIn(fixture, 'petra@musterfirma.example', ['passkey', 'recovery_code']);
    const requestOptions = await challengeRequest(
      fixture,
      challenge,
      'POST',
      '/second-factor/passkey-options',
    );
    expect(requestOptions).toMatchObject({
      status: 200,
      body: { rpId, allowCredentials: [{ id: authenticator.credentialId }] },
    });
    const request = requestOptions.body as PublicKeyCredentialRequestOptionsJSON;
    const phished = authenticator.authenticate(request, { origin: 'https://zeugnisdesk.example.evil' });
    expect(await answer(fixture, challenge, { method: 'passkey', response: phished })).toMatchObject({
      status: 401,
      ...errorOf('auth.invalid_code'),
    });
    const impostor = createSoftwareAuthenticator({ credentialId: authenticator.credentialId });
    expect(
      await answer(fixture, challenge, {
        method: 'passkey',
        response: impostor.authenticate(request, { origin }),
      }),
    ).toMatchObject({ status: 401, ...errorOf('auth.invalid_code') });
    const signedIn = await answer(fixture, challenge, {
      method: 'passkey',
      response: authenticator.authenticate(request, { origin }),
    });
    expect(signedIn).toMatchObject({ status: 200, body: { status: 'signed_in', user: { id: user.id } } });

    const listed = await fixture.send({ url: '/api/v1/auth/passkeys' }, { as: session });
    expect(listed).toMatchObject({
      status: 200,
      body: { items: [{ id: passkeyId, name: 'Laptop', lastUsedAt: testNow.toISOString() }] },
    });

    const remove = (payload: Record<string, unknown>) =>
      fixture.send(
        { method: 'POST', url: `/api/v1/auth/passkeys/${passkeyId}/remove`, payload },
        { as: session },
      );
    expect(await remove({ currentPassword: wrongPassword })).toMatchObject({
      status: 400,
      ...errorOf('validation.failed'),
    });
    expect(await remove({})).toMatchObject({ status: 400, ...errorOf('validation.failed') });
    expect((await fixture.send({ url: '/api/v1/auth/passkeys' }, { as: session })).body).toMatchObject({
      items: [{ id: passkeyId }],
    });
    expect((await remove({ currentPassword: password })).status).toBe(204);
    expect(await fixture.send({ url: '/api/v1/auth/passkeys' }, { as: session })).toMatchObject({
      status: 200,
      body: { items: [] },
    });
  });

  // --- Tenant settings -------------------------------------------------------------------------------

  // Threat: a tenant that requires a second factor is used with the password alone.
  it('lets a user of a tenant that requires a second factor do nothing but enrol one', async () => {
    const fixture = await createFixture();
    await fixture.db
      .updateTable('organizations')
      .set({ second_factor_required: 1 })
      .where('id', '=', fixture.organizationId)
      .execute();
    await signInUser(fixture, 'petra@musterfirma.example');
    const signedIn = await login(fixture, 'petra@musterfirma.example');
    expect(signedIn).toMatchObject({
      status: 200,
      body: { status: 'signed_in', mustEnrolSecondFactor: true },
    });
    const session = sessionOf(signedIn);
    expect(await fixture.send({ url: '/api/v1/employees' }, { as: session })).toMatchObject({
      status: 403,
      ...errorOf('auth.second_factor_enrolment_required'),
    });
    expect(await fixture.send({ url: '/api/v1/auth/session' }, { as: session })).toMatchObject({
      status: 200,
      body: { mustEnrolSecondFactor: true },
    });

    const setup = await fixture.send({ method: 'POST', url: '/api/v1/auth/totp/setup' }, { as: session });
    expect(setup.status).toBe(200);
    const { secret } = setup.body as { secret: string };
    const confirmed = await fixture.send(
      {
        method: 'POST',
        url: '/api/v1/auth/totp',
        payload: { secret, code: await totpAt(secret, fixture.clock.now()) },
      },
      { as: session },
    );
    expect(confirmed.status).toBe(200);
    expect((await fixture.send({ url: '/api/v1/employees' }, { as: session })).status).toBe(200);
    expect(await fixture.send({ url: '/api/v1/auth/session' }, { as: session })).toMatchObject({
      body: { mustEnrolSecondFactor: false },
    });
  });

  // Threat: a method the tenant has switched off (e.g. SMS after SIM-swap concerns) still set up or offered.
  it('neither sets up nor offers a second factor the tenant does not allow', async () => {
    const fixture = await createFixture();
    const { session } = await userWithTotp(fixture, 'petra@musterfirma.example');
    await userWithPhone(fixture, 'petra@musterfirma.example', session);
    await startSignIn(fixture, 'petra@musterfirma.example', ['totp', 'sms', 'recovery_code']);

    await fixture.db
      .updateTable('organizations')
      .set({ second_factor_methods: 'totp,passkey' })
      .where('id', '=', fixture.organizationId)
      .execute();
    expect(
      await fixture.send(
        { method: 'POST', url: '/api/v1/auth/phone', payload: { phone: '+491709876543' } },
        { as: session },
      ),
    ).toMatchObject({ status: 403, ...errorOf('second_factor.not_allowed') });
    const challenge = await startSignIn(fixture, 'petra@musterfirma.example', ['totp', 'recovery_code']);
    expect(await challengeRequest(fixture, challenge, 'POST', '/second-factor/sms')).toMatchObject({
      status: 403,
      ...errorOf('second_factor.not_allowed'),
    });
    expect(await answer(fixture, challenge, { method: 'sms', code: '123456' })).toMatchObject({
      status: 403,
      ...errorOf('second_factor.not_allowed'),
    });
    expect(
      await fixture.db.selectFrom('outbox_messages').select('id').where('channel', '=', 'sms').execute(),
    ).toEqual([]);
  });

  // Threat: „forgot password“ as a way around the second factor.
  it('still asks for the second factor after a password reset', async () => {
    const fixture = await createFixture();
    const email = 'petra@musterfirma.example';
    await userWithTotp(fixture, email);
    const requested = await fixture.send(
      { method: 'POST', url: '/api/v1/auth/password-reset/request', payload: { email } },
      { as: null },
    );
    expect(requested.status).toBe(202);
    const mail = await fixture.db
      .selectFrom('outbox_messages')
      .select('text_body')
      .where('channel', '=', 'email')
      .where('recipient', '=', email)
      .executeTakeFirstOrThrow();
    const token = /#token=([A-Za-z0-9_-]{43})/.exec(mail.text_body)?.[1] ?? '';
    const newPassword = 'Neues-Sicheres-Passwort-2026!';
    const completed = await fixture.send(
      {
        method: 'POST',
        url: '/api/v1/auth/password-reset/complete',
        payload: { token, password: newPassword },
      },
      { as: null },
    );
    expect(completed).toMatchObject({ status: 200, body: { status: 'password_reset' } });

    const after = await login(fixture, email, newPassword);
    expect(after).toMatchObject({
      status: 200,
      body: { status: 'second_factor_required', methods: ['totp', 'recovery_code'] },
    });
    expect(cookieValue(after.headers, sessionCookie) ?? '').toBe('');
  });

  // --- The security log ------------------------------------------------------------------------------

  // Threat: second-factor secrets leaking into the security log (read by administrators, exported).
  it('writes no TOTP secret, TOTP code, SMS code or recovery code into the security log', async () => {
    const fixture = await createFixture();
    const { user, session, secret, recoveryCodes } = await userWithTotp(fixture, 'petra@musterfirma.example');
    const secrets = [secret, ...recoveryCodes, ...recoveryCodes.map((code) => code.replace(/-/g, ''))];
    const phoneSetup = await userWithPhone(fixture, 'petra@musterfirma.example', session);
    secrets.push(phoneSetup.code);

    const now = fixture.clock.now();
    const wrongCodes = await wrongTotpCodes(secret, now, 2);
    const rightCode = await totpAt(secret, now);
    secrets.push(...wrongCodes, rightCode);
    const first = await startSignIn(fixture, 'petra@musterfirma.example');
    for (const code of wrongCodes) await answer(fixture, first, { method: 'totp', code });
    await answer(fixture, first, { method: 'recovery_code', code: 'zzzz-zzzz-zzzz-zzzz-zzzz-zzzz' });
    expect((await answer(fixture, first, { method: 'totp', code: rightCode })).status).toBe(200);

    const second = await startSignIn(fixture, 'petra@musterfirma.example');
    await challengeRequest(fixture, second, 'POST', '/second-factor/sms');
    const smsCode = await takeSmsCode(fixture.db, phone);
    secrets.push(smsCode);
    await answer(fixture, second, { method: 'sms', code: smsCode === '999999' ? '999998' : '999999' });
    expect((await answer(fixture, second, { method: 'sms', code: smsCode })).status).toBe(200);

    const third = await startSignIn(fixture, 'petra@musterfirma.example');
    expect((await answer(fixture, third, { method: 'recovery_code', code: recoveryCodes[0] })).status).toBe(
      200,
    );
    const regenerated = await fixture.send(
      { method: 'POST', url: '/api/v1/auth/recovery-codes', payload: { currentPassword: password } },
      { as: session },
    );
    secrets.push(...(regenerated.body as { recoveryCodes: string[] }).recoveryCodes);

    const events = await fixture.db
      .selectFrom('security_events')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    // Not vacuous: the enrolments, failures and sign-ins were all recorded.
    expect(new Set(events.map((event) => event.action))).toEqual(
      new Set(['authn_mfa_enrol', 'authn_mfa_fail', 'authn_login_success']),
    );
    expect(events.filter((event) => event.action === 'authn_mfa_fail')).toHaveLength(4);
    for (const {
      id: _id,
      organization_id: _org,
      user_id: _user,
      actor_user_id: _actor,
      ...event
    } of events) {
      const text = JSON.stringify(event).toLowerCase();
      for (const leaked of secrets) expect(text).not.toContain(leaked.toLowerCase());
      expect(text).not.toContain(password.toLowerCase());
    }
  });
});
