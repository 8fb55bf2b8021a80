// Change tracking (L4) through the API on both databases: nothing is recorded while it is off (the
// default); once on, every change of a certificate is recorded with the signed-in user, the time, the
// path and the values; a failed change records nothing and a failed record undoes the change (one
// transaction); turning it off keeps the entries; deleting the certificate deletes them; and the history
// is visible exactly to those who may see the certificate.
import { expect, it } from 'vitest';
import { createApiTestServer, insertOrganization, testNow } from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { createId } from '../../app/ids.js';
import { emptyRestriction } from '../access/access.models.js';
import { createCertificatesRepository } from '../certificates/certificates.repository.js';
import { createCertificateFromEmployee, exampleContent } from '../certificates/certificates.test-utils.js';
import * as certificates from '../certificates/certificates.usecases.js';
import { createEmployeesRepository } from '../employees/employees.repository.js';
import { employeeRow } from '../employees/employees.test-utils.js';
import { createOrganizationStructureRepository } from '../organization-structure/organization-structure.repository.js';
import { createChangeTrackingRepository } from './change-tracking.repository.js';

interface ChangeBody {
  id: string;
  changedAt: string;
  actor: { type: 'user' | 'handover'; name: string; userId?: string; handoverId?: string };
  path: string;
  before?: unknown;
  after?: unknown;
}

interface ChangePage {
  items: ChangeBody[];
  nextCursor: string | null;
  userNames: Record<string, string>;
}

interface FullCertificate {
  id: string;
  revision: number;
  content: ReturnType<typeof exampleContent>;
  options: { variants: Record<string, number>; overrides: Record<string, string> };
}

async function countEntries(db: Db, certificateId: string): Promise<number> {
  const rows = await db
    .selectFrom('certificate_changes')
    .select('id')
    .where('certificate_id', '=', certificateId)
    .execute();
  return rows.length;
}

describeEachDatabase('change tracking', ({ openDatabase }) => {
  async function setUp() {
    const { db } = await openDatabase();
    const server = await createApiTestServer({ db });
    const { send } = server;
    const { certificate, companyId } = await createCertificateFromEmployee(send);
    const read = async () =>
      (await send({ url: `/api/v1/certificates/${certificate.id}` })).body as FullCertificate;
    /** Changes the certificate as the administrator (read, modify, PATCH with the current revision). */
    const edit = async (
      change: (current: FullCertificate) => Record<string, unknown>,
      sendOptions?: Parameters<typeof send>[1],
    ) => {
      const current = await read();
      const response = await send(
        {
          method: 'PATCH',
          url: `/api/v1/certificates/${certificate.id}`,
          payload: { revision: current.revision, ...change(current) },
        },
        sendOptions,
      );
      expect(response.status).toBe(200);
      return response.body as FullCertificate;
    };
    const setTracking = async (on: boolean) => {
      const response = await send({
        method: 'PATCH',
        url: '/api/v1/organization/privacy',
        payload: { changeTracking: on },
      });
      expect(response.status).toBe(200);
    };
    const history = async (query = '', sendOptions?: Parameters<typeof send>[1]) =>
      send({ url: `/api/v1/certificates/${certificate.id}/changes${query}` }, sendOptions);
    const administratorName = await db
      .selectFrom('users')
      .select(['first_name', 'last_name'])
      .where('id', '=', server.administrator.id)
      .executeTakeFirstOrThrow()
      .then((row) => `${row.first_name} ${row.last_name}`);
    return { ...server, certificate, companyId, read, edit, setTracking, history, administratorName };
  }

  it('records nothing while change tracking is off (the default)', async () => {
    const { db, certificate, edit, history } = await setUp();
    await edit(({ content }) => ({ content: { ...content, place: 'Bonn' } }));
    expect(await countEntries(db, certificate.id)).toBe(0);
    const response = await history();
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ items: [], nextCursor: null, changeTracking: false });
  });

  it('records each changed field with the signed-in user, the time, the path and the values', async () => {
    const { edit, setTracking, history, administrator, administratorName } = await setUp();
    await setTracking(true);
    await edit(({ content, options }) => ({
      content: {
        ...content,
        employment: { ...content.employment, jobTitle: 'Teamleiterin Disposition' },
        ratings: { ...content.ratings, result: 2 },
        activities: [...(content.activities ?? []), 'Schulung neuer Kolleginnen'],
      },
      options: { ...options, overrides: { 'performance.result': 'Ihre Ergebnisse waren gut.' } },
      isPrivate: true,
    }));
    const response = await history();
    expect(response.status).toBe(200);
    const page = response.body as ChangePage;
    const actor = { type: 'user', name: administratorName, userId: administrator.id };
    expect(page.items.map(({ id: _id, ...rest }) => rest)).toEqual(
      expect.arrayContaining([
        {
          changedAt: testNow.toISOString(),
          actor,
          path: '/content/employment/jobTitle',
          before: 'Disponentin',
          after: 'Teamleiterin Disposition',
        },
        // Built from the records: no ratings yet, no activities yet.
        { changedAt: testNow.toISOString(), actor, path: '/content/ratings/result', before: null, after: 2 },
        {
          changedAt: testNow.toISOString(),
          actor,
          path: '/content/activities/0',
          after: 'Schulung neuer Kolleginnen',
        },
        {
          changedAt: testNow.toISOString(),
          actor,
          path: '/options/overrides/performance.result',
          after: 'Ihre Ergebnisse waren gut.',
        },
        { changedAt: testNow.toISOString(), actor, path: '/isPrivate', before: false, after: true },
      ]),
    );
    expect(page.items).toHaveLength(5);
    expect(page.items[0]?.id).toMatch(/^chg_[0-9a-z]{26}$/);
    expect(page).toMatchObject({ changeTracking: true, nextCursor: null });
    // The status history's users come with their names.
    expect(page.userNames).toEqual({ [administrator.id]: administratorName });
  });

  it('keeps the name as it was when the user is renamed later', async () => {
    const { db, edit, setTracking, history, administrator, administratorName } = await setUp();
    await setTracking(true);
    await edit(({ content }) => ({ content: { ...content, place: 'Bonn' } }));
    await db
      .updateTable('users')
      .set({ last_name: 'Umbenannt' })
      .where('id', '=', administrator.id)
      .execute();
    const page = (await history()).body as ChangePage;
    expect(page.items[0]?.actor.name).toBe(administratorName);
  });

  it('records nothing for a change that fails (stale revision)', async () => {
    const { db, send, certificate, setTracking } = await setUp();
    await setTracking(true);
    const response = await send({
      method: 'PATCH',
      url: `/api/v1/certificates/${certificate.id}`,
      payload: { revision: certificate.revision + 5, isPrivate: true },
    });
    expect(response.status).toBe(409);
    expect(await countEntries(db, certificate.id)).toBe(0);
  });

  it('undoes the change when its record cannot be written (one transaction)', async () => {
    const { db, certificate, setTracking, read, organizationId, administrator } = await setUp();
    await setTracking(true);
    const dependencies: certificates.CertificateDependencies = {
      inTransaction: createTransactionRunner(db, (trx) => ({
        certificates: createCertificatesRepository({ db: trx }),
        employees: createEmployeesRepository({ db: trx }),
        structure: createOrganizationStructureRepository({ db: trx }),
        changeTracking: {
          ...createChangeTrackingRepository({ db: trx }),
          insertChanges: () => Promise.reject(new Error('disk full')),
        },
      })),
      now: () => testNow,
    };
    await expect(
      certificates.updateCertificate({
        actor: { organizationId, userId: administrator.id, scope: { all: true } },
        certificateId: certificate.id,
        input: { revision: certificate.revision, isPrivate: true },
        ...dependencies,
      }),
    ).rejects.toThrow('disk full');
    const after = await read();
    expect(after.revision).toBe(certificate.revision);
    expect(await countEntries(db, certificate.id)).toBe(0);
  });

  it('stops recording when turned off but keeps the entries; deleting the certificate deletes them', async () => {
    const { db, send, certificate, edit, setTracking, history } = await setUp();
    await setTracking(true);
    await edit(({ content }) => ({ content: { ...content, place: 'Bonn' } }));
    expect(await countEntries(db, certificate.id)).toBe(1);
    await setTracking(false);
    await edit(({ content }) => ({ content: { ...content, place: 'Düsseldorf' } }));
    expect(await countEntries(db, certificate.id)).toBe(1);
    const page = (await history()).body as ChangePage;
    expect(page.items.map((item) => [item.path, item.before, item.after])).toEqual([
      ['/content/place', 'Köln', 'Bonn'],
    ]);
    expect((await send({ method: 'DELETE', url: `/api/v1/certificates/${certificate.id}` })).status).toBe(
      204,
    );
    expect(await countEntries(db, certificate.id)).toBe(0);
    expect((await history()).status).toBe(404);
  });

  it('pages newest first with a cursor and refuses a cursor that is not one', async () => {
    const { edit, setTracking, history } = await setUp();
    await setTracking(true);
    for (const place of ['A-Stadt', 'B-Stadt', 'C-Stadt']) {
      await edit(({ content }) => ({ content: { ...content, place } }));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await history(query)).body as ChangePage;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => String(item.after)));
      cursor = page.nextCursor;
    } while (cursor);
    // One clock for all three: the order within one time is by id; all three appear exactly once.
    expect([...seen].sort()).toEqual(['A-Stadt', 'B-Stadt', 'C-Stadt']);
    const bad = await history('?cursor=kaputt');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'validation.failed', issues: [{ path: 'query.cursor' }] },
    });
    expect((await history('?limit=0')).status).toBe(400);
    expect((await history('?limit=101')).status).toBe(400);
  });

  it('shows the history exactly to those who may see the certificate', async () => {
    const { db, send, signIn, companyId, edit, setTracking, history } = await setUp();
    await setTracking(true);
    await edit(({ content }) => ({ content: { ...content, place: 'Bonn' } }));
    const inCompany = { all: false as const, ...emptyRestriction(), companyIds: [companyId] };
    const insider = await signIn({ role: { employees: 'read' }, scope: inCompany });
    const outsider = await signIn({
      role: { employees: 'read' },
      scope: { ...inCompany, companyIds: ['cmp_elsewhere'] },
    });
    expect((await history('', { as: insider.session })).status).toBe(200);
    const refused = await history('', { as: outsider.session });
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ error: { code: 'certificate.not_found' } });
    expect((await history('', { as: null })).status).toBe(401);

    // Private (made so by the administrator): only its creator and the scope „Administrator“ see it.
    await edit(() => ({ isPrivate: true }));
    expect((await history('', { as: insider.session })).status).toBe(404);
    expect((await history()).status).toBe(200);

    // Another organisation's certificate, by its id: as if it did not exist.
    const otherOrganization = await insertOrganization(db);
    const employee = employeeRow(otherOrganization, { first_name: 'Fremd', last_name: 'Fremd' });
    await db.insertInto('employees').values(employee).execute();
    const foreignId = createId('crt');
    const at = testNow.toISOString();
    await db
      .insertInto('certificates')
      .values({
        id: foreignId,
        organization_id: otherOrganization,
        employee_id: employee.id,
        company_id: null,
        kind: 'final',
        form: 'qualified',
        status: 'draft',
        is_private: 0,
        name_key: 'x',
        content_json: JSON.stringify(exampleContent()),
        options_json: JSON.stringify({ variants: {}, overrides: {} }),
        created_by: null,
        created_at: at,
        updated_at: at,
        revision: 1,
      })
      .execute();
    await db
      .insertInto('certificate_changes')
      .values({
        id: createId('chg'),
        organization_id: otherOrganization,
        certificate_id: foreignId,
        changed_at: at,
        actor_type: 'user',
        actor_user_id: null,
        actor_handover_id: null,
        actor_name: 'Fremd',
        path: '/content/place',
        before_json: '"Köln"',
        after_json: '"Geheim"',
      })
      .execute();
    const foreign = await send({ url: `/api/v1/certificates/${foreignId}/changes` });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).not.toContain('Geheim');
    // A certificate id of this organisation never shows another organisation's entries.
    const own = (await history()).body as ChangePage;
    expect(own.items.every((item) => item.after !== 'Geheim')).toBe(true);
  });
});
