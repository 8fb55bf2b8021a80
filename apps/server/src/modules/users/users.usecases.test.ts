import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { createIdentityTransactionRunner } from '../auth/auth.dependencies.js';
import { insertTestOrganization } from '../employees/employees.test-utils.js';
import { createRolesRepository } from '../access/roles.repository.js';
import { createUsersRepository } from './users.repository.js';
import { generatePassword, hashPassword, verifyPassword } from './users.services.js';
import { createAdministrator } from './users.usecases.js';

const now = () => new Date('2026-06-30T08:00:00.000Z');

function dependencies(db: Db) {
  return {
    inTransaction: createIdentityTransactionRunner(db, now),
    now,
    hashPassword,
  };
}

const input = { email: 'Admin@Musterfirma.example', firstName: 'Sabine', lastName: 'Hoffmann' };

describeEachDatabase('users', ({ openDatabase }) => {
  it('stores an administrator with an Argon2id hash of the password, never the password', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    const password = generatePassword();
    const { user } = await createAdministrator({
      organizationId,
      input: { ...input, password },
      ...dependencies(db),
    });
    const stored = await createUsersRepository({ db }).getUserByEmailKey({
      organizationId,
      emailKey: 'admin@musterfirma.example',
    });
    expect(stored).toEqual(user);
    expect(stored).toMatchObject({ email: 'Admin@Musterfirma.example', status: 'active', scope_all: 1 });
    const role = await createRolesRepository({ db }).getRole({ organizationId, roleId: user.role_id });
    expect(role).toMatchObject({ name: 'Administrator', is_administrator: 1 });
    expect(user.id).toMatch(/^usr_/);
    expect(await verifyPassword(stored?.password_hash ?? '', password)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(password);
  });

  it('keeps e-mail addresses unique per organisation in any letter case', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    const other = await insertTestOrganization(db, 'Andere AG');
    await createAdministrator({
      organizationId,
      input: { ...input, password: 'x'.repeat(20) },
      ...dependencies(db),
    });
    await expect(
      createAdministrator({
        organizationId,
        input: { ...input, email: 'admin@MUSTERFIRMA.example', password: 'y'.repeat(20) },
        ...dependencies(db),
      }),
    ).rejects.toMatchObject({ code: 'user.email_taken' });
    // Another organisation may have the same address.
    await createAdministrator({
      organizationId: other,
      input: { ...input, password: 'z'.repeat(20) },
      ...dependencies(db),
    });
  });

  it('accepts only the known statuses and 0 or 1 as the scope flag', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    const { user } = await createAdministrator({
      organizationId,
      input: { ...input, password: 'x'.repeat(20) },
      ...dependencies(db),
    });
    const insert = (status: string, scopeAll: number) =>
      sql`insert into users (id, organization_id, email, email_key, first_name, last_name, search_key, status, role_id,
                             scope_all, scope_json, failed_login_count, created_at, updated_at)
          values (${`usr_${status}${scopeAll}`}, ${organizationId}, ${`${status}${scopeAll}@x.example`},
                  ${`${status}${scopeAll}@x.example`}, 'A', 'B', 'a b', ${status}, ${user.role_id}, ${scopeAll}, '{}', 0,
                  '2026-06-30T08:00:00.000Z', '2026-06-30T08:00:00.000Z')`.execute(db);
    await insert('active', 1);
    await expect(insert('superuser', 1)).rejects.toThrow(/check/i);
    await expect(insert('invited', 2)).rejects.toThrow(/check/i);
  });
});

describe('password hashing', () => {
  it('uses Argon2id with m=64 MiB, t=5, p=1 and rejects a wrong password or a broken hash', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,t=5,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'Correct horse battery staple')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });
});
