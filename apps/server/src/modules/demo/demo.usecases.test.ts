import { findJobProfile } from '@zeugnisdesk/engine';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { developmentOrganization } from '../../app/request-context.js';
import { insertTestOrganization } from '../employees/employees.test-utils.js';
import { hashPassword, verifyPassword } from '../users/users.services.js';
import { createFirstStartTransactionRunner, runFirstStart } from './demo.usecases.js';

const now = () => new Date('2026-06-30T08:00:00.000Z');
const tables = [
  'organizations',
  'companies',
  'locations',
  'departments',
  'org_units',
  'employee_types',
  'employees',
  'users',
  'certificates',
] as const;

function firstStart(db: Db, { seedDemo = true, hash = hashPassword } = {}) {
  return runFirstStart({
    seedDemo,
    inTransaction: createFirstStartTransactionRunner(db, now),
    now,
    hashPassword: hash,
  });
}

async function snapshot(db: Db) {
  return Object.fromEntries(
    await Promise.all(
      tables.map(async (table) => [table, await db.selectFrom(table).selectAll().orderBy('id').execute()]),
    ),
  );
}

describeEachDatabase('the first start', ({ openDatabase }) => {
  it('creates „Musterfirma GmbH“ with two companies, the structure, 20 employees, an administrator and five certificates', async () => {
    const { db } = await openDatabase();
    const outcome = await firstStart(db);

    expect(outcome.isFirstStart).toBe(true);
    expect(await db.selectFrom('organizations').select(['id', 'name']).execute()).toEqual([
      { id: developmentOrganization.id, name: 'Musterfirma GmbH' },
    ]);
    const companies = await db.selectFrom('companies').selectAll().execute();
    expect(companies.map((company) => company.name).sort()).toEqual([
      'Musterfirma GmbH',
      'Musterfirma Logistik GmbH',
    ]);
    for (const company of companies) {
      expect(company).toMatchObject({ organization_id: developmentOrganization.id });
      expect(company.register_info).toMatch(/^Amtsgericht .* HRB \d+$/);
      expect(JSON.parse(company.layout_json ?? 'null')).toMatchObject({
        letterhead: { addressBlock: expect.arrayContaining([company.name]) },
      });
    }
    for (const table of ['locations', 'departments', 'org_units', 'employee_types'] as const) {
      expect((await db.selectFrom(table).select('id').execute()).length).toBeGreaterThanOrEqual(3);
    }

    const employees = await db.selectFrom('employees').selectAll().execute();
    expect(employees).toHaveLength(20);
    expect(new Set(employees.map((employee) => employee.gender))).toEqual(
      new Set(['male', 'female', 'diverse']),
    );
    expect(employees.filter((employee) => employee.exit_date !== null).length).toBeGreaterThanOrEqual(3);
    expect(employees.filter((employee) => employee.title !== null).length).toBeGreaterThanOrEqual(1);
    expect(employees.filter((employee) => employee.supervisor_id === null)).toHaveLength(1);
    for (const employee of employees) {
      const profile = findJobProfile(employee.job_profile ?? '');
      expect(profile, employee.last_name).toBeDefined();
      expect(employee.job_title).toBe(profile?.titles[employee.gender]);
      expect(employee.company_id).not.toBeNull();
      expect(employee.birth_date).not.toBeNull();
    }

    // Five certificates through the workflow, one per status up to issued, with their history.
    const certificates = await db.selectFrom('certificates').select(['status', 'created_by']).execute();
    expect(certificates.map((certificate) => certificate.status).sort()).toEqual(
      ['approved', 'draft', 'in_review', 'issued', 'reviewed'].sort(),
    );
    expect((await db.selectFrom('certificate_versions').select('id').execute()).length).toBe(1);
    expect((await db.selectFrom('certificate_status_changes').select('id').execute()).length).toBe(
      1 + 2 + 3 + 4 + 5,
    );

    // The administrator's password is shown once: only its Argon2id hash is stored.
    const users = await db.selectFrom('users').selectAll().execute();
    expect(users).toEqual([
      expect.objectContaining({
        organization_id: developmentOrganization.id,
        email: 'admin@musterfirma.example',
        email_key: 'admin@musterfirma.example',
        status: 'active',
        scope_all: 1,
      }),
    ]);
    const password = outcome.administrator?.password ?? '';
    expect(outcome.administrator?.email).toBe('admin@musterfirma.example');
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(users[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,t=5,p=1\$/);
    expect(await verifyPassword(users[0]?.password_hash ?? '', password)).toBe(true);
    expect(await verifyPassword(users[0]?.password_hash ?? '', `${password}x`)).toBe(false);
    expect(JSON.stringify(await snapshot(db))).not.toContain(password);
  });

  it('changes nothing on any later start', async () => {
    const { db } = await openDatabase();
    await firstStart(db);
    const before = await snapshot(db);
    expect(await firstStart(db)).toEqual({ isFirstStart: false, administrator: null });
    expect(await snapshot(db)).toEqual(before);
  });

  it('creates only the organisation and its administrator with SEED_DEMO=false', async () => {
    const { db } = await openDatabase();
    expect(await firstStart(db, { seedDemo: false })).toEqual({
      isFirstStart: true,
      administrator: { email: 'admin@musterfirma.example', password: expect.stringMatching(/^\S{20,}$/) },
    });
    const rows = await snapshot(db);
    expect(rows.organizations).toHaveLength(1);
    expect(rows.users).toHaveLength(1);
    for (const table of tables.filter((name) => !['organizations', 'users'].includes(name))) {
      expect(rows[table]).toEqual([]);
    }
  });

  it('seeds nothing into a database that already has an organisation', async () => {
    const { db } = await openDatabase();
    await insertTestOrganization(db, 'Bestand AG');
    expect(await firstStart(db)).toEqual({ isFirstStart: false, administrator: null });
    expect((await snapshot(db)).employees).toEqual([]);
  });

  it('leaves nothing behind when seeding fails half-way (one transaction)', async () => {
    const { db } = await openDatabase();
    const failingHash = () => Promise.reject(new Error('hashing failed'));
    await expect(firstStart(db, { hash: failingHash })).rejects.toThrow('hashing failed');
    const rows = await snapshot(db);
    for (const table of tables) expect(rows[table], table).toEqual([]);
    // …so the next start seeds again.
    expect((await firstStart(db)).isFirstStart).toBe(true);
  });
});

describe('generated administrator passwords', () => {
  it('differ on every first start', async () => {
    const { generatePassword } = await import('../users/users.services.js');
    const passwords = new Set(Array.from({ length: 100 }, () => generatePassword()));
    expect(passwords.size).toBe(100);
    for (const password of passwords) expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{24}$/);
  });
});
