import { describe, expect, it } from 'vitest';
import { createApiTestServer, testNow } from '../../app/api/api.test-utils.js';
import { createCertificateFromEmployee, type CertificateBody } from './certificates.test-utils.js';

const at = testNow.toISOString();

describe('the certificate workflow', () => {
  it('walks draft → in_review → reviewed → approved → issued → archived, recording each step', async () => {
    const { send, administrator } = await createApiTestServer();
    const { certificate } = await createCertificateFromEmployee(send);
    const steps = [
      ['in_review', 'zur Prüfung'],
      ['reviewed', null],
      ['approved', 'freigegeben'],
      ['issued', null],
      ['archived', null],
    ] as const;
    let last: CertificateBody | undefined;
    for (const [to, comment] of steps) {
      const response = await send({
        method: 'POST',
        url: `/api/v1/certificates/${certificate.id}/transitions`,
        payload: comment ? { to, comment } : { to },
      });
      expect(response.status).toBe(200);
      last = response.body as CertificateBody;
      expect(last.status).toBe(to);
    }
    expect(last?.revision).toBe(6);
    expect(last?.history).toEqual([
      { from: null, to: 'draft', changedBy: administrator.id, changedAt: at, comment: null },
      { from: 'draft', to: 'in_review', changedBy: administrator.id, changedAt: at, comment: 'zur Prüfung' },
      { from: 'in_review', to: 'reviewed', changedBy: administrator.id, changedAt: at, comment: null },
      {
        from: 'reviewed',
        to: 'approved',
        changedBy: administrator.id,
        changedAt: at,
        comment: 'freigegeben',
      },
      { from: 'approved', to: 'issued', changedBy: administrator.id, changedAt: at, comment: null },
      { from: 'issued', to: 'archived', changedBy: administrator.id, changedAt: at, comment: null },
    ]);
    // An archived certificate no longer changes.
    expect(
      await send({
        method: 'PATCH',
        url: `/api/v1/certificates/${certificate.id}`,
        payload: { revision: 6, isPrivate: true },
      }),
    ).toMatchObject({ status: 409, body: { error: { code: 'certificate.archived' } } });
  });

  it('sends a certificate back to draft from review', async () => {
    const { send } = await createApiTestServer();
    const { certificate } = await createCertificateFromEmployee(send);
    const url = `/api/v1/certificates/${certificate.id}/transitions`;
    await send({ method: 'POST', url, payload: { to: 'in_review' } });
    expect(
      await send({ method: 'POST', url, payload: { to: 'draft', comment: 'Note fehlt' } }),
    ).toMatchObject({
      status: 200,
      body: { status: 'draft' },
    });
  });

  it('answers 400 for an unknown status or an unknown field in a transition', async () => {
    const { send } = await createApiTestServer();
    const { certificate } = await createCertificateFromEmployee(send);
    const response = await send({
      method: 'POST',
      url: `/api/v1/certificates/${certificate.id}/transitions`,
      payload: { to: 'done', by: 'me' },
    });
    expect(response.status).toBe(400);
    expect(
      (response.body as { error: { issues: { path: string }[] } }).error.issues.map((issue) => issue.path),
    ).toEqual(['to', 'by']);
  });

  it('answers 409 certificate.transition_not_allowed for a skipped step, saying what is allowed, and changes nothing', async () => {
    const { send, db } = await createApiTestServer();
    const { certificate } = await createCertificateFromEmployee(send);
    const response = await send({
      method: 'POST',
      url: `/api/v1/certificates/${certificate.id}/transitions`,
      payload: { to: 'issued' },
    });
    expect(response).toMatchObject({
      status: 409,
      body: {
        error: {
          code: 'certificate.transition_not_allowed',
          message: 'A certificate in status draft cannot move to issued; it can move to in_review.',
        },
      },
    });
    expect(await db.selectFrom('certificate_status_changes').select('to_status').execute()).toEqual([
      { to_status: 'draft' },
    ]);
    expect(await send({ url: `/api/v1/certificates/${certificate.id}` })).toMatchObject({
      body: { status: 'draft', revision: 1 },
    });
  });
});

describe('issued versions', () => {
  async function approve(send: Awaited<ReturnType<typeof createApiTestServer>>['send'], id: string) {
    for (const to of ['in_review', 'reviewed', 'approved']) {
      await send({ method: 'POST', url: `/api/v1/certificates/${id}/transitions`, payload: { to } });
    }
  }

  it('issues an immutable version: later changes leave it as issued, and a dropped closing is flagged', async () => {
    const { send, db } = await createApiTestServer();
    const { certificate } = await createCertificateFromEmployee(send);
    const url = `/api/v1/certificates/${certificate.id}`;
    expect(await send({ method: 'POST', url: `${url}/versions` })).toMatchObject({
      status: 409,
      body: { error: { code: 'certificate.not_issuable' } },
    });
    await approve(send, certificate.id);
    const first = await send({ method: 'POST', url: `${url}/versions` });
    expect(first).toMatchObject({
      status: 201,
      body: { id: expect.stringMatching(/^crv_/), number: 1, issuedAt: at },
    });
    const firstVersion = first.body as { text: string; content: CertificateBody['content'] };
    const read = (await send({ url })).body as CertificateBody;
    expect(read).toMatchObject({ status: 'issued', versions: [{ number: 1 }] });
    expect(firstVersion.text).toBe(read.text);
    expect(read.history.at(-1)).toMatchObject({ from: 'approved', to: 'issued', comment: 'version 1' });
    const stored = await db.selectFrom('certificate_versions').selectAll().execute();

    // A correction that drops thanks and wishes.
    const corrected = await send({
      method: 'PATCH',
      url,
      payload: {
        revision: read.revision,
        content: { ...read.content, closing: { regret: false, thanks: false, wishes: false } },
      },
    });
    expect(corrected.status).toBe(200);
    expect((corrected.body as CertificateBody).issues.map((issue) => issue.code)).toContain(
      'closing.removed_after_correction',
    );
    expect(await db.selectFrom('certificate_versions').selectAll().execute()).toEqual(stored);

    const second = await send({ method: 'POST', url: `${url}/versions` });
    expect(second).toMatchObject({ status: 201, body: { number: 2 } });
    const secondVersion = second.body as { text: string; issues: { code: string }[] };
    expect(secondVersion.issues.map((issue) => issue.code)).toContain('closing.removed_after_correction');
    expect(secondVersion.text).not.toBe(firstVersion.text);
    expect(await db.selectFrom('certificate_versions').selectAll().where('number', '=', 1).execute()).toEqual(
      stored,
    );
  });
});

describe('the e-mail „Zeugnis ausgestellt“', () => {
  /** Review, approval and the first version, by the administrator. */
  const issue = async (
    send: Awaited<ReturnType<typeof createApiTestServer>>['send'],
    certificateId: string,
  ) => {
    for (const to of ['in_review', 'reviewed', 'approved']) {
      await send({
        method: 'POST',
        url: `/api/v1/certificates/${certificateId}/transitions`,
        payload: { to },
      });
    }
    return send({ method: 'POST', url: `/api/v1/certificates/${certificateId}/versions` });
  };

  it('tells the author when someone else issues the certificate, with a link to it', async () => {
    const { send, db, signIn } = await createApiTestServer();
    const author = await signIn({
      email: 'autorin@musterfirma.example',
      role: { employees: 'write', companies: 'write' },
    });
    const { certificate } = await createCertificateFromEmployee((options) =>
      send(options, { as: author.session }),
    );
    expect((await issue(send, certificate.id)).status).toBe(201);
    const mails = await db.selectFrom('outbox_messages').selectAll().where('channel', '=', 'email').execute();
    const toAuthor = mails.filter((mail) => mail.recipient === 'autorin@musterfirma.example');
    expect(toAuthor).toHaveLength(1);
    expect(toAuthor[0]?.subject).toContain('ausgestellt');
    expect(toAuthor[0]?.text_body).toContain(`/zeugnisse/${certificate.id}`);
    expect(toAuthor[0]?.text_body).toContain('Fassung 1');
  });

  it('tells nobody when the author issues it themselves', async () => {
    const { send, db } = await createApiTestServer();
    const { certificate } = await createCertificateFromEmployee(send);
    expect((await issue(send, certificate.id)).status).toBe(201);
    expect(await db.selectFrom('outbox_messages').select('id').execute()).toEqual([]);
  });
});
