import { certificateInputSchema } from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../app/database/database.test-utils.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { createId } from '../../app/ids.js';
import { emptyRestriction } from '../access/access.models.js';
import { employeeRow, insertTestOrganization } from '../employees/employees.test-utils.js';
import { createCertificatesRepository } from './certificates.repository.js';
import { exampleContent } from './certificates.test-utils.js';
import * as workflow from './certificate-workflow.usecases.js';
import * as usecases from './certificates.usecases.js';
import { createCertificateRepositories } from './certificates.dependencies.js';

const now = () => new Date('2026-06-30T08:00:00.000Z');
const at = now().toISOString();

async function setUp() {
  const { db } = await createTestDatabase();
  const organizationId = await insertTestOrganization(db);
  const companyId = createId('cmp');
  await db
    .insertInto('companies')
    .values({
      id: companyId,
      organization_id: organizationId,
      name: 'Rheinfracht Logistik GmbH',
      description: null,
      street: null,
      postal_code: null,
      city: 'Köln',
      register_info: null,
      layout_json: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const employee = employeeRow(organizationId, {
    company_id: companyId,
    first_name: 'Anna',
    last_name: 'Schmidt',
    job_title: 'Disponentin',
    exit_date: '2026-06-30',
  });
  const signer = employeeRow(organizationId, {
    first_name: 'Peter',
    last_name: 'Meier',
    job_title: 'Geschäftsführer',
  });
  await db.insertInto('employees').values([employee, signer]).execute();
  const dependencies = {
    inTransaction: createTransactionRunner(db, (trx) => createCertificateRepositories(trx, now)),
    now,
  };
  const actor = { organizationId, userId: 'usr_hr', scope: { all: true } as const };
  const create = () =>
    usecases.createCertificate({
      actor,
      input: {
        employeeId: employee.id,
        kind: 'final',
        exitReason: 'employee_resignation',
        signers: [{ employeeId: signer.id }, { name: 'Eva Roth', function: 'Personalleiterin' }],
      },
      ...dependencies,
    });
  return { db, organizationId, companyId, employee, signer, dependencies, actor, create };
}

describe('createCertificate', () => {
  it('stores a draft with the snapshot, the creator, the signer links and the first history entry', async () => {
    const { db, employee, signer, create } = await setUp();
    const { certificate, content, history } = await create();
    expect(certificate).toMatchObject({
      id: expect.stringMatching(/^crt_/),
      employee_id: employee.id,
      status: 'draft',
      revision: 1,
      created_by: 'usr_hr',
      created_at: at,
      name_key: 'schmidt anna',
    });
    expect(content.signatures).toEqual([
      { name: 'Peter Meier', function: 'Geschäftsführer' },
      { name: 'Eva Roth', function: 'Personalleiterin' },
    ]);
    expect(content).toMatchObject({ place: 'Köln', employer: { name: 'Rheinfracht Logistik GmbH' } });
    expect(history).toMatchObject([
      { from_status: null, to_status: 'draft', changed_by: 'usr_hr', changed_at: at },
    ]);
    expect(await db.selectFrom('certificate_signers').select('employee_id').execute()).toEqual([
      { employee_id: signer.id },
    ]);
  });
});

describe('createCertificate without a company, for an interim certificate', () => {
  it('names the organisation as employer, leaves the end open and takes the interim reason', async () => {
    const { db, organizationId, actor, dependencies, signer } = await setUp();
    const employee = employeeRow(organizationId, { first_name: 'Kim', last_name: 'Öz', job_title: 'Fahrer' });
    await db.insertInto('employees').values(employee).execute();
    const { certificate, content } = await usecases.createCertificate({
      actor,
      input: {
        employeeId: employee.id,
        kind: 'interim',
        interimReason: 'supervisor_change',
        place: 'Bonn',
        signers: [{ employeeId: signer.id, function: 'Leiter Fuhrpark' }],
      },
      ...dependencies,
    });
    expect(certificate).toMatchObject({ company_id: null, kind: 'interim' });
    expect(content).toMatchObject({
      place: 'Bonn',
      employer: { name: 'Muster GmbH', address: null },
      employment: { endDate: null, exitReason: null, interimReason: 'supervisor_change', jobTitle: 'Fahrer' },
      signatures: [{ name: 'Peter Meier', function: 'Leiter Fuhrpark' }],
    });
  });

  it('asks for the place when there is no company city, naming the content path', async () => {
    const { db, organizationId, actor, dependencies, signer } = await setUp();
    const employee = employeeRow(organizationId, { first_name: 'Kim', last_name: 'Öz', job_title: 'Fahrer' });
    await db.insertInto('employees').values(employee).execute();
    await expect(
      usecases.createCertificate({
        actor,
        input: { employeeId: employee.id, kind: 'interim', signers: [{ employeeId: signer.id }] },
        ...dependencies,
      }),
    ).rejects.toMatchObject({
      code: 'validation.failed',
      issues: [
        { path: 'content.place', message: 'must not be empty' },
        { path: 'content.employment.interimReason', message: 'is required for an interim certificate' },
      ],
    });
    expect(await db.selectFrom('certificates').select('id').execute()).toEqual([]);
  });
});

describe('transitionCertificate and issueVersion', () => {
  it('records who changed the status and when; a refused step records nothing', async () => {
    const { db, actor, dependencies, create } = await setUp();
    const { certificate } = await create();
    const move = (to: 'in_review' | 'reviewed' | 'approved' | 'issued') =>
      workflow.transitionCertificate({
        actor,
        certificateId: certificate.id,
        to,
        comment: null,
        ...dependencies,
      });
    await expect(move('approved')).rejects.toMatchObject({ code: 'certificate.transition_not_allowed' });
    expect(await db.selectFrom('certificate_status_changes').select('id').execute()).toHaveLength(1);
    await move('in_review');
    await move('reviewed');
    const { history, certificate: approved } = await move('approved');
    expect(approved).toMatchObject({ status: 'approved', revision: 4 });
    expect(
      history.map((change) => [change.from_status, change.to_status, change.changed_by, change.revision]),
    ).toEqual([
      [null, 'draft', 'usr_hr', 1],
      ['draft', 'in_review', 'usr_hr', 2],
      ['in_review', 'reviewed', 'usr_hr', 3],
      ['reviewed', 'approved', 'usr_hr', 4],
    ]);
  });

  it('issues numbered versions with the composed text, moving an approved certificate to issued', async () => {
    const { actor, dependencies, create } = await setUp();
    const { certificate, text } = await create();
    await expect(
      workflow.issueVersion({ actor, certificateId: certificate.id, ...dependencies }),
    ).rejects.toMatchObject({ code: 'certificate.not_issuable' });
    for (const to of ['in_review', 'reviewed', 'approved'] as const) {
      await workflow.transitionCertificate({
        actor,
        certificateId: certificate.id,
        to,
        comment: null,
        ...dependencies,
      });
    }
    const first = await workflow.issueVersion({ actor, certificateId: certificate.id, ...dependencies });
    expect(first.version).toMatchObject({ number: 1, text, issued_by: 'usr_hr', issued_at: at });
    const second = await workflow.issueVersion({ actor, certificateId: certificate.id, ...dependencies });
    expect(second.version.number).toBe(2);
    const details = await usecases.getCertificateOrThrow({
      actor,
      certificateId: certificate.id,
      ...dependencies,
    });
    expect(details.certificate.status).toBe('issued');
    expect(details.versions.map((version) => version.number)).toEqual([1, 2]);
  });

  it('offers no way to change an issued version', () => {
    const repository = createCertificatesRepository({ db: {} as never });
    expect(Object.keys(repository).filter((name) => /version/i.test(name))).toEqual([
      'insertVersion',
      'listVersions',
    ]);
  });
});

describe('updateCertificate', () => {
  it('refuses a stale revision with certificate.revision_conflict and keeps the first change', async () => {
    const { actor, dependencies, create } = await setUp();
    const { certificate } = await create();
    const content = certificateInputSchema.parse(exampleContent());
    await usecases.updateCertificate({
      actor,
      certificateId: certificate.id,
      input: { revision: 1, content },
      ...dependencies,
    });
    await expect(
      usecases.updateCertificate({
        actor,
        certificateId: certificate.id,
        input: { revision: 1, isPrivate: true },
        ...dependencies,
      }),
    ).rejects.toMatchObject({ code: 'certificate.revision_conflict' });
    const details = await usecases.getCertificateOrThrow({
      actor,
      certificateId: certificate.id,
      ...dependencies,
    });
    expect(details.certificate).toMatchObject({ revision: 2, is_private: 0, name_key: 'schmidt anna' });
    expect(details.content).toEqual(content);
  });

  it('answers certificate.not_found for a private certificate of another user', async () => {
    const { actor, companyId, dependencies, create } = await setUp();
    const { certificate } = await create();
    const colleague = {
      ...actor,
      userId: 'usr_other',
      scope: { all: false as const, ...emptyRestriction(), companyIds: [companyId] },
    };
    // In scope and not private: the colleague sees it.
    await usecases.getCertificateOrThrow({
      actor: colleague,
      certificateId: certificate.id,
      ...dependencies,
    });
    await usecases.updateCertificate({
      actor,
      certificateId: certificate.id,
      input: { revision: 1, isPrivate: true },
      ...dependencies,
    });
    await expect(
      usecases.getCertificateOrThrow({ actor: colleague, certificateId: certificate.id, ...dependencies }),
    ).rejects.toMatchObject({ code: 'certificate.not_found' });
    // The scope „Administrator“ sees private certificates of others too.
    await usecases.getCertificateOrThrow({
      actor: { ...actor, userId: 'usr_admin' },
      certificateId: certificate.id,
      ...dependencies,
    });
  });
});
