// /api/v1/users (U1–U4) through the API on both databases: invitations and their e-mail, the plan's
// user limit (also under concurrent invites), the last active administrator (also under concurrent
// deactivations), deactivation ending sessions, reactivation, unlocking, changes and their security
// events, listing with search and keyset paging, reading oneself, other tenants' users, and secrets
// that must never leave the server.
import { expect, it } from 'vitest';
import { createApiTestServer, insertOrganization, testNow } from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db, UsersTable } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import { emptyRestriction, type CertificateScope } from '../access/access.models.js';
import { insertTestUser } from '../auth/auth.test-utils.js';

interface UserBody {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  phoneVerified: boolean;
  status: 'invited' | 'active' | 'deactivated';
  roleId: string;
  scope: CertificateScope;
  isLocked: boolean;
  secondFactors: { totp: boolean; sms: boolean; passkeys: number; recoveryCodesLeft: number };
  sso: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A password the standard policy accepts, for accepting invitations. */
const goodPassword = 'Kranich#Laterne-47';

async function roleIdOf(db: Db, userId: string): Promise<string> {
  return (await storedUser(db, userId)).role_id;
}

async function storedUser(db: Db, userId: string): Promise<UsersTable> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
}

async function events(db: Db, action: string, userId?: string) {
  let query = db.selectFrom('security_events').selectAll().where('action', '=', action);
  if (userId) query = query.where('user_id', '=', userId);
  return query.execute();
}

async function setPlanLimit(db: Db, organizationId: string, limit: number | null): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ plan_max_users: limit })
    .where('id', '=', organizationId)
    .execute();
}

/** The invitation tokens from the e-mails queued for the address (in no particular order). */
async function invitationTokens(db: Db, email: string): Promise<string[]> {
  const messages = await db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('recipient', '=', email)
    .execute();
  return messages.flatMap((message) => {
    const match = /\/einladung#token=(\S+)/.exec(message.text_body);
    return match?.[1] ? [match[1]] : [];
  });
}

async function activeAdministrators(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('roles', 'roles.id', 'users.role_id')
    .select('users.id')
    .where('users.organization_id', '=', organizationId)
    .where('users.status', '=', 'active')
    .where('roles.is_administrator', '=', 1)
    .execute();
  return rows.map((row) => row.id);
}

describeEachDatabase('the users API', ({ openDatabase }) => {
  async function setUp(options: { now?: () => Date } = {}) {
    const { db } = await openDatabase();
    const server = await createApiTestServer({ db, ...options });
    const { send } = server;
    const created = await send({
      method: 'POST',
      url: '/api/v1/roles',
      payload: { name: 'Personal', permissions: { employees: 'write' } },
    });
    const roleId = (created.body as { id: string }).id;
    const administratorRoleId = await roleIdOf(db, server.administrator.id);
    let counter = 0;
    /** Invites a user (as the administrator unless `as` is given). */
    const invite = (overrides: Record<string, unknown> = {}, sendOptions?: Parameters<typeof send>[1]) => {
      counter += 1;
      return send(
        {
          method: 'POST',
          url: '/api/v1/users',
          payload: {
            email: `neu${counter}@musterfirma.example`,
            firstName: 'Max',
            lastName: 'Mustermann',
            roleId,
            scope: { all: true },
            ...overrides,
          },
        },
        sendOptions,
      );
    };
    return { ...server, roleId, administratorRoleId, invite };
  }

  // Invitations ---------------------------------------------------------------------------------------

  it('invites a user: 201 „invited“, an e-mail with a single-use link, the token only as a hash', async () => {
    const { send, db, invite, roleId, administrator, organizationId } = await setUp();
    const response = await invite({
      email: 'Erika.Muster@Musterfirma.example',
      firstName: ' Erika ',
      lastName: 'Muster',
      phone: '+491701234567',
      scope: { ...emptyRestriction(), all: false, companyIds: ['cmp_1'] },
    });
    expect(response.status).toBe(201);
    const user = response.body as UserBody;
    expect(user).toMatchObject({
      id: expect.stringMatching(/^usr_/) as string,
      email: 'Erika.Muster@Musterfirma.example',
      firstName: 'Erika',
      lastName: 'Muster',
      phone: '+491701234567',
      phoneVerified: false,
      status: 'invited',
      roleId,
      scope: { ...emptyRestriction(), all: false, companyIds: ['cmp_1'] },
      isLocked: false,
      sso: false,
      lastLoginAt: null,
    });
    expect(await storedUser(db, user.id)).toMatchObject({
      organization_id: organizationId,
      email_key: 'erika.muster@musterfirma.example',
      password_hash: null,
    });

    const [message, ...more] = await db.selectFrom('outbox_messages').selectAll().execute();
    expect(more).toEqual([]);
    expect(message).toMatchObject({
      organization_id: organizationId,
      channel: 'email',
      recipient: 'Erika.Muster@Musterfirma.example',
      subject: 'Einladung zu Zeugnisdesk – Musterfirma GmbH',
    });
    const [token] = await invitationTokens(db, 'Erika.Muster@Musterfirma.example');
    expect(token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    const tokens = await db.selectFrom('auth_tokens').selectAll().execute();
    expect(tokens).toMatchObject([
      {
        user_id: user.id,
        purpose: 'invitation',
        email_key: 'erika.muster@musterfirma.example',
        used_at: null,
      },
    ]);
    expect(JSON.stringify(tokens)).not.toContain(token);
    expect(JSON.stringify(response.body)).not.toContain(token);
    expect(new Date(tokens[0]?.expires_at ?? '').getTime() - testNow.getTime()).toBe(72 * 3_600_000);
    expect(await events(db, 'user_invited', user.id)).toMatchObject([{ actor_user_id: administrator.id }]);

    // The link works once.
    const accept = () =>
      send(
        { method: 'POST', url: '/api/v1/auth/invitation/accept', payload: { token, password: goodPassword } },
        { as: null },
      );
    expect((await accept()).status).toBe(200);
    expect((await storedUser(db, user.id)).status).toBe('active');
    expect(await accept()).toMatchObject({ status: 400, body: { error: { code: 'auth.invalid_token' } } });
  });

  it('refuses an e-mail address taken in any letter case with 409 user.email_taken', async () => {
    const { db, invite } = await setUp();
    expect((await invite({ email: 'petra@musterfirma.example' })).status).toBe(201);
    for (const email of [
      'ADMIN@Musterfirma.Example',
      'Petra@MUSTERFIRMA.example',
      'petra@musterfirma.EXAMPLE',
    ]) {
      const response = await invite({ email });
      expect(response, email).toMatchObject({ status: 409, body: { error: { code: 'user.email_taken' } } });
    }
    expect(await db.selectFrom('users').select('id').execute()).toHaveLength(2);
    expect(await db.selectFrom('outbox_messages').select('id').execute()).toHaveLength(1);
  });

  it('refuses an unknown role and another organisation’s role with 404 role.not_found', async () => {
    const { db, invite } = await setUp();
    const otherOrganizationId = await insertOrganization(db);
    const foreign = await insertTestUser(db, otherOrganizationId, { role: { users: 'write' } });
    for (const roleId of [createId('rol'), foreign.role_id]) {
      const response = await invite({ roleId });
      expect(response, roleId).toMatchObject({ status: 404, body: { error: { code: 'role.not_found' } } });
    }
    expect(await db.selectFrom('users').select('id').execute()).toHaveLength(2);
    expect(await db.selectFrom('outbox_messages').select('id').execute()).toEqual([]);
  });

  it('refuses a restricted scope without any value with 400, on invitation and on change', async () => {
    const { send, db, invite, administrator } = await setUp();
    for (const scope of [
      { all: false, ...emptyRestriction() },
      { all: false, companyIds: ['cmp_1'] },
      { all: true, companyIds: ['cmp_1'] },
      { all: 'true' },
    ]) {
      const response = await invite({ scope });
      expect(response, JSON.stringify(scope)).toMatchObject({
        status: 400,
        body: { error: { code: 'validation.failed' } },
      });
    }
    const changed = await send({
      method: 'PATCH',
      url: `/api/v1/users/${administrator.id}`,
      payload: { scope: { all: false, ...emptyRestriction() } },
    });
    expect(changed.status).toBe(400);
    expect(await db.selectFrom('users').select('id').execute()).toHaveLength(1);
    expect((await storedUser(db, administrator.id)).scope_all).toBe(1);
  });

  it('lets only users with users „write“ invite and change users', async () => {
    const { send, db, invite, signIn, administrator } = await setUp();
    const reader = await signIn({ role: { users: 'read', roles: 'write' } });
    expect((await send({ url: '/api/v1/users' }, { as: reader.session })).status).toBe(200);
    expect((await invite({}, { as: reader.session })).status).toBe(403);
    for (const action of ['deactivate', 'reactivate', 'unlock', 'invitation']) {
      const response = await send(
        { method: 'POST', url: `/api/v1/users/${administrator.id}/${action}` },
        { as: reader.session },
      );
      expect(response, action).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } });
    }
    const patched = await send(
      { method: 'PATCH', url: `/api/v1/users/${reader.user.id}`, payload: { firstName: 'Chefin' } },
      { as: reader.session },
    );
    expect(patched.status).toBe(403);
    const outsider = await signIn({ role: { employees: 'write' } });
    expect((await send({ url: '/api/v1/users' }, { as: outsider.session })).status).toBe(403);
    expect(await db.selectFrom('users').select('id').execute()).toHaveLength(3);
    expect((await storedUser(db, reader.user.id)).first_name).toBe('Petra');
  });

  // Threat: privilege escalation — a user manager (not an administrator) raising anyone, themselves
  // included, to the administrator role or the scope „Administrator“.
  it('lets only administrators grant the administrator role or scope, and nobody change their own', async () => {
    const { send, db, invite, signIn, roleId, administratorRoleId } = await setUp();
    const restricted = { all: false, ...emptyRestriction(), companyIds: ['cmp_x'] };
    const manager = await signIn({ role: { users: 'write' }, scope: restricted });
    const as = { as: manager.session };
    expect((await invite({ roleId: administratorRoleId, scope: restricted }, as)).status).toBe(403);
    expect((await invite({ roleId, scope: { all: true } }, as)).status).toBe(403);
    expect((await invite({ roleId, scope: restricted }, as)).status).toBe(201);
    const self = `/api/v1/users/${manager.user.id}`;
    for (const payload of [{ roleId: administratorRoleId }, { scope: { all: true } }, { roleId }]) {
      const response = await send({ method: 'PATCH', url: self, payload }, as);
      expect(response, JSON.stringify(payload)).toMatchObject({
        status: 403,
        body: { error: { code: 'auth.forbidden' } },
      });
    }
    const stored = await storedUser(db, manager.user.id);
    expect(stored).toMatchObject({ scope_all: 0 });
    expect(stored.role_id).not.toBe(administratorRoleId);
    // Their own name they may change.
    expect((await send({ method: 'PATCH', url: self, payload: { firstName: 'Petra' } }, as)).status).toBe(
      200,
    );
    // A role manager cannot widen the role they hold themselves.
    const roleManager = await signIn({ role: { roles: 'write' } });
    const ownRole = await roleIdOf(db, roleManager.user.id);
    const widened = await send(
      { method: 'PATCH', url: `/api/v1/roles/${ownRole}`, payload: { permissions: { users: 'write' } } },
      { as: roleManager.session },
    );
    expect(widened).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } });
  });

  // The plan's limit ----------------------------------------------------------------------------------

  it('keeps to the plan’s user limit; deactivated users free a seat; reactivation beyond it is refused', async () => {
    const { send, db, invite, organizationId } = await setUp();
    await setPlanLimit(db, organizationId, 3);
    const first = (await invite()).body as UserBody;
    const second = (await invite()).body as UserBody;
    expect(await invite()).toMatchObject({
      status: 409,
      body: { error: { code: 'user.plan_limit_reached' } },
    });

    expect((await send({ method: 'POST', url: `/api/v1/users/${first.id}/deactivate` })).status).toBe(200);
    const third = await invite();
    expect(third.status).toBe(201);
    expect(await invite()).toMatchObject({
      status: 409,
      body: { error: { code: 'user.plan_limit_reached' } },
    });

    const reactivated = await send({ method: 'POST', url: `/api/v1/users/${first.id}/reactivate` });
    expect(reactivated).toMatchObject({ status: 409, body: { error: { code: 'user.plan_limit_reached' } } });
    expect((await storedUser(db, first.id)).status).toBe('deactivated');

    // Once a seat is free again, the reactivation goes through.
    expect((await send({ method: 'POST', url: `/api/v1/users/${second.id}/deactivate` })).status).toBe(200);
    expect((await send({ method: 'POST', url: `/api/v1/users/${first.id}/reactivate` })).status).toBe(200);
    const seats = await db
      .selectFrom('users')
      .select('id')
      .where('status', 'in', ['invited', 'active'])
      .execute();
    expect(seats).toHaveLength(3);
  });

  // The race is retried a few times: one round alone may run the requests one after the other.
  const rounds = 5;

  it('lets exactly one of five concurrent invites take the last seat, round after round', async () => {
    const { db, invite, organizationId } = await setUp();
    for (let round = 1; round <= rounds; round += 1) {
      // The administrator and the winners of earlier rounds hold seats; one is left.
      await setPlanLimit(db, organizationId, round + 1);
      const responses = await Promise.all(Array.from({ length: 5 }, () => invite()));
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses, `round ${round}`).toEqual([201, 409, 409, 409, 409]);
      for (const response of responses.filter((candidate) => candidate.status === 409)) {
        expect(response.body).toMatchObject({ error: { code: 'user.plan_limit_reached' } });
      }
      expect(await db.selectFrom('users').select('id').execute()).toHaveLength(round + 1);
    }
    expect(await db.selectFrom('outbox_messages').select('id').execute()).toHaveLength(rounds);
  });

  // The last administrator ----------------------------------------------------------------------------

  it('refuses to demote or deactivate the only active administrator (409 user.last_administrator)', async () => {
    const { send, db, roleId, administrator, administratorRoleId, signIn, organizationId } = await setUp();
    // An invited or a deactivated administrator is no replacement.
    await signIn({ status: 'invited', email: 'eingeladen@musterfirma.example' });
    await signIn({ status: 'deactivated', email: 'ehemalig@musterfirma.example' });
    const manager = await signIn({ role: { users: 'write' } });
    for (const [actor, session] of [
      ['administrator', administrator.session],
      ['manager', manager.session],
    ] as const) {
      const demoted = await send(
        { method: 'PATCH', url: `/api/v1/users/${administrator.id}`, payload: { roleId } },
        { as: session },
      );
      expect(demoted, actor).toMatchObject({
        status: 409,
        body: { error: { code: 'user.last_administrator' } },
      });
      const deactivated = await send(
        { method: 'POST', url: `/api/v1/users/${administrator.id}/deactivate` },
        { as: session },
      );
      expect(deactivated, actor).toMatchObject({
        status: 409,
        body: { error: { code: 'user.last_administrator' } },
      });
    }
    expect(await storedUser(db, administrator.id)).toMatchObject({
      status: 'active',
      role_id: administratorRoleId,
    });
    expect(await events(db, 'user_role_changed')).toEqual([]);

    // With a second active administrator, the first may step down.
    const second = await signIn();
    const demoted = await send({
      method: 'PATCH',
      url: `/api/v1/users/${administrator.id}`,
      payload: { roleId },
    });
    expect(demoted).toMatchObject({ status: 200, body: { roleId } });
    expect(await activeAdministrators(db, organizationId)).toEqual([second.user.id]);
    // (The first administrator no longer has the users area: the manager tries.)
    const last = await send(
      { method: 'POST', url: `/api/v1/users/${second.user.id}/deactivate` },
      { as: manager.session },
    );
    expect(last).toMatchObject({ status: 409, body: { error: { code: 'user.last_administrator' } } });
  });

  it('leaves exactly one active administrator when both are deactivated at once', async () => {
    const { send, db, signIn, organizationId } = await setUp();
    const manager = await signIn({ role: { users: 'write' } });
    for (let round = 1; round <= rounds; round += 1) {
      // The survivor of the last round and a new administrator.
      const [survivor] = await activeAdministrators(db, organizationId);
      const newcomer = await signIn();
      const responses = await Promise.all(
        [survivor ?? '', newcomer.user.id].map((userId) =>
          send({ method: 'POST', url: `/api/v1/users/${userId}/deactivate` }, { as: manager.session }),
        ),
      );
      expect(responses.map((response) => response.status).sort(), `round ${round}`).toEqual([200, 409]);
      expect(responses.find((response) => response.status === 409)?.body).toMatchObject({
        error: { code: 'user.last_administrator' },
      });
      expect(await activeAdministrators(db, organizationId), `round ${round}`).toHaveLength(1);
    }
  });

  it('leaves exactly one active administrator when one is demoted while the other is deactivated', async () => {
    const { send, db, signIn, organizationId, roleId } = await setUp();
    const manager = await signIn({ role: { users: 'write' } });
    for (let round = 1; round <= rounds; round += 1) {
      const [survivor] = await activeAdministrators(db, organizationId);
      const newcomer = await signIn();
      const responses = await Promise.all([
        send(
          { method: 'PATCH', url: `/api/v1/users/${survivor ?? ''}`, payload: { roleId } },
          { as: manager.session },
        ),
        send(
          { method: 'POST', url: `/api/v1/users/${newcomer.user.id}/deactivate` },
          { as: manager.session },
        ),
      ]);
      expect(responses.map((response) => response.status).sort(), `round ${round}`).toEqual([200, 409]);
      expect(await activeAdministrators(db, organizationId), `round ${round}`).toHaveLength(1);
    }
  });

  // Status --------------------------------------------------------------------------------------------

  it('deactivates a user: their sessions end at once and their invitation link stops working', async () => {
    const { send, db, signIn, invite, administrator } = await setUp();
    const { user, session } = await signIn({ role: { employees: 'read' } });
    await signIn({ role: { employees: 'read' } }); // someone else, whose session stays
    expect((await send({ url: '/api/v1/employees' }, { as: session })).status).toBe(200);

    const response = await send({ method: 'POST', url: `/api/v1/users/${user.id}/deactivate` });
    expect(response).toMatchObject({ status: 200, body: { id: user.id, status: 'deactivated' } });
    expect(await send({ url: '/api/v1/employees' }, { as: session })).toMatchObject({
      status: 401,
      body: { error: { code: 'auth.required' } },
    });
    expect(await db.selectFrom('sessions').where('user_id', '=', user.id).selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('sessions').select('id').execute()).toHaveLength(2);
    expect(await events(db, 'user_deactivated', user.id)).toMatchObject([
      { actor_user_id: administrator.id },
    ]);
    // Again: nothing changes, no second event.
    expect((await send({ method: 'POST', url: `/api/v1/users/${user.id}/deactivate` })).status).toBe(200);
    expect(await events(db, 'user_deactivated', user.id)).toHaveLength(1);

    const invited = (await invite({ email: 'lea@musterfirma.example' })).body as UserBody;
    const [token] = await invitationTokens(db, 'lea@musterfirma.example');
    expect((await send({ method: 'POST', url: `/api/v1/users/${invited.id}/deactivate` })).status).toBe(200);
    const accepted = await send(
      { method: 'POST', url: '/api/v1/auth/invitation/accept', payload: { token, password: goodPassword } },
      { as: null },
    );
    expect(accepted).toMatchObject({ status: 400, body: { error: { code: 'auth.invalid_token' } } });
    expect(await storedUser(db, invited.id)).toMatchObject({ status: 'deactivated', password_hash: null });
  });

  it('reactivates as „active“ a user who had a password and as „invited“ one who had not', async () => {
    const { send, db, signIn, invite, administrator } = await setUp();
    const withPassword = await signIn({ role: { employees: 'read' }, password: goodPassword });
    const invited = (await invite({ email: 'jonas@musterfirma.example' })).body as UserBody;
    for (const userId of [withPassword.user.id, invited.id]) {
      expect((await send({ method: 'POST', url: `/api/v1/users/${userId}/deactivate` })).status).toBe(200);
    }
    const active = await send({ method: 'POST', url: `/api/v1/users/${withPassword.user.id}/reactivate` });
    expect(active).toMatchObject({ status: 200, body: { status: 'active' } });
    const again = await send({ method: 'POST', url: `/api/v1/users/${invited.id}/reactivate` });
    expect(again).toMatchObject({ status: 200, body: { status: 'invited' } });
    expect(await events(db, 'user_reactivated')).toHaveLength(2);
    expect((await events(db, 'user_reactivated'))[0]).toMatchObject({ actor_user_id: administrator.id });
    // The old session stays ended; reactivating an active user changes nothing.
    expect((await send({ url: '/api/v1/employees' }, { as: withPassword.session })).status).toBe(401);
    expect(
      (await send({ method: 'POST', url: `/api/v1/users/${withPassword.user.id}/reactivate` })).status,
    ).toBe(200);
    expect(await events(db, 'user_reactivated')).toHaveLength(2);

    // The invited user's old link died with the deactivation; a new invitation brings a working one.
    const [oldToken] = await invitationTokens(db, 'jonas@musterfirma.example');
    expect((await send({ method: 'POST', url: `/api/v1/users/${invited.id}/invitation` })).status).toBe(200);
    const tokens = await invitationTokens(db, 'jonas@musterfirma.example');
    expect(tokens).toHaveLength(2);
    const newToken = tokens.find((token) => token !== oldToken);
    const accept = (token: string | undefined) =>
      send(
        { method: 'POST', url: '/api/v1/auth/invitation/accept', payload: { token, password: goodPassword } },
        { as: null },
      );
    expect(await accept(oldToken)).toMatchObject({
      status: 400,
      body: { error: { code: 'auth.invalid_token' } },
    });
    expect((await accept(newToken)).status).toBe(200);
    expect((await storedUser(db, invited.id)).status).toBe('active');
    expect(await send({ method: 'POST', url: `/api/v1/users/${invited.id}/invitation` })).toMatchObject({
      status: 409,
      body: { error: { code: 'user.not_invited' } },
    });
  });

  it('unlocks a user: clears the lock and the counter, and logs authn_login_unlock only if locked', async () => {
    const { send, db, signIn, administrator } = await setUp();
    const { user } = await signIn({ role: { employees: 'read' } });
    await db
      .updateTable('users')
      .set({ locked_at: testNow.toISOString(), failed_login_count: 5 })
      .where('id', '=', user.id)
      .execute();
    expect((await send({ url: `/api/v1/users/${user.id}` })).body).toMatchObject({ isLocked: true });

    const unlocked = await send({ method: 'POST', url: `/api/v1/users/${user.id}/unlock` });
    expect(unlocked).toMatchObject({ status: 200, body: { isLocked: false } });
    expect(await storedUser(db, user.id)).toMatchObject({ locked_at: null, failed_login_count: 0 });
    expect(await events(db, 'authn_login_unlock', user.id)).toMatchObject([
      { actor_user_id: administrator.id },
    ]);

    // Not locked, only some failures counted: the counter is reset, nothing is logged.
    await db.updateTable('users').set({ failed_login_count: 3 }).where('id', '=', user.id).execute();
    expect((await send({ method: 'POST', url: `/api/v1/users/${user.id}/unlock` })).status).toBe(200);
    expect(await storedUser(db, user.id)).toMatchObject({ locked_at: null, failed_login_count: 0 });
    expect(await events(db, 'authn_login_unlock')).toHaveLength(1);
  });

  // Changes -------------------------------------------------------------------------------------------

  it('changes name, role and scope, logging role and scope changes once each', async () => {
    let now = testNow;
    const { send, db, signIn, roleId, administrator } = await setUp({ now: () => now });
    const { user } = await signIn({ role: { employees: 'read' }, email: 'petra@musterfirma.example' });
    now = new Date(testNow.getTime() + 60_000);

    const renamed = await send({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { firstName: ' Petra-Marie ', lastName: 'Schmidt' },
    });
    expect(renamed).toMatchObject({
      status: 200,
      body: { firstName: 'Petra-Marie', lastName: 'Schmidt', updatedAt: now.toISOString() },
    });

    const scope = { ...emptyRestriction(), all: false, locationIds: ['loc_1', 'loc_2'] };
    const changed = await send({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { roleId, scope },
    });
    expect(changed).toMatchObject({ status: 200, body: { roleId, scope } });
    expect(await storedUser(db, user.id)).toMatchObject({ role_id: roleId, scope_all: 0 });
    expect(await events(db, 'user_role_changed', user.id)).toMatchObject([
      { actor_user_id: administrator.id, details_json: expect.stringContaining(roleId) as string },
    ]);
    expect(await events(db, 'user_scope_changed', user.id)).toMatchObject([
      { actor_user_id: administrator.id },
    ]);

    // The same role and scope again: no new events.
    expect(
      (await send({ method: 'PATCH', url: `/api/v1/users/${user.id}`, payload: { roleId, scope } })).status,
    ).toBe(200);
    expect(await events(db, 'user_role_changed', user.id)).toHaveLength(1);
    expect(await events(db, 'user_scope_changed', user.id)).toHaveLength(1);

    // Unknown role, or an address another user has in another letter case: refused, nothing changed.
    expect(
      await send({ method: 'PATCH', url: `/api/v1/users/${user.id}`, payload: { roleId: createId('rol') } }),
    ).toMatchObject({ status: 404, body: { error: { code: 'role.not_found' } } });
    expect(
      await send({
        method: 'PATCH',
        url: `/api/v1/users/${user.id}`,
        payload: { email: 'ADMIN@musterfirma.example' },
      }),
    ).toMatchObject({ status: 409, body: { error: { code: 'user.email_taken' } } });
    expect(await storedUser(db, user.id)).toMatchObject({
      role_id: roleId,
      email: 'petra@musterfirma.example',
    });
  });

  it('makes an outstanding invitation link useless when the e-mail address changes', async () => {
    const { send, db, invite } = await setUp();
    const invited = (await invite({ email: 'alt@musterfirma.example' })).body as UserBody;
    const [oldToken] = await invitationTokens(db, 'alt@musterfirma.example');
    const changed = await send({
      method: 'PATCH',
      url: `/api/v1/users/${invited.id}`,
      payload: { email: 'Neu@Musterfirma.example' },
    });
    expect(changed).toMatchObject({
      status: 200,
      body: { email: 'Neu@Musterfirma.example', status: 'invited' },
    });

    const accept = (token: string | undefined) =>
      send(
        { method: 'POST', url: '/api/v1/auth/invitation/accept', payload: { token, password: goodPassword } },
        { as: null },
      );
    expect(await accept(oldToken)).toMatchObject({
      status: 400,
      body: { error: { code: 'auth.invalid_token' } },
    });
    expect(await storedUser(db, invited.id)).toMatchObject({ status: 'invited', password_hash: null });

    // A new invitation goes to the new address, and its link works.
    expect((await send({ method: 'POST', url: `/api/v1/users/${invited.id}/invitation` })).status).toBe(200);
    const [newToken] = await invitationTokens(db, 'Neu@Musterfirma.example');
    expect((await accept(newToken)).status).toBe(200);
    expect((await storedUser(db, invited.id)).status).toBe('active');
  });

  it('keeps the invitation link when only the letter case of the address changes', async () => {
    const { send, db, invite } = await setUp();
    const invited = (await invite({ email: 'gross@musterfirma.example' })).body as UserBody;
    const [token] = await invitationTokens(db, 'gross@musterfirma.example');
    const changed = await send({
      method: 'PATCH',
      url: `/api/v1/users/${invited.id}`,
      payload: { email: 'Gross@Musterfirma.example' },
    });
    expect(changed).toMatchObject({ status: 200, body: { email: 'Gross@Musterfirma.example' } });
    const accepted = await send(
      { method: 'POST', url: '/api/v1/auth/invitation/accept', payload: { token, password: goodPassword } },
      { as: null },
    );
    expect(accepted.status).toBe(200);
  });

  // Reading -------------------------------------------------------------------------------------------

  it('lists users with search, status filter and keyset paging', async () => {
    const { send, invite, signIn } = await setUp();
    await invite({ email: 'anna.berg@musterfirma.example', firstName: 'Anna', lastName: 'Berg' });
    await invite({ email: 'bernd@musterfirma.example', firstName: 'Bernd', lastName: 'Adler' });
    await signIn({ email: 'carla@musterfirma.example', firstName: 'Carla', lastName: 'Bergmann' });
    const deactivated = await signIn({
      email: 'dora@musterfirma.example',
      firstName: 'Dora',
      lastName: 'Zander',
    });
    await send({ method: 'POST', url: `/api/v1/users/${deactivated.user.id}/deactivate` });

    const emails = async (query: string) => {
      const response = await send({ url: `/api/v1/users${query}` });
      expect(response.status, query).toBe(200);
      return (response.body as { items: UserBody[] }).items.map((user) => user.email);
    };
    expect(await emails('')).toEqual([
      'admin@musterfirma.example',
      'anna.berg@musterfirma.example',
      'bernd@musterfirma.example',
      'carla@musterfirma.example',
      'dora@musterfirma.example',
    ]);
    // By name or address, every word must occur, in any letter case.
    expect(await emails('?search=BERG')).toEqual([
      'anna.berg@musterfirma.example',
      'carla@musterfirma.example',
    ]);
    expect(await emails('?search=carla%20bergm')).toEqual(['carla@musterfirma.example']);
    expect(await emails('?search=anna%20adler')).toEqual([]);
    expect(await emails('?search=%25')).toEqual([]);
    expect(await emails('?status=invited')).toEqual([
      'anna.berg@musterfirma.example',
      'bernd@musterfirma.example',
    ]);
    expect(await emails('?status=deactivated')).toEqual(['dora@musterfirma.example']);
    expect(await emails('?status=active&search=berg')).toEqual(['carla@musterfirma.example']);

    // Pages of two, following the cursor to the end.
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await send({ url: `/api/v1/users${query}` })).body as {
        items: UserBody[];
        nextCursor: string | null;
      };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((user) => user.email));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(await emails(''));
    // Paging with a filter, and a tampered cursor.
    const filtered = (await send({ url: '/api/v1/users?status=invited&limit=1' })).body as {
      nextCursor: string;
    };
    expect(await emails(`?status=invited&limit=1&cursor=${encodeURIComponent(filtered.nextCursor)}`)).toEqual(
      ['bernd@musterfirma.example'],
    );
    expect((await send({ url: '/api/v1/users?cursor=kaputt' })).status).toBe(400);
  });

  it('searches for „_“, „%“ and „\\“ as characters, not as LIKE wildcards', async () => {
    const { send, invite } = await setUp();
    await invite({ email: 'max_muster@musterfirma.example', firstName: 'Max', lastName: 'Muster' });
    await invite({ email: 'maxamuster@musterfirma.example', firstName: 'Maxa', lastName: 'Muster' });
    await invite({ email: 'rabatt@musterfirma.example', firstName: 'Rabatt', lastName: '100%' });
    const emails = async (search: string) => {
      const response = await send({ url: `/api/v1/users?search=${encodeURIComponent(search)}` });
      expect(response.status, search).toBe(200);
      return (response.body as { items: UserBody[] }).items.map((user) => user.email);
    };
    expect(await emails('max_m')).toEqual(['max_muster@musterfirma.example']);
    expect(await emails('100%')).toEqual(['rabatt@musterfirma.example']);
    expect(await emails('x\\m')).toEqual([]);
  });

  it('finds names with an upper-case umlaut in any letter case', async () => {
    const { send, invite } = await setUp();
    await invite({ email: 'oe@musterfirma.example', firstName: 'Özlem', lastName: 'Öztürk' });
    const emails = async (search: string) => {
      const response = await send({ url: `/api/v1/users?search=${encodeURIComponent(search)}` });
      return (response.body as { items: UserBody[] }).items.map((user) => user.email);
    };
    for (const search of ['Öztürk', 'öztürk', 'ÖZLEM', 'özlem öz']) {
      expect(await emails(search), search).toEqual(['oe@musterfirma.example']);
    }
  });

  it('lets everyone read their own user, and only the users area others', async () => {
    const { send, signIn, administrator } = await setUp();
    const plain = await signIn({ role: { employees: 'read' } });
    const own = await send({ url: `/api/v1/users/${plain.user.id}` }, { as: plain.session });
    expect(own).toMatchObject({ status: 200, body: { id: plain.user.id, status: 'active' } });
    expect(await send({ url: `/api/v1/users/${administrator.id}` }, { as: plain.session })).toMatchObject({
      status: 403,
      body: { error: { code: 'auth.forbidden' } },
    });
    expect((await send({ url: '/api/v1/users' }, { as: plain.session })).status).toBe(403);
    const reader = await signIn({ role: { users: 'read' } });
    expect((await send({ url: `/api/v1/users/${administrator.id}` }, { as: reader.session })).status).toBe(
      200,
    );
    expect(await send({ url: `/api/v1/users/${createId('usr')}` }, { as: reader.session })).toMatchObject({
      status: 404,
      body: { error: { code: 'user.not_found' } },
    });
  });

  // Tenants and secrets -------------------------------------------------------------------------------

  it('answers 404 for every route with another organisation’s user and changes nothing', async () => {
    const { send, db, roleId } = await setUp();
    const otherOrganizationId = await insertOrganization(db);
    const invited = await insertTestUser(db, otherOrganizationId, {
      email: 'fremd1@andere.example',
      status: 'invited',
    });
    await db
      .updateTable('users')
      .set({ locked_at: testNow.toISOString(), failed_login_count: 5 })
      .where('id', '=', invited.id)
      .execute();
    const deactivated = await insertTestUser(db, otherOrganizationId, {
      email: 'fremd2@andere.example',
      status: 'deactivated',
      password: goodPassword,
    });
    const active = await insertTestUser(db, otherOrganizationId, { email: 'fremd3@andere.example' });
    const foreignIds = [invited.id, deactivated.id, active.id];
    const before = await db
      .selectFrom('users')
      .selectAll()
      .where('id', 'in', foreignIds)
      .orderBy('id')
      .execute();

    for (const userId of foreignIds) {
      for (const request of [
        { method: 'GET' as const, url: `/api/v1/users/${userId}` },
        { method: 'PATCH' as const, url: `/api/v1/users/${userId}`, payload: { firstName: 'Gekapert' } },
        { method: 'PATCH' as const, url: `/api/v1/users/${userId}`, payload: { roleId } },
        {
          method: 'PATCH' as const,
          url: `/api/v1/users/${userId}`,
          payload: { email: 'dieb@boese.example' },
        },
        ...['invitation', 'deactivate', 'reactivate', 'unlock'].map((action) => ({
          method: 'POST' as const,
          url: `/api/v1/users/${userId}/${action}`,
        })),
      ]) {
        const response = await send(request);
        expect(response, `${request.method} ${request.url}`).toMatchObject({
          status: 404,
          body: { error: { code: 'user.not_found' } },
        });
      }
    }
    expect(
      await db.selectFrom('users').selectAll().where('id', 'in', foreignIds).orderBy('id').execute(),
    ).toEqual(before);
    expect(await db.selectFrom('outbox_messages').select('id').execute()).toEqual([]);
    const foreignEvents = await db
      .selectFrom('security_events')
      .select('action')
      .where('user_id', 'in', foreignIds)
      .execute();
    expect(foreignEvents).toEqual([]);
    const listed = (await send({ url: '/api/v1/users?search=fremd' })).body as { items: UserBody[] };
    expect(listed.items).toEqual([]);
  });

  it('never sends the password hash, the TOTP secret or the SSO subject', async () => {
    const { send, db, signIn } = await setUp();
    const { user } = await signIn({ role: { employees: 'read' }, password: goodPassword });
    const secrets = {
      totp_secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      sso_issuer: 'https://login.microsoftonline.com/tenant/v2.0',
      sso_subject: 'sso-subject-0f3c9a7e-5b1d',
    };
    await db.updateTable('users').set(secrets).where('id', '=', user.id).execute();
    const { password_hash: passwordHash } = await storedUser(db, user.id);
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    const secretValues = [passwordHash ?? '', secrets.totp_secret, secrets.sso_subject];

    const bodies = [
      await send({ url: '/api/v1/users' }),
      await send({ url: `/api/v1/users/${user.id}` }),
      await send({ method: 'PATCH', url: `/api/v1/users/${user.id}`, payload: { lastName: 'Neu' } }),
      await send({ method: 'POST', url: `/api/v1/users/${user.id}/unlock` }),
      await send({ method: 'POST', url: `/api/v1/users/${user.id}/deactivate` }),
      await send({ method: 'POST', url: `/api/v1/users/${user.id}/reactivate` }),
    ].map((response) => {
      expect(response.status).toBe(200);
      return JSON.stringify(response.body);
    });
    for (const body of bodies) {
      for (const secret of secretValues) expect(body).not.toContain(secret);
      expect(body).not.toMatch(/password|totpSecret|totp_secret|ssoSubject|sso_subject/i);
    }
    // What may be said: that the factors exist.
    expect((await send({ url: `/api/v1/users/${user.id}` })).body).toMatchObject({
      status: 'active',
      sso: true,
      secondFactors: { totp: true },
    });
  });
});
