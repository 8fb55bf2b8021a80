import { emptyRestriction } from '../access/access.models.js';
import { composeCertificate } from '@zeugnisdesk/engine';
import { certificateInputSchema } from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import { createApiTestServer, testNow } from '../../app/api/api.test-utils.js';
import {
  createCertificateFromEmployee,
  type CertificateBody,
  createEmployeeWithCompany,
  exampleContent,
} from './certificates.test-utils.js';

const at = testNow.toISOString();

describe('POST /api/v1/certificates', () => {
  it('builds the content from the employee and company records, as a snapshot that later changes do not alter', async () => {
    const { send, administrator } = await createApiTestServer();
    const { certificate, employeeId, companyId, signerId } = await createCertificateFromEmployee(send);
    expect(certificate).toMatchObject({
      id: expect.stringMatching(/^crt_[0-9a-z]{26}$/),
      employeeId,
      companyId,
      employeeName: 'Anna Schmidt',
      kind: 'final',
      form: 'qualified',
      status: 'draft',
      isPrivate: false,
      revision: 1,
      createdBy: administrator.id,
      createdAt: at,
      content: {
        issueDate: '2026-06-30',
        place: 'Köln',
        employer: { name: 'Rheinfracht Logistik GmbH', address: { street: 'Hafenstraße 12', city: 'Köln' } },
        employee: { firstName: 'Anna', lastName: 'Schmidt', gender: 'female' },
        employment: { startDate: '2019-04-01', endDate: '2026-06-30', jobTitle: 'Disponentin' },
        signatures: [{ name: 'Peter Meier', function: 'Geschäftsführer' }],
      },
      options: { variants: {}, overrides: {} },
      history: [{ from: null, to: 'draft', changedBy: administrator.id, changedAt: at, comment: null }],
      versions: [],
    });
    expect((certificate as unknown as CertificateBody).text).toContain('Frau Anna Schmidt');

    await send({
      method: 'PATCH',
      url: `/api/v1/employees/${employeeId}`,
      payload: { lastName: 'Neumann', jobTitle: 'Leiterin' },
    });
    await send({ method: 'PATCH', url: `/api/v1/employees/${signerId}`, payload: { lastName: 'Anders' } });
    const read = (await send({ url: `/api/v1/certificates/${certificate.id}` })).body as CertificateBody;
    expect(read.content.employee.lastName).toBe('Schmidt');
    expect(read.content.employment.jobTitle).toBe('Disponentin');
    expect(read.text).not.toContain('Neumann');
    expect(read.text).toContain('Peter Meier');
  });

  it('takes complete content as it is', async () => {
    const { send } = await createApiTestServer();
    const { employeeId } = await createEmployeeWithCompany(send);
    const content = exampleContent();
    const response = await send({
      method: 'POST',
      url: '/api/v1/certificates',
      payload: {
        employeeId,
        content,
        isPrivate: true,
        options: { overrides: { 'closing.wishes': 'Alles Gute.' } },
      },
    });
    expect(response.status).toBe(201);
    const body = response.body as CertificateBody & { content: unknown; isPrivate: boolean };
    expect(body.content).toEqual(certificateInputSchema.parse(content));
    expect(body.isPrivate).toBe(true);
    expect(body.text).toBe(
      composeCertificate(certificateInputSchema.parse(content), {
        variants: {},
        overrides: { 'closing.wishes': 'Alles Gute.' },
      }).text,
    );
  });

  it.each([
    [
      'unknown fields and wrong types',
      {
        employeeId: 'emp_x',
        kind: 'final',
        signers: [{ name: 'A', function: 'B' }],
        colour: 'red',
        isPrivate: 'yes',
      },
      ['isPrivate', 'colour'],
    ],
    [
      'invalid content, by its path',
      { content: { ...exampleContent(), kind: 'interim' } },
      ['content.employment.endDate', 'content.employment.interimReason', 'content.employment.exitReason'],
    ],
    [
      'content together with the fields that build it',
      { content: exampleContent(), kind: 'final', place: 'Bonn' },
      ['kind', 'place'],
    ],
    ['neither content nor kind and signers', {}, ['kind', 'signers']],
    ['a signer without a function', { kind: 'final', signers: [{ name: 'Peter Meier' }] }, ['signers.0']],
  ])(
    'answers 400 validation.failed for %s, naming the paths, and stores nothing',
    async (_case, body, paths) => {
      const { send, db } = await createApiTestServer();
      const { employeeId } = await createEmployeeWithCompany(send);
      const response = await send({
        method: 'POST',
        url: '/api/v1/certificates',
        payload: { employeeId, ...body },
      });
      expect(response.status).toBe(400);
      const { error } = response.body as { error: { code: string; issues: { path: string }[] } };
      expect(error.code).toBe('validation.failed');
      expect(error.issues.map((issue) => issue.path)).toEqual(paths);
      expect(await db.selectFrom('certificates').select('id').execute()).toEqual([]);
    },
  );

  it('names the content field that the employee record leaves empty', async () => {
    const { send, db } = await createApiTestServer();
    const { employeeId, signerId } = await createEmployeeWithCompany(send, {
      jobTitle: null,
      exitDate: null,
    });
    const response = await send({
      method: 'POST',
      url: '/api/v1/certificates',
      payload: { employeeId, kind: 'final', signers: [{ employeeId: signerId }] },
    });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'validation.failed' } } });
    expect(
      (response.body as { error: { issues: { path: string }[] } }).error.issues.map((issue) => issue.path),
    ).toEqual(['content.employment.jobTitle', 'content.employment.endDate']);
    expect(await db.selectFrom('certificates').select('id').execute()).toEqual([]);
  });

  it('answers 404 employee.not_found for an unknown employee or signer', async () => {
    const { send } = await createApiTestServer();
    const { employeeId } = await createEmployeeWithCompany(send);
    for (const payload of [
      { employeeId: 'emp_unknown', content: exampleContent() },
      {
        employeeId,
        kind: 'final',
        exitReason: 'employee_resignation',
        signers: [{ employeeId: 'emp_unknown' }],
      },
    ]) {
      expect(await send({ method: 'POST', url: '/api/v1/certificates', payload })).toMatchObject({
        status: 404,
        body: { error: { code: 'employee.not_found' } },
      });
    }
  });
});

describe('PATCH /api/v1/certificates/:id', () => {
  it('keeps the first of two changes based on the same revision and answers the second 409, explaining why', async () => {
    const { send } = await createApiTestServer();
    const { certificate } = await createCertificateFromEmployee(send);
    const url = `/api/v1/certificates/${certificate.id}`;
    const content = (await send({ url })).body as CertificateBody;
    const first = await send({
      method: 'PATCH',
      url,
      payload: { revision: 1, content: { ...content.content, place: 'Bonn' } },
    });
    expect(first).toMatchObject({ status: 200, body: { revision: 2, content: { place: 'Bonn' } } });
    const second = await send({
      method: 'PATCH',
      url,
      payload: { revision: 1, content: { ...content.content, place: 'Berlin' } },
    });
    expect(second).toMatchObject({
      status: 409,
      body: {
        error: {
          code: 'certificate.revision_conflict',
          message: expect.stringContaining(
            'changed by someone else after revision 1 (it is now at revision 2)',
          ),
        },
      },
    });
    expect(await send({ url })).toMatchObject({ body: { revision: 2, content: { place: 'Bonn' } } });
  });

  it('refuses invalid content naming its paths, requires the revision, and changes nothing', async () => {
    const { send } = await createApiTestServer();
    const { certificate } = await createCertificateFromEmployee(send);
    const url = `/api/v1/certificates/${certificate.id}`;
    const before = (await send({ url })).body;
    const response = await send({
      method: 'PATCH',
      url,
      payload: { content: { ...exampleContent(), ratings: { willingness: 7 } }, isPrivate: 1 },
    });
    expect(response.status).toBe(400);
    expect(
      (response.body as { error: { issues: { path: string }[] } }).error.issues.map((issue) => issue.path),
    ).toEqual(['revision', 'content.ratings.willingness', 'isPrivate']);
    expect((await send({ url })).body).toEqual(before);
  });

  it('changes options and privacy; the text follows the options', async () => {
    const { send } = await createApiTestServer();
    const { certificate } = await createCertificateFromEmployee(send);
    const url = `/api/v1/certificates/${certificate.id}`;
    const response = await send({
      method: 'PATCH',
      url,
      payload: { revision: 1, isPrivate: true, options: { overrides: { 'closing.wishes': 'Viel Erfolg!' } } },
    });
    expect(response).toMatchObject({
      status: 200,
      body: { isPrivate: true, options: { variants: {}, overrides: { 'closing.wishes': 'Viel Erfolg!' } } },
    });
  });
});

describe('DELETE /api/v1/certificates/:id', () => {
  it('deletes the certificate with its history, versions and signer links (D1); then the employee can go', async () => {
    const { send, db } = await createApiTestServer();
    const { certificate, employeeId, signerId } = await createCertificateFromEmployee(send);
    for (const id of [employeeId, signerId]) {
      expect(await send({ method: 'DELETE', url: `/api/v1/employees/${id}` })).toMatchObject({
        status: 409,
        body: { error: { code: 'employee.referenced', message: expect.stringContaining('certificate') } },
      });
    }
    expect(await send({ method: 'DELETE', url: `/api/v1/certificates/${certificate.id}` })).toMatchObject({
      status: 204,
    });
    expect(await send({ url: `/api/v1/certificates/${certificate.id}` })).toMatchObject({
      status: 404,
      body: { error: { code: 'certificate.not_found' } },
    });
    for (const table of [
      'certificate_status_changes',
      'certificate_versions',
      'certificate_signers',
    ] as const) {
      expect(await db.selectFrom(table).selectAll().execute()).toEqual([]);
    }
    for (const id of [employeeId, signerId]) {
      expect(await send({ method: 'DELETE', url: `/api/v1/employees/${id}` })).toMatchObject({ status: 204 });
    }
  });
});

describe('GET /api/v1/certificates', () => {
  it('lists newest first by keyset pages, filtered by status, kind, employee and name', async () => {
    let clock = new Date('2026-06-01T08:00:00.000Z');
    const { send } = await createApiTestServer({ now: () => clock });
    const { employeeId } = await createEmployeeWithCompany(send);
    const names = ['Anna Schmidt', 'Jörg Müller', 'Mia Müller-Lüdenscheidt'];
    const ids: string[] = [];
    for (const [index, name] of names.entries()) {
      clock = new Date(Date.UTC(2026, 5, 2 + index, 8));
      const [firstName, lastName] = name.split(' ');
      const content = {
        ...exampleContent(),
        employee: { ...exampleContent().employee, firstName, lastName },
      };
      if (index === 2)
        Object.assign(content, {
          kind: 'interim',
          employment: { ...content.employment, endDate: null, exitReason: null, interimReason: 'transfer' },
        });
      const response = await send({
        method: 'POST',
        url: '/api/v1/certificates',
        payload: { employeeId, content },
      });
      ids.push((response.body as { id: string }).id);
    }
    await send({
      method: 'POST',
      url: `/api/v1/certificates/${ids[0]}/transitions`,
      payload: { to: 'in_review' },
    });
    const namesOf = (body: unknown) =>
      (body as { items: { employeeName: string }[] }).items.map((item) => item.employeeName);

    const first = await send({ url: '/api/v1/certificates?limit=2' });
    expect(namesOf(first.body)).toEqual(['Mia Müller-Lüdenscheidt', 'Jörg Müller']);
    const { nextCursor } = first.body as { nextCursor: string };
    const second = await send({ url: `/api/v1/certificates?limit=2&cursor=${nextCursor}` });
    expect(second.body).toMatchObject({ nextCursor: null });
    expect(namesOf(second.body)).toEqual(['Anna Schmidt']);

    expect(namesOf((await send({ url: '/api/v1/certificates?search=M%C3%9CLLER' })).body)).toEqual([
      'Mia Müller-Lüdenscheidt',
      'Jörg Müller',
    ]);
    expect(namesOf((await send({ url: '/api/v1/certificates?search=l%C3%BCd%20mia' })).body)).toEqual([
      'Mia Müller-Lüdenscheidt',
    ]);
    expect(namesOf((await send({ url: '/api/v1/certificates?status=in_review' })).body)).toEqual([
      'Anna Schmidt',
    ]);
    expect(namesOf((await send({ url: '/api/v1/certificates?kind=interim' })).body)).toEqual([
      'Mia Müller-Lüdenscheidt',
    ]);
    expect(namesOf((await send({ url: `/api/v1/certificates?employeeId=${employeeId}` })).body)).toHaveLength(
      3,
    );
    expect(await send({ url: '/api/v1/certificates?status=done&cursor=garbage' })).toMatchObject({
      status: 400,
      body: { error: { code: 'validation.failed', issues: [{ path: 'query.status' }] } },
    });
  });
});

describe('private certificates (U8) and the certificate scope (U7)', () => {
  it('private ones are seen, listed, changed and deleted only by their creator and the scope „Administrator“', async () => {
    const { send, signIn } = await createApiTestServer();
    const { employeeId, companyId } = await createEmployeeWithCompany(send);
    const inCompany = { all: false as const, ...emptyRestriction(), companyIds: [companyId] };
    const alice = await signIn({ role: { employees: 'read' }, scope: inCompany });
    const bob = await signIn({ role: { employees: 'read' }, scope: inCompany });
    const created = await send(
      {
        method: 'POST',
        url: '/api/v1/certificates',
        payload: { employeeId, content: exampleContent(), isPrivate: true },
      },
      { as: alice.session },
    );
    expect(created).toMatchObject({ status: 201, body: { createdBy: alice.user.id, isPrivate: true } });
    const { id } = created.body as { id: string };
    await send(
      { method: 'POST', url: '/api/v1/certificates', payload: { employeeId, content: exampleContent() } },
      { as: bob.session },
    );

    expect((await send({ url: '/api/v1/certificates' }, { as: alice.session })).body).toMatchObject({
      items: [{}, {}],
    });
    expect((await send({ url: '/api/v1/certificates' }, { as: bob.session })).body).toMatchObject({
      items: [{ createdBy: bob.user.id, isPrivate: false }],
    });
    for (const request of [
      { url: `/api/v1/certificates/${id}` },
      { method: 'PATCH', url: `/api/v1/certificates/${id}`, payload: { revision: 1, isPrivate: false } },
      { method: 'POST', url: `/api/v1/certificates/${id}/transitions`, payload: { to: 'in_review' } },
      { method: 'POST', url: `/api/v1/certificates/${id}/versions` },
      { url: `/api/v1/certificates/${id}/document?format=text` },
      { method: 'DELETE', url: `/api/v1/certificates/${id}` },
    ] as const) {
      expect(await send(request, { as: bob.session }), `${request.url}`).toMatchObject({
        status: 404,
        body: { error: { code: 'certificate.not_found' } },
      });
    }
    expect(await send({ url: `/api/v1/certificates/${id}` }, { as: alice.session })).toMatchObject({
      status: 200,
      body: { isPrivate: true, revision: 1, status: 'draft' },
    });
    // The administrator's scope is „Administrator“: every certificate, private ones included.
    expect((await send({ url: '/api/v1/certificates' })).body).toMatchObject({ items: [{}, {}] });
    expect(await send({ url: `/api/v1/certificates/${id}` })).toMatchObject({ status: 200 });
  });

  it('counts by status only what the user may see (scope and privacy inside the count)', async () => {
    const { send, signIn } = await createApiTestServer();
    const { employeeId, companyId } = await createEmployeeWithCompany(send);
    const inCompany = { all: false as const, ...emptyRestriction(), companyIds: [companyId] };
    const insider = await signIn({ role: { employees: 'read' }, scope: inCompany });
    const outsider = await signIn({
      role: { employees: 'read' },
      scope: { ...inCompany, companyIds: ['cmp_x'] },
    });
    const create = (isPrivate: boolean, as = insider.session) =>
      send(
        {
          method: 'POST',
          url: '/api/v1/certificates',
          payload: { employeeId, content: exampleContent(), isPrivate },
        },
        { as },
      );
    await create(false);
    await create(false);
    await create(true);
    const counts = async (as: typeof insider.session | undefined) =>
      (await send({ url: '/api/v1/certificates/counts' }, as ? { as } : {})).body as {
        byStatus: Record<string, number>;
        total: number;
      };
    expect(await counts(insider.session)).toEqual({
      byStatus: { draft: 3, in_review: 0, reviewed: 0, approved: 0, issued: 0, archived: 0 },
      total: 3,
    });
    // The administrator (scope „Administrator“) counts the private one too; the outsider nothing.
    expect((await counts(undefined)).total).toBe(3);
    expect((await counts(outsider.session)).total).toBe(0);
    const colleague = await signIn({ role: { employees: 'read' }, scope: inCompany });
    expect((await counts(colleague.session)).byStatus.draft).toBe(2);
  });

  it('a user sees, creates and downloads certificates only of employees in their scope', async () => {
    const { send, signIn } = await createApiTestServer();
    const { employeeId, companyId } = await createEmployeeWithCompany(send);
    const certificate = (
      await send({
        method: 'POST',
        url: '/api/v1/certificates',
        payload: { employeeId, content: exampleContent() },
      })
    ).body as { id: string };
    const inCompany = { all: false as const, ...emptyRestriction(), companyIds: [companyId] };
    const elsewhere = { all: false as const, ...emptyRestriction(), companyIds: ['cmp_elsewhere'] };
    const insider = await signIn({ role: { employees: 'read' }, scope: inCompany });
    const outsider = await signIn({ role: { employees: 'read' }, scope: elsewhere });

    expect((await send({ url: '/api/v1/certificates' }, { as: insider.session })).body).toMatchObject({
      items: [{ id: certificate.id }],
    });
    expect((await send({ url: '/api/v1/certificates' }, { as: outsider.session })).body).toEqual({
      items: [],
      nextCursor: null,
    });
    for (const url of [
      `/api/v1/certificates/${certificate.id}`,
      `/api/v1/certificates/${certificate.id}/document?format=text`,
    ]) {
      expect(await send({ url }, { as: outsider.session }), url).toMatchObject({ status: 404 });
      expect(await send({ url }, { as: insider.session }), url).toMatchObject({ status: 200 });
    }
    expect(
      await send(
        { method: 'POST', url: '/api/v1/certificates', payload: { employeeId, content: exampleContent() } },
        { as: outsider.session },
      ),
    ).toMatchObject({ status: 404, body: { error: { code: 'employee.not_found' } } });
  });
});

describe('the OpenAPI document', () => {
  it('describes every certificate route with its schemas', async () => {
    const { send } = await createApiTestServer();
    const { paths, components } = (await send({ url: '/api/openapi.json' })).body as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(paths['/api/v1/certificates'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/v1/certificates/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    for (const path of ['transitions', 'versions']) {
      expect(Object.keys(paths[`/api/v1/certificates/{id}/${path}`] ?? {})).toEqual(['post']);
    }
    expect(Object.keys(paths['/api/v1/certificates/{id}/document'] ?? {})).toEqual(['get']);
    expect(Object.keys(components.schemas)).toEqual(
      expect.arrayContaining(['Certificate', 'CertificateSummary', 'CertificatePage', 'CertificateVersion']),
    );
  });
});
