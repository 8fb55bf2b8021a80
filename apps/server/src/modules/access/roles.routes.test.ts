// /api/v1/roles (U6) through the API on both databases: creating, listing, renaming, changing and
// deleting roles; the fixed administrator role; roles in use; other tenants' roles; who may read and
// change roles; and a role change reaching a signed-in user on their very next request.
import { expect, it } from 'vitest';
import { createApiTestServer, insertOrganization, testNow } from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import { uniformPermissions } from './access.models.js';

interface RoleBody {
  id: string;
  name: string;
  isAdministrator: boolean;
  permissions: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

async function roleIdOf(db: Db, userId: string): Promise<string> {
  const { role_id } = await db
    .selectFrom('users')
    .select('role_id')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return role_id;
}

async function storedRole(db: Db, roleId: string) {
  return db.selectFrom('roles').selectAll().where('id', '=', roleId).executeTakeFirst();
}

describeEachDatabase('the roles API', ({ openDatabase }) => {
  async function setUp(options: { now?: () => Date } = {}) {
    const { db } = await openDatabase();
    return createApiTestServer({ db, ...options });
  }

  it('creates a role with the given levels and every other area at none', async () => {
    const { send, db } = await setUp();
    const created = await send({
      method: 'POST',
      url: '/api/v1/roles',
      payload: { name: '  Sachbearbeitung  ', permissions: { employees: 'write', companies: 'read' } },
    });
    expect(created.status).toBe(201);
    const role = created.body as RoleBody;
    expect(role).toEqual({
      id: expect.stringMatching(/^rol_/) as string,
      name: 'Sachbearbeitung',
      isAdministrator: false,
      permissions: { ...uniformPermissions('none'), employees: 'write', companies: 'read' },
      createdAt: testNow.toISOString(),
      updatedAt: testNow.toISOString(),
    });
    expect(JSON.parse((await storedRole(db, role.id))?.permissions_json ?? '')).toEqual(role.permissions);
    expect((await send({ url: `/api/v1/roles/${role.id}` })).body).toEqual(role);

    // Without permissions at all: a role that grants nothing.
    const empty = await send({ method: 'POST', url: '/api/v1/roles', payload: { name: 'Gast' } });
    expect(empty).toMatchObject({ status: 201, body: { permissions: uniformPermissions('none') } });
  });

  it('refuses unknown areas, unknown levels and an administrator flag in the body', async () => {
    const { send, db } = await setUp();
    for (const payload of [
      { name: 'A', permissions: { administrator: 'write' } },
      { name: 'B', permissions: { employees: 'admin' } },
      { name: 'C', isAdministrator: true },
      { name: '   ' },
      { permissions: { employees: 'read' } },
    ]) {
      const response = await send({ method: 'POST', url: '/api/v1/roles', payload });
      expect(response, JSON.stringify(payload)).toMatchObject({
        status: 400,
        body: { error: { code: 'validation.failed' } },
      });
    }
    expect(await db.selectFrom('roles').select('name').execute()).toEqual([{ name: 'Administrator' }]);
  });

  it('lists the administrator role first, with every area at write, then the others by name', async () => {
    const { send } = await setUp();
    // „Abrechnung“ sorts before „Administrator“ by name: the administrator role still comes first.
    for (const name of ['Zeugnisse', 'Abrechnung', 'betrieb']) {
      expect((await send({ method: 'POST', url: '/api/v1/roles', payload: { name } })).status).toBe(201);
    }
    const { status, body } = await send({ url: '/api/v1/roles' });
    expect(status).toBe(200);
    const { items } = body as { items: RoleBody[] };
    expect(items.map((role) => role.name)).toEqual(['Administrator', 'Abrechnung', 'betrieb', 'Zeugnisse']);
    expect(items[0]).toMatchObject({ isAdministrator: true, permissions: uniformPermissions('write') });
    expect(items.slice(1).every((role) => !role.isAdministrator)).toBe(true);
  });

  it('renames a role and changes some levels, keeping the others', async () => {
    let now = testNow;
    const { send } = await setUp({ now: () => now });
    const { body } = await send({
      method: 'POST',
      url: '/api/v1/roles',
      payload: { name: 'Personal', permissions: { employees: 'write', users: 'read' } },
    });
    const role = body as RoleBody;
    now = new Date(testNow.getTime() + 60_000);
    const renamed = await send({
      method: 'PATCH',
      url: `/api/v1/roles/${role.id}`,
      payload: { name: ' Personalabteilung ' },
    });
    expect(renamed).toMatchObject({
      status: 200,
      body: { name: 'Personalabteilung', permissions: role.permissions, updatedAt: now.toISOString() },
    });
    const changed = await send({
      method: 'PATCH',
      url: `/api/v1/roles/${role.id}`,
      payload: { permissions: { employees: 'read', qualifications: 'write' } },
    });
    expect(changed.status).toBe(200);
    expect((changed.body as RoleBody).permissions).toEqual({
      ...uniformPermissions('none'),
      employees: 'read',
      users: 'read',
      qualifications: 'write',
    });
    expect((await send({ url: `/api/v1/roles/${role.id}` })).body).toEqual(changed.body);
    // Renaming a role to its own name in another letter case is no conflict.
    expect(
      (
        await send({
          method: 'PATCH',
          url: `/api/v1/roles/${role.id}`,
          payload: { name: 'PERSONALABTEILUNG' },
        })
      ).status,
    ).toBe(200);
  });

  it('refuses a name that is taken in any letter case with 409 role.name_taken', async () => {
    const { send, db } = await setUp();
    await send({ method: 'POST', url: '/api/v1/roles', payload: { name: 'Ärzte' } });
    const other = (await send({ method: 'POST', url: '/api/v1/roles', payload: { name: 'Pflege' } }))
      .body as RoleBody;
    for (const name of ['ÄRZTE', ' ärzte ', 'ADMINISTRATOR']) {
      const created = await send({ method: 'POST', url: '/api/v1/roles', payload: { name } });
      expect(created, name).toMatchObject({ status: 409, body: { error: { code: 'role.name_taken' } } });
      const renamed = await send({ method: 'PATCH', url: `/api/v1/roles/${other.id}`, payload: { name } });
      expect(renamed, name).toMatchObject({ status: 409, body: { error: { code: 'role.name_taken' } } });
    }
    expect((await storedRole(db, other.id))?.name).toBe('Pflege');
    expect(await db.selectFrom('roles').select('id').execute()).toHaveLength(3);
  });

  it('keeps the administrator role as it is: 409 role.administrator_fixed', async () => {
    const { send, db, administrator } = await setUp();
    const roleId = await roleIdOf(db, administrator.id);
    const before = await storedRole(db, roleId);
    for (const payload of [{ name: 'Chef' }, { permissions: { employees: 'none' } }, {}]) {
      const response = await send({ method: 'PATCH', url: `/api/v1/roles/${roleId}`, payload });
      expect(response, JSON.stringify(payload)).toMatchObject({
        status: 409,
        body: { error: { code: 'role.administrator_fixed' } },
      });
    }
    const deleted = await send({ method: 'DELETE', url: `/api/v1/roles/${roleId}` });
    expect(deleted).toMatchObject({ status: 409, body: { error: { code: 'role.administrator_fixed' } } });
    expect(await storedRole(db, roleId)).toEqual(before);
  });

  it('refuses to delete a role a user holds (409 role.in_use) and deletes it once nobody does', async () => {
    const { send, db, signIn } = await setUp();
    const holder = await signIn({ role: { employees: 'read' }, status: 'deactivated' });
    const roleId = await roleIdOf(db, holder.user.id);
    // Even a deactivated user's role stays: reactivating them must find it.
    const refused = await send({ method: 'DELETE', url: `/api/v1/roles/${roleId}` });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'role.in_use' } } });
    expect(await storedRole(db, roleId)).toBeDefined();

    const { body } = await send({ method: 'POST', url: '/api/v1/roles', payload: { name: 'Ersatz' } });
    const moved = await send({
      method: 'PATCH',
      url: `/api/v1/users/${holder.user.id}`,
      payload: { roleId: (body as RoleBody).id },
    });
    expect(moved.status).toBe(200);
    expect((await send({ method: 'DELETE', url: `/api/v1/roles/${roleId}` })).status).toBe(204);
    expect(await storedRole(db, roleId)).toBeUndefined();
    expect(await send({ url: `/api/v1/roles/${roleId}` })).toMatchObject({
      status: 404,
      body: { error: { code: 'role.not_found' } },
    });
  });

  it('answers 404 role.not_found for an unknown role and for another organisation’s role, changing nothing', async () => {
    const { send, db } = await setUp();
    const otherOrganizationId = await insertOrganization(db);
    const foreignRoleId = createId('rol');
    const at = testNow.toISOString();
    const foreignRole = {
      id: foreignRoleId,
      organization_id: otherOrganizationId,
      name: 'Fremd',
      name_key: 'fremd',
      is_administrator: 0,
      permissions_json: JSON.stringify(uniformPermissions('read')),
      created_at: at,
      updated_at: at,
    };
    await db.insertInto('roles').values(foreignRole).execute();
    for (const roleId of [foreignRoleId, createId('rol')]) {
      for (const request of [
        { method: 'GET' as const, url: `/api/v1/roles/${roleId}` },
        { method: 'PATCH' as const, url: `/api/v1/roles/${roleId}`, payload: { name: 'Meins' } },
        {
          method: 'PATCH' as const,
          url: `/api/v1/roles/${roleId}`,
          payload: { permissions: { users: 'write' } },
        },
        { method: 'DELETE' as const, url: `/api/v1/roles/${roleId}` },
      ]) {
        const response = await send(request);
        expect(response, `${request.method} ${roleId}`).toMatchObject({
          status: 404,
          body: { error: { code: 'role.not_found' } },
        });
      }
    }
    expect(await storedRole(db, foreignRoleId)).toEqual(foreignRole);
    const { items } = (await send({ url: '/api/v1/roles' })).body as { items: RoleBody[] };
    expect(items.map((role) => role.id)).not.toContain(foreignRoleId);
    // Another organisation's role with the same name is no conflict here.
    expect((await send({ method: 'POST', url: '/api/v1/roles', payload: { name: 'FREMD' } })).status).toBe(
      201,
    );
  });

  it('lets a user with roles „read“ read the roles but not create, change or delete them', async () => {
    const { send, db, signIn } = await setUp();
    const { body } = await send({ method: 'POST', url: '/api/v1/roles', payload: { name: 'Bestand' } });
    const existing = body as RoleBody;
    const { session } = await signIn({ role: { roles: 'read' } });
    expect((await send({ url: '/api/v1/roles' }, { as: session })).status).toBe(200);
    expect((await send({ url: `/api/v1/roles/${existing.id}` }, { as: session })).status).toBe(200);
    for (const request of [
      {
        method: 'POST' as const,
        url: '/api/v1/roles',
        payload: { name: 'Neu', permissions: { roles: 'write' } },
      },
      {
        method: 'PATCH' as const,
        url: `/api/v1/roles/${existing.id}`,
        payload: { permissions: { roles: 'write' } },
      },
      { method: 'DELETE' as const, url: `/api/v1/roles/${existing.id}` },
    ]) {
      const response = await send(request, { as: session });
      expect(response, request.method).toMatchObject({
        status: 403,
        body: { error: { code: 'auth.forbidden' } },
      });
    }
    expect(await storedRole(db, existing.id)).toMatchObject({
      name: 'Bestand',
      permissions_json: JSON.stringify(uniformPermissions('none')),
    });
    expect(await db.selectFrom('roles').where('name', '=', 'Neu').selectAll().execute()).toEqual([]);
  });

  it('lets a user with only users „read“ list the roles (to assign them), nothing more', async () => {
    const { send, signIn } = await setUp();
    const reader = await signIn({ role: { users: 'read' } });
    const listed = await send({ url: '/api/v1/roles' }, { as: reader.session });
    expect(listed.status).toBe(200);
    expect((listed.body as { items: RoleBody[] }).items.length).toBeGreaterThanOrEqual(2);
    const created = await send(
      { method: 'POST', url: '/api/v1/roles', payload: { name: 'Neu' } },
      { as: reader.session },
    );
    expect(created.status).toBe(403);
    // A user with neither area may not even list them.
    const outsider = await signIn({ role: { employees: 'write' } });
    expect((await send({ url: '/api/v1/roles' }, { as: outsider.session })).status).toBe(403);
  });

  it('applies a role change on the user’s very next request', async () => {
    const { send, db, signIn } = await setUp();
    const { user, session } = await signIn({ role: { employees: 'read' } });
    const roleId = await roleIdOf(db, user.id);
    expect((await send({ url: '/api/v1/employees' }, { as: session })).status).toBe(200);

    const changed = await send({
      method: 'PATCH',
      url: `/api/v1/roles/${roleId}`,
      payload: { permissions: { employees: 'none' } },
    });
    expect(changed.status).toBe(200);
    expect(await send({ url: '/api/v1/employees' }, { as: session })).toMatchObject({
      status: 403,
      body: { error: { code: 'auth.forbidden' } },
    });

    // And back: granting takes effect just as fast.
    await send({
      method: 'PATCH',
      url: `/api/v1/roles/${roleId}`,
      payload: { permissions: { employees: 'read' } },
    });
    expect((await send({ url: '/api/v1/employees' }, { as: session })).status).toBe(200);
  });
});
