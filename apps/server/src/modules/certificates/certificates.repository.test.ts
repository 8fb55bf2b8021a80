import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { CertificatesTable, Db } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import { emptyRestriction, type CertificateScope } from '../access/access.models.js';
import { createEmployeesRepository } from '../employees/employees.repository.js';
import { employeeRow, insertTestOrganization } from '../employees/employees.test-utils.js';
import { createCertificatesRepository } from './certificates.repository.js';

const at = '2026-06-30T08:00:00.000Z';

function certificateRow(
  organizationId: string,
  employeeId: string,
  fields: Partial<CertificatesTable> = {},
): CertificatesTable {
  return {
    id: createId('crt'),
    organization_id: organizationId,
    employee_id: employeeId,
    company_id: null,
    kind: 'final',
    form: 'qualified',
    status: 'draft',
    is_private: 0,
    name_key: 'schmidt anna',
    content_json: '{}',
    options_json: '{}',
    created_by: null,
    created_at: at,
    updated_at: at,
    revision: 1,
    ...fields,
  };
}

async function setUp(db: Db) {
  const organizationId = await insertTestOrganization(db);
  const departmentId = createId('dep');
  await db
    .insertInto('departments')
    .values({
      id: departmentId,
      organization_id: organizationId,
      name: 'Vertrieb',
      name_key: 'vertrieb',
      created_at: at,
    })
    .execute();
  const employee = employeeRow(organizationId, {
    first_name: 'Anna',
    last_name: 'Schmidt',
    department_id: departmentId,
  });
  const signer = employeeRow(organizationId, { first_name: 'Peter', last_name: 'Meier' });
  const employees = createEmployeesRepository({ db });
  await employees.insertEmployee({ employee });
  await employees.insertEmployee({ employee: signer });
  return {
    organizationId,
    departmentId,
    employee,
    signer,
    employees,
    certificates: createCertificatesRepository({ db }),
  };
}

describeEachDatabase('the certificates repository', ({ openDatabase }) => {
  it('lists newest first by keyset, with filters, name words, the scope and the privacy rule', async () => {
    const { db } = await openDatabase();
    const { organizationId, departmentId, employee, signer, certificates } = await setUp(db);
    const inDepartment = { all: false as const, ...emptyRestriction(), departmentIds: [departmentId] };
    const viewer = (userId: string | null, scope: CertificateScope = inDepartment) => ({ userId, scope });
    const rows = [
      certificateRow(organizationId, employee.id, {
        created_at: '2026-06-01T00:00:00.000Z',
        name_key: 'müller jörg',
      }),
      certificateRow(organizationId, employee.id, {
        created_at: '2026-06-02T00:00:00.000Z',
        kind: 'interim',
      }),
      certificateRow(organizationId, employee.id, {
        created_at: '2026-06-02T00:00:00.000Z',
        status: 'approved',
      }),
      certificateRow(organizationId, employee.id, {
        is_private: 1,
        created_by: 'usr_a',
        name_key: 'müller 100%',
      }),
      // The signer has no department: outside the department scope.
      certificateRow(organizationId, signer.id, {
        created_at: '2026-05-01T00:00:00.000Z',
        name_key: 'meier peter',
      }),
    ];
    for (const certificate of rows)
      await certificates.insertCertificate({ certificate, signerEmployeeIds: [] });
    const list = async (
      filters: Partial<Parameters<typeof certificates.listCertificates>[0]['filters']> = {},
      after?: { key: string; id: string },
    ) =>
      (
        await certificates.listCertificates({
          organizationId,
          filters: { words: [], viewer: viewer(null), ...filters },
          limit: 10,
          ...(after ? { after } : {}),
        })
      ).map((row) => row.id);
    const [older, sameA, sameB, secret, outside] = rows.map((row) => row.id) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const [first, second] = [sameA, sameB].sort().reverse() as [string, string];
    expect(await list()).toEqual([first, second, older]);
    expect(await list({ viewer: viewer('usr_a') })).toEqual([secret, first, second, older]);
    expect(await list({ viewer: viewer('usr_b') })).toEqual([first, second, older]);
    // The scope „Administrator“ sees everything, other users' private certificates included (U8).
    expect(await list({ viewer: viewer('usr_b', { all: true }) })).toEqual([
      secret,
      first,
      second,
      older,
      outside,
    ]);
    // Another department: only one's own private certificate (U7 + U8).
    const elsewhere = { all: false as const, ...emptyRestriction(), departmentIds: ['dep_other'] };
    expect(await list({ viewer: viewer('usr_a', elsewhere) })).toEqual([secret]);
    // A restriction listing nothing grants nothing.
    expect(await list({ viewer: viewer('usr_b', { all: false, ...emptyRestriction() }) })).toEqual([]);
    expect(await list({}, { key: '2026-06-02T00:00:00.000Z', id: first })).toEqual([second, older]);
    expect(await list({ kind: 'interim' })).toEqual([sameA]);
    expect(await list({ status: 'approved' })).toEqual([sameB]);
    expect(await list({ words: ['mül', 'jö'] })).toEqual([older]);
    // LIKE wildcards in the search are plain characters.
    expect(await list({ words: ['%'], viewer: viewer('usr_a') })).toEqual([secret]);
    expect(await list({ words: ['_'], viewer: viewer('usr_a') })).toEqual([]);
  });

  it('changes a certificate only at the revision it was read at, counting the revision up', async () => {
    const { db } = await openDatabase();
    const { organizationId, employee, certificates } = await setUp(db);
    const certificate = certificateRow(organizationId, employee.id);
    await certificates.insertCertificate({ certificate, signerEmployeeIds: [] });
    const scope = { organizationId, certificateId: certificate.id };
    expect(
      await certificates.updateCertificate({ ...scope, revision: 1, changes: { status: 'in_review' } }),
    ).toMatchObject({
      status: 'in_review',
      revision: 2,
    });
    expect(
      await certificates.updateCertificate({ ...scope, revision: 1, changes: { status: 'draft' } }),
    ).toBeUndefined();
    expect(
      await certificates.updateCertificate({
        ...scope,
        organizationId: await insertTestOrganization(db),
        revision: 2,
        changes: { status: 'draft' },
      }),
    ).toBeUndefined();
    expect(await certificates.getCertificate(scope)).toMatchObject({ status: 'in_review', revision: 2 });
  });

  it('lets exactly one of two concurrent changes at the same revision win', async () => {
    const { db } = await openDatabase();
    const { organizationId, employee, certificates } = await setUp(db);
    const certificate = certificateRow(organizationId, employee.id);
    await certificates.insertCertificate({ certificate, signerEmployeeIds: [] });
    const change = (place: string) =>
      db.transaction().execute((trx) =>
        createCertificatesRepository({ db: trx }).updateCertificate({
          organizationId,
          certificateId: certificate.id,
          revision: 1,
          changes: { content_json: JSON.stringify({ place }) },
        }),
      );
    const results = await Promise.all([change('Bonn'), change('Köln')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.find(Boolean);
    expect(await certificates.getCertificate({ organizationId, certificateId: certificate.id })).toEqual(
      winner,
    );
    expect(winner?.revision).toBe(2);
  });

  it('refuses to delete an employee who is the subject or a signer of a certificate (D3), until it is deleted (D1)', async () => {
    const { db } = await openDatabase();
    const { organizationId, employee, signer, employees, certificates } = await setUp(db);
    const certificate = certificateRow(organizationId, employee.id);
    await certificates.insertCertificate({ certificate, signerEmployeeIds: [signer.id, signer.id] });
    const scope = { organizationId, certificateId: certificate.id };
    await certificates.insertStatusChange({
      change: {
        id: createId('csc'),
        organization_id: organizationId,
        certificate_id: certificate.id,
        from_status: null,
        to_status: 'draft',
        changed_by: null,
        changed_at: at,
        comment: null,
        revision: 1,
      },
    });
    await certificates.insertVersion({
      version: {
        id: createId('crv'),
        organization_id: organizationId,
        certificate_id: certificate.id,
        number: 1,
        content_json: '{}',
        text: 'Arbeitszeugnis',
        issued_at: at,
        issued_by: null,
      },
    });
    expect(await certificates.listSignerEmployeeIds(scope)).toEqual([signer.id]);
    for (const person of [employee, signer]) {
      expect(await employees.deleteEmployee({ organizationId, employeeId: person.id })).toBe('referenced');
    }
    expect(await certificates.deleteCertificate(scope)).toBe(true);
    expect(await certificates.listStatusChanges(scope)).toEqual([]);
    expect(await certificates.listVersions(scope)).toEqual([]);
    expect(await certificates.listSignerEmployeeIds(scope)).toEqual([]);
    for (const person of [employee, signer]) {
      expect(await employees.deleteEmployee({ organizationId, employeeId: person.id })).toBe('deleted');
    }
  });

  it('refuses a certificate, version number or signer across organisations or twice', async () => {
    const { db } = await openDatabase();
    const { organizationId, employee, signer, certificates } = await setUp(db);
    const other = await insertTestOrganization(db, 'Andere AG');
    await expect(
      certificates.insertCertificate({
        certificate: certificateRow(other, employee.id),
        signerEmployeeIds: [],
      }),
    ).rejects.toThrow(/foreign key/i);
    const certificate = certificateRow(organizationId, employee.id);
    await certificates.insertCertificate({ certificate, signerEmployeeIds: [] });
    const version = {
      organization_id: organizationId,
      certificate_id: certificate.id,
      number: 1,
      content_json: '{}',
      text: 'x',
      issued_at: at,
      issued_by: null,
    };
    await certificates.insertVersion({ version: { id: createId('crv'), ...version } });
    await expect(
      certificates.insertVersion({ version: { id: createId('crv'), ...version } }),
    ).rejects.toThrow(/unique|duplicate/i);
    const foreignSigner = employeeRow(other, { first_name: 'X', last_name: 'Y' });
    await createEmployeesRepository({ db }).insertEmployee({ employee: foreignSigner });
    await expect(
      certificates.insertCertificate({
        certificate: certificateRow(organizationId, employee.id),
        signerEmployeeIds: [signer.id, foreignSigner.id],
      }),
    ).rejects.toThrow(/foreign key/i);
  });
});
