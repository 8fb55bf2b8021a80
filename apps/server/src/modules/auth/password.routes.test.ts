// Security regression tests of the password routes (issue #6): forgotten password
// (/auth/password-reset/request|complete), invitations (/auth/invitation/inspect|accept, POST /users)
// and changing one's own password (/auth/password), attacked with reused, expired, superseded and
// raced links, weak passwords and wrong current passwords — on SQLite and, with TEST_DATABASE_URL, on
// PostgreSQL. Each test names the threat it covers in one line.
import { expect, it } from 'vitest';
import { createApiTestServer, testNow, type ApiTestServer } from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { cookieNames, csrfHeader } from './auth.config.js';
import type { TestSession } from './auth.test-utils.js';

const oldPassword = 'Altes-Passwort-2026!';
const newPassword = 'Neues-Kennwort-2026!';
const email = 'petra@musterfirma.example';
// The server's default PUBLIC_URL (plain HTTP on loopback), which the links in e-mails start with.
// eslint-disable-next-line @microsoft/sdl/no-insecure-url
const publicUrl = 'http://127.0.0.1:3000';
const minutes = (count: number) => count * 60_000;

type LinkPage = 'passwort-zuruecksetzen' | 'einladung';

/** Every link token of this page in the e-mails queued for the recipient. */
async function linkTokens(db: Db, recipient: string, page: LinkPage): Promise<string[]> {
  const mails = await db
    .selectFrom('outbox_messages')
    .select(['channel', 'text_body'])
    .where('recipient', '=', recipient)
    .execute();
  const line = new RegExp(`^${publicUrl.replaceAll('.', '\\.')}/${page}#token=([A-Za-z0-9_-]{43})$`, 'gm');
  return mails.flatMap((mail) => [...mail.text_body.matchAll(line)].map((match) => match[1] ?? ''));
}

/** Runs `action` and returns the one new link token it mailed to the recipient. */
async function newLinkToken(db: Db, recipient: string, page: LinkPage, action: () => Promise<unknown>) {
  const before = await linkTokens(db, recipient, page);
  await action();
  const added = (await linkTokens(db, recipient, page)).filter((token) => !before.includes(token));
  expect(added).toHaveLength(1);
  return added[0] ?? '';
}

async function mailSubjects(db: Db, recipient: string): Promise<string[]> {
  const rows = await db
    .selectFrom('outbox_messages')
    .select('subject')
    .where('recipient', '=', recipient)
    .execute();
  return rows.map((row) => row.subject ?? '');
}

const invalidToken = { status: 400, body: { error: { code: 'auth.invalid_token' } } };

describeEachDatabase('password routes', ({ openDatabase }) => {
  /** A server whose clock the test moves with `setNow`. */
  async function createServer() {
    let now = testNow;
    const { db } = await openDatabase();
    const server = await createApiTestServer({ db, now: () => now });
    const anonymous = (url: string, payload: Record<string, unknown>) =>
      server.send({ method: 'POST', url: `/api/v1/auth/${url}`, payload }, { as: null });
    return {
      ...server,
      setNow: (date: Date) => {
        now = date;
      },
      anonymous,
      requestReset: (address: string) =>
        newLinkToken(db, address, 'passwort-zuruecksetzen', async () => {
          expect((await anonymous('password-reset/request', { email: address })).status).toBe(202);
        }),
      completeReset: (token: string, password: string) =>
        anonymous('password-reset/complete', { token, password }),
      login: (address: string, password: string) => anonymous('login', { email: address, password }),
    };
  }

  /** Signs in over the API; returns the session as the browser would send it next. */
  async function signInOverApi(server: Pick<ApiTestServer, 'send'>, address: string, password: string) {
    const response = await server.send(
      { method: 'POST', url: '/api/v1/auth/login', payload: { email: address, password } },
      { as: null },
    );
    expect(response.status).toBe(200);
    const cookie = [response.headers['set-cookie']]
      .flat()
      .map(String)
      .find((line) => line.startsWith(`${cookieNames.session.plain}=`))
      ?.split(';')[0];
    const { csrfToken } = response.body as { csrfToken: string };
    return {
      sessionId: '',
      token: '',
      csrfToken,
      headers: { cookie: cookie ?? '', [csrfHeader]: csrfToken },
    };
  }

  const sessionStatus = async (server: Pick<ApiTestServer, 'send'>, as: TestSession) =>
    (await server.send({ url: '/api/v1/auth/session' }, { as })).status;

  // Forgotten password -------------------------------------------------------------------------------

  // Threat: account enumeration through „forgot password“.
  it('answers a reset request identically for known and unknown addresses and mails a link only to the known one', async () => {
    const server = await createServer();
    await server.signIn({ email });
    await server.signIn({ email: 'deaktiviert@musterfirma.example', status: 'deactivated' });
    const answers = [];
    for (const address of [email, 'unbekannt@musterfirma.example', 'deaktiviert@musterfirma.example']) {
      const response = await server.anonymous('password-reset/request', { email: address });
      answers.push({ status: response.status, body: JSON.stringify(response.body) });
    }
    expect(answers).toEqual(answers.map(() => ({ status: 202, body: '{"status":"requested"}' })));
    expect(await linkTokens(server.db, email, 'passwort-zuruecksetzen')).toEqual([
      expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    ]);
    const recipients = await server.db.selectFrom('outbox_messages').select('recipient').execute();
    expect(recipients).toEqual([{ recipient: email }]);
  });

  // Threat: a used link replayed, or an attacker keeping a hijacked session through the reset.
  it('accepts a reset link once, ends every session of the user, and the new password signs in', async () => {
    const server = await createServer();
    const { session: inserted } = await server.signIn({ email, password: oldPassword });
    const viaLogin = await signInOverApi(server, email, oldPassword);
    const token = await server.requestReset(email);
    // The reset page may show the policy's rules first; looking does not spend the link.
    const inspect = () =>
      server.send(
        { method: 'POST', url: '/api/v1/auth/password-reset/inspect', payload: { token } },
        { as: null },
      );
    expect(await inspect()).toMatchObject({
      status: 200,
      body: { passwordPolicy: { preset: 'standard', minLength: 8, rules: expect.any(Array) } },
    });

    expect(await server.completeReset(token, newPassword)).toMatchObject({
      status: 200,
      body: { status: 'password_reset' },
    });
    expect(await inspect()).toMatchObject(invalidToken);
    expect(await sessionStatus(server, inserted)).toBe(401);
    expect(await sessionStatus(server, viaLogin)).toBe(401);
    expect(await server.completeReset(token, 'Drittes-Kennwort-2026!')).toMatchObject(invalidToken);
    expect((await server.login(email, oldPassword)).status).toBe(401);
    expect((await server.login(email, newPassword)).body).toMatchObject({ status: 'signed_in' });
    expect(await mailSubjects(server.db, email)).toContain('Zeugnisdesk: Ihr Passwort wurde geändert');
    // Neither the link nor a password reached the security log.
    const events = await server.db.selectFrom('security_events').selectAll().execute();
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['authn_password_reset_request', 'authn_password_reset_complete']),
    );
    for (const secret of [token, oldPassword, newPassword]) {
      expect(JSON.stringify(events).includes(secret)).toBe(false);
    }
  });

  // Threat: an old reset e-mail (in a mailbox, a backup, a forwarded copy) used much later.
  it('expires a reset link after 30 minutes', async () => {
    const server = await createServer();
    await server.signIn({ email, password: oldPassword });
    const early = await server.requestReset(email);
    server.setNow(new Date(testNow.getTime() + minutes(29)));
    expect((await server.completeReset(early, newPassword)).status).toBe(200);

    const requestedAt = new Date(testNow.getTime() + minutes(60));
    server.setNow(requestedAt);
    const late = await server.requestReset(email);
    server.setNow(new Date(requestedAt.getTime() + minutes(31)));
    expect(await server.completeReset(late, 'Drittes-Kennwort-2026!')).toMatchObject(invalidToken);
    expect((await server.login(email, newPassword)).status).toBe(200);
  });

  // Threat: a superseded link, or one sent to an address the user no longer controls, still working.
  it('invalidates a reset link when a new one is requested and when the e-mail address changes', async () => {
    const server = await createServer();
    const { user } = await server.signIn({ email });
    const superseded = await server.requestReset(email);
    await server.requestReset(email);
    expect(await server.completeReset(superseded, newPassword)).toMatchObject(invalidToken);

    const beforeChange = await server.requestReset(email);
    const changed = await server.send({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { email: 'petra.neu@musterfirma.example' },
    });
    expect(changed.status).toBe(200);
    expect(await server.completeReset(beforeChange, newPassword)).toMatchObject(invalidToken);

    // The link is bound to the address itself, even if the address changed behind the API's back.
    const bound = await server.requestReset('petra.neu@musterfirma.example');
    await server.db
      .updateTable('users')
      .set({ email: 'petra.anders@musterfirma.example', email_key: 'petra.anders@musterfirma.example' })
      .where('id', '=', user.id)
      .execute();
    expect(await server.completeReset(bound, newPassword)).toMatchObject(invalidToken);
    const { password_hash: passwordHash } = await server.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(passwordHash).toBeNull();
  });

  // Threat: a weak password set through the reset; a typo burning the link (denial of service).
  it('refuses a password against the policy at `password` and keeps the link usable', async () => {
    const server = await createServer();
    await server.signIn({ email, password: oldPassword });
    const token = await server.requestReset(email);
    const weak = await server.completeReset(token, 'kurz');
    expect(weak).toMatchObject({ status: 400, body: { error: { code: 'validation.failed' } } });
    const issues = (weak.body as { error: { issues: { path: string }[] } }).error.issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.path === 'password')).toBe(true);
    expect((await server.login(email, oldPassword)).status).toBe(200);
    expect((await server.completeReset(token, newPassword)).status).toBe(200);
  });

  // Threat: a link raced by two requests (e.g. a victim and an attacker) both setting a password.
  it('lets exactly one of two concurrent uses of a reset link succeed', async () => {
    const server = await createServer();
    await server.signIn({ email });
    const token = await server.requestReset(email);
    const passwords = ['Erstes-Kennwort-2026!', 'Zweites-Kennwort-2026!'];
    const results = await Promise.all(passwords.map((password) => server.completeReset(token, password)));
    expect(results.map((result) => result.status).sort()).toEqual([200, 400]);
    const loser = results.find((result) => result.status === 400);
    expect(loser).toMatchObject(invalidToken);
    // The password in force is the winner's; the loser's was not stored after all.
    const winner = passwords[results.findIndex((result) => result.status === 200)] ?? '';
    const other = passwords.find((password) => password !== winner) ?? '';
    expect((await server.login(email, other)).status).toBe(401);
    expect((await server.login(email, winner)).status).toBe(200);
  });

  // Threat: the reset used to bypass the second factor.
  it('still asks for the second factor at the sign-in after a reset', async () => {
    const server = await createServer();
    const { user } = await server.signIn({ email });
    await server.db
      .updateTable('users')
      .set({ totp_secret: 'JBSWY3DPEHPK3PXP' })
      .where('id', '=', user.id)
      .execute();
    const token = await server.requestReset(email);
    expect((await server.completeReset(token, newPassword)).status).toBe(200);
    const signIn = await server.login(email, newPassword);
    expect(signIn).toMatchObject({
      status: 200,
      body: { status: 'second_factor_required', methods: ['totp'] },
    });
    const cookies = [signIn.headers['set-cookie']].flat().map(String);
    expect(cookies.some((line) => line.startsWith(`${cookieNames.session.plain}=`))).toBe(false);
    const sessions = await server.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(sessions).toEqual([]);
  });

  // Invitations ---------------------------------------------------------------------------------------

  async function administratorRoleId(server: Pick<ApiTestServer, 'send'>): Promise<string> {
    const { body } = await server.send({ url: '/api/v1/roles' });
    const role = (body as { items: { id: string; isAdministrator: boolean }[] }).items.find(
      (item) => item.isAdministrator,
    );
    if (!role) throw new Error('no administrator role');
    return role.id;
  }

  /** Invites a user as the administrator; returns the user id and the link token. */
  async function invite(
    server: Awaited<ReturnType<typeof createServer>>,
    { address, lastName = 'Schulze' }: { address: string; lastName?: string },
  ) {
    const roleId = await administratorRoleId(server);
    let userId = '';
    const token = await newLinkToken(server.db, address, 'einladung', async () => {
      const response = await server.send({
        method: 'POST',
        url: '/api/v1/users',
        payload: { email: address, firstName: 'Jana', lastName, roleId, scope: { all: true } },
      });
      expect(response).toMatchObject({ status: 201, body: { status: 'invited' } });
      userId = (response.body as { id: string }).id;
    });
    return { userId, token };
  }

  // Threat: an invitation link used twice, or by someone other than the invitee after acceptance.
  it('invites by e-mail with a single-use link that shows the invitation and sets the password', async () => {
    const server = await createServer();
    const invitee = 'jana@musterfirma.example';
    const { userId, token } = await invite(server, { address: invitee });
    const inspected = await server.anonymous('invitation/inspect', { token });
    expect(inspected).toMatchObject({
      status: 200,
      body: {
        email: invitee,
        firstName: 'Jana',
        lastName: 'Schulze',
        organizationName: 'Musterfirma GmbH',
        passwordPolicy: { preset: 'standard', minLength: 8 },
        ssoOnly: false,
      },
    });
    expect((await server.login(invitee, newPassword)).status).toBe(401);
    expect(await server.anonymous('invitation/accept', { token, password: newPassword })).toMatchObject({
      status: 200,
      body: { status: 'accepted' },
    });
    expect((await server.login(invitee, newPassword)).body).toMatchObject({
      status: 'signed_in',
      user: { id: userId },
    });
    expect(
      await server.anonymous('invitation/accept', { token, password: 'Anderes-Kennwort-2026!' }),
    ).toMatchObject(invalidToken);
    expect(await server.anonymous('invitation/inspect', { token })).toMatchObject(invalidToken);
    expect((await server.login(invitee, newPassword)).status).toBe(200);
  });

  // Threat: an old invitation e-mail taken over long after it was sent.
  it('expires an invitation link after 72 hours', async () => {
    const server = await createServer();
    const { token } = await invite(server, { address: 'jana@musterfirma.example' });
    server.setNow(new Date(testNow.getTime() + minutes(72 * 60 - 1)));
    expect((await server.anonymous('invitation/inspect', { token })).status).toBe(200);
    server.setNow(new Date(testNow.getTime() + minutes(72 * 60 + 1)));
    expect(await server.anonymous('invitation/inspect', { token })).toMatchObject(invalidToken);
    expect(await server.anonymous('invitation/accept', { token, password: newPassword })).toMatchObject(
      invalidToken,
    );
  });

  // Threat: an invitation link that went to the wrong place still working after it was sent again.
  it('revokes the old invitation link when the invitation is sent again', async () => {
    const server = await createServer();
    const invitee = 'jana@musterfirma.example';
    const { userId, token: first } = await invite(server, { address: invitee });
    const second = await newLinkToken(server.db, invitee, 'einladung', async () => {
      expect((await server.send({ method: 'POST', url: `/api/v1/users/${userId}/invitation` })).status).toBe(
        200,
      );
    });
    expect(await server.anonymous('invitation/inspect', { token: first })).toMatchObject(invalidToken);
    expect(
      await server.anonymous('invitation/accept', { token: first, password: newPassword }),
    ).toMatchObject(invalidToken);
    expect((await server.anonymous('invitation/inspect', { token: second })).status).toBe(200);
  });

  // Threat: a deactivated invitee (e.g. a withdrawn hire) activating the account through the old link.
  it('refuses the invitation link of a deactivated user', async () => {
    const server = await createServer();
    const deactivated = await invite(server, { address: 'jana@musterfirma.example' });
    expect(
      (await server.send({ method: 'POST', url: `/api/v1/users/${deactivated.userId}/deactivate` })).status,
    ).toBe(200);
    expect(await server.anonymous('invitation/inspect', { token: deactivated.token })).toMatchObject(
      invalidToken,
    );
    expect(
      await server.anonymous('invitation/accept', { token: deactivated.token, password: newPassword }),
    ).toMatchObject(invalidToken);

    // The status alone refuses it too, even if the link had survived.
    const statusOnly = await invite(server, { address: 'jonas@musterfirma.example', lastName: 'Weber' });
    await server.db
      .updateTable('users')
      .set({ status: 'deactivated' })
      .where('id', '=', statusOnly.userId)
      .execute();
    expect(await server.anonymous('invitation/inspect', { token: statusOnly.token })).toMatchObject(
      invalidToken,
    );
    expect(
      await server.anonymous('invitation/accept', { token: statusOnly.token, password: newPassword }),
    ).toMatchObject(invalidToken);
    const statuses = await server.db
      .selectFrom('users')
      .select(['status', 'password_hash'])
      .where('id', 'in', [deactivated.userId, statusOnly.userId])
      .execute();
    expect(statuses).toEqual([
      { status: 'deactivated', password_hash: null },
      { status: 'deactivated', password_hash: null },
    ]);
  });

  // Threat: a password that anyone who knows the invitee's name guesses first.
  it('refuses an invitation password containing the user’s name and keeps the link usable', async () => {
    const server = await createServer();
    const { token } = await invite(server, { address: 'jana@musterfirma.example', lastName: 'Schulze' });
    const refused = await server.anonymous('invitation/accept', { token, password: 'Schulze-2026!x' });
    expect(refused).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'validation.failed',
          issues: [{ path: 'password', message: expect.stringContaining('Ihren Namen') }],
        },
      },
    });
    expect((await server.anonymous('invitation/accept', { token, password: newPassword })).status).toBe(200);
  });

  // Changing one's own password ---------------------------------------------------------------------

  // Threat: someone at an unlocked screen (or with a stolen session) taking the account over.
  it('refuses a password change without the right current password', async () => {
    const server = await createServer();
    const { session } = await server.signIn({ email, password: oldPassword });
    const change = (currentPassword: string, password: string) =>
      server.send(
        { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword, newPassword: password } },
        { as: session },
      );
    expect(await change('Falsches-Passwort-2026!', newPassword)).toMatchObject({
      status: 400,
      body: { error: { code: 'validation.failed', issues: [{ path: 'currentPassword' }] } },
    });
    const weak = await change(oldPassword, 'kurz');
    expect(weak).toMatchObject({ status: 400, body: { error: { code: 'validation.failed' } } });
    expect(
      (weak.body as { error: { issues: { path: string }[] } }).error.issues.map((issue) => issue.path),
    ).toEqual(expect.arrayContaining(['newPassword']));
    expect((await server.login(email, newPassword)).status).toBe(401);
    expect((await server.login(email, oldPassword)).status).toBe(200);
    expect(await mailSubjects(server.db, email)).toEqual([]);
  });

  // Threat: a session an attacker opened before the owner noticed and changed the password.
  it('changes the password, ends the user’s other sessions, keeps this one and mails the owner', async () => {
    const server = await createServer();
    const { session: other } = await server.signIn({ email, password: oldPassword });
    const current = await signInOverApi(server, email, oldPassword);
    const pendingReset = await server.requestReset(email);
    const changed = await server.send(
      {
        method: 'POST',
        url: '/api/v1/auth/password',
        payload: { currentPassword: oldPassword, newPassword },
      },
      { as: current },
    );
    expect(changed.status).toBe(204);
    expect(await sessionStatus(server, current)).toBe(200);
    expect(await sessionStatus(server, other)).toBe(401);
    expect(await sessionStatus(server, server.administrator.session)).toBe(200);
    expect((await mailSubjects(server.db, email)).sort()).toEqual([
      'Zeugnisdesk: Ihr Passwort wurde geändert',
      'Zeugnisdesk: Passwort zurücksetzen',
    ]);
    // A reset link requested before the change (perhaps by the attacker) no longer works.
    expect(await server.completeReset(pendingReset, 'Drittes-Kennwort-2026!')).toMatchObject(invalidToken);
    expect((await server.login(email, oldPassword)).status).toBe(401);
    expect((await server.login(email, newPassword)).status).toBe(200);
  });
});
