import { readdirSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../app/database/database.test-utils.js';
import { createId } from '../app/ids.js';
import { getMigrationStatus, migrateToLatest } from './migrator.js';
import { migrations } from './migrations.registry.js';

const names = migrations.map((migration) => migration.name);

describe('the migration registry', () => {
  it('lists every file in migrations/list exactly once, in file-name order', () => {
    const files = readdirSync(new URL('./list/', import.meta.url))
      .filter((file) => file.endsWith('.migration.ts'))
      .map((file) => file.replace(/\.migration\.ts$/, ''))
      .sort();
    expect(names).toEqual(files);
  });

  it('numbers the migrations 0001, 0002, … without gaps, with kebab-case names', () => {
    names.forEach((name, index) => {
      expect(name).toMatch(/^\d{4}-[a-z][a-z0-9-]*[a-z0-9]$/);
      expect(name).not.toContain('--');
      expect(name.slice(0, 4)).toBe(String(index + 1).padStart(4, '0'));
    });
  });
});

describeEachDatabase('migrations', ({ openDatabase }) => {
  it.each(names.map((_, index) => index + 1))(
    'apply the first %i migration(s) on an empty database, and then the rest',
    async (count) => {
      const { db } = await openDatabase({ migrated: false });
      const prefix = migrations.slice(0, count);
      expect((await migrateToLatest(db, prefix)).applied).toEqual(names.slice(0, count));
      expect(await getMigrationStatus(db)).toEqual({
        applied: names.slice(0, count),
        pending: names.slice(count),
      });

      expect((await migrateToLatest(db)).applied).toEqual(names.slice(count));
      expect(await getMigrationStatus(db)).toEqual({ applied: names, pending: [] });
    },
  );

  it('do nothing when applied again', async () => {
    const { db } = await openDatabase();
    expect((await migrateToLatest(db)).applied).toEqual([]);
  });

  describe('0007-identity', () => {
    it('keeps the first administrator an active administrator with all certificates in scope', async () => {
      const { db } = await openDatabase({ migrated: false });
      await migrateToLatest(db, migrations.slice(0, 6));
      const at = '2026-06-30T08:00:00.000Z';
      await db
        .insertInto('organizations')
        .values({ id: 'org_a', name: 'Muster GmbH', created_at: at })
        .execute();
      await sql`insert into users (id, organization_id, email, email_key, first_name, last_name, password_hash,
                                   is_active, role, created_at)
                values ('usr_a', 'org_a', 'Admin@Muster.example', 'admin@muster.example', 'Sabine', 'Hoffmann',
                        '$argon2id$stub', 1, 'administrator', ${at})`.execute(db);
      await migrateToLatest(db);
      const user = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
      expect(user).toMatchObject({
        id: 'usr_a',
        email: 'Admin@Muster.example',
        password_hash: '$argon2id$stub',
        status: 'active',
        scope_all: 1,
        failed_login_count: 0,
        locked_at: null,
      });
      const role = await db
        .selectFrom('roles')
        .selectAll()
        .where('id', '=', user.role_id)
        .executeTakeFirstOrThrow();
      expect(role).toMatchObject({ organization_id: 'org_a', name: 'Administrator', is_administrator: 1 });
      const organization = await db.selectFrom('organizations').selectAll().executeTakeFirstOrThrow();
      expect(organization).toMatchObject({
        password_policy: 'standard',
        session_idle_minutes: 30,
        session_absolute_hours: 12,
        second_factor_required: 0,
        sso_mode: 'off',
      });
    });

    it('refuses a user without a role of the same organisation', async () => {
      const { db } = await openDatabase();
      const at = '2026-06-30T08:00:00.000Z';
      await db.insertInto('organizations').values({ id: 'org_a', name: 'A', created_at: at }).execute();
      await expect(
        sql`insert into users (id, organization_id, email, email_key, first_name, last_name, search_key, status, role_id,
                               scope_all, scope_json, failed_login_count, created_at, updated_at)
            values ('usr_x', 'org_a', 'x@a.example', 'x@a.example', 'X', 'Y', 'x y', 'active', 'rol_missing', 1, '{}', 0,
                    ${at}, ${at})`.execute(db),
      ).rejects.toThrow(/foreign key/i);
    });
  });

  describe('0001-organizations', () => {
    const organization = () => ({
      id: createId('org'),
      name: 'Muster GmbH',
      plan_max_users: 25,
      created_at: '2026-06-30T08:00:00.000Z',
    });

    it('stores an organisation, active by default', async () => {
      const { db } = await openDatabase();
      const row = organization();
      await db.insertInto('organizations').values(row).execute();
      expect(
        await db
          .selectFrom('organizations')
          .select(['id', 'name', 'plan_max_users', 'contract_status', 'created_at'])
          .execute(),
      ).toEqual([{ ...row, contract_status: 'active' }]);
    });

    it('allows no limit on users, but not a limit of zero', async () => {
      const { db } = await openDatabase();
      await db
        .insertInto('organizations')
        .values({ ...organization(), plan_max_users: null })
        .execute();
      await expect(
        db
          .insertInto('organizations')
          .values({ ...organization(), plan_max_users: 0 })
          .execute(),
      ).rejects.toThrow(/check/i);
    });

    it('accepts only the known contract states', async () => {
      const { db } = await openDatabase();
      for (const status of ['active', 'read_only', 'ended'] as const) {
        await db
          .insertInto('organizations')
          .values({ ...organization(), contract_status: status })
          .execute();
      }
      await expect(
        sql`insert into organizations (id, name, contract_status, created_at)
            values (${createId('org')}, 'X', 'paused', '2026-01-01T00:00:00.000Z')`.execute(db),
      ).rejects.toThrow(/check/i);
    });

    it('keeps organisation ids unique', async () => {
      const { db } = await openDatabase();
      const row = organization();
      await db.insertInto('organizations').values(row).execute();
      await expect(db.insertInto('organizations').values(row).execute()).rejects.toThrow(/unique|duplicate/i);
    });
  });
});
