import { describe, expect, it } from 'vitest';
import { createApiTestServer, insertOrganization } from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { readOutboxRows } from '../delivery/delivery.test-utils.js';
import { createEmailTemplatesRepository } from './email-templates.repository.js';
import { renderMail } from './email-templates.usecases.js';

const url = '/api/v1/email-templates/invitation/de';
const custom = {
  subject: 'Willkommen bei {{ organization.name }}',
  text: 'Hallo {{ user.name }},\nhier geht es los: {{ link }}\nGültig bis {{ expiresAt }}.',
  html: '<p>Hallo {{ user.name }}, <a href="{{ link }}">los</a></p>',
};

async function securityEvents(db: Db) {
  return db.selectFrom('security_events').select(['action', 'details_json']).orderBy('created_at').execute();
}

describeEachDatabase('the e-mail templates API', ({ openDatabase }) => {
  async function setUp() {
    const { db } = await openDatabase();
    return createApiTestServer({ db });
  }

  it('lists every template in German and English with its placeholders, none customised at first', async () => {
    const { send } = await setUp();
    const { status, body } = await send({ method: 'GET', url: '/api/v1/email-templates' });
    expect(status).toBe(200);
    const items = (body as { items: { key: string; language: string; customised: boolean }[] }).items;
    expect(items).toHaveLength(14);
    expect(items.every((item) => !item.customised)).toBe(true);
    expect(items[0]).toMatchObject({
      key: 'invitation',
      language: 'de',
      placeholders: expect.arrayContaining([
        expect.objectContaining({ name: 'link', sample: expect.stringContaining('https://') }),
      ]),
    });
  });

  it('saves a customised template, previews, resets to the default, and logs save and reset', async () => {
    const { send, db } = await setUp();
    const before = (await send({ method: 'GET', url })).body as { subject: string; customised: boolean };
    expect(before).toMatchObject({
      customised: false,
      subject: 'Einladung zu Zeugnisdesk – {{ organization.name }}',
    });

    const preview = await send({ method: 'POST', url: `${url}/preview`, payload: custom });
    expect(preview).toMatchObject({ status: 200, body: { subject: 'Willkommen bei Musterfirma GmbH' } });

    const saved = await send({ method: 'PUT', url, payload: custom });
    expect(saved).toMatchObject({ status: 200, body: { ...custom, customised: true } });
    expect((await send({ method: 'GET', url })).body).toMatchObject({ ...custom, customised: true });
    // The English version stays the default.
    expect((await send({ method: 'GET', url: '/api/v1/email-templates/invitation/en' })).body).toMatchObject({
      customised: false,
    });

    const reset = await send({ method: 'DELETE', url });
    expect(reset).toMatchObject({ status: 200, body: { customised: false, subject: before.subject } });
    const events = await securityEvents(db);
    expect(events.map((event) => JSON.parse(event.details_json ?? '{}') as Record<string, string>)).toEqual([
      { setting: 'email_template', template: 'invitation', language: 'de', change: 'saved' },
      { setting: 'email_template', template: 'invitation', language: 'de', change: 'reset' },
    ]);
  });

  it('refuses a broken template with 400 email_template.invalid naming the part and line, and keeps the old one', async () => {
    const { send } = await setUp();
    const cases = [
      [{ text: "a\n{% include '/etc/passwd' %}" }, 'text', /„include“ ist nicht erlaubt \(Zeile 2\)/],
      [{ html: "{% render 'x' %}" }, 'html', /„render“ ist nicht erlaubt \(Zeile 1\)/],
      [{ text: '{{ constructor }}' }, 'text', /„constructor“.*nicht erlaubt/],
      [{ html: '{{ link | raw }}' }, 'html', /Filter „raw“/],
      [{ text: '{{ code }}' }, 'text', /„code“.*nicht erlaubt/],
      [{ subject: 'a\r\nBcc: x@evil.test' }, 'subject', /einer Zeile/],
      [{ text: '{% for i in (1..100000000) %}x{% endfor %}' }, 'text', /zu aufwendig/],
    ] as const;
    for (const [change, path, message] of cases) {
      for (const method of ['PUT', 'POST'] as const) {
        const response = await send({
          method,
          url: method === 'PUT' ? url : `${url}/preview`,
          payload: { ...custom, ...change },
        });
        expect(response.status).toBe(400);
        const { error } = response.body as {
          error: { code: string; issues: { path: string; message: string }[] };
        };
        expect(error.code).toBe('email_template.invalid');
        expect(error.issues).toEqual([{ path, message: expect.stringMatching(message) }]);
      }
    }
    expect((await send({ method: 'GET', url })).body).toMatchObject({ customised: false });
  });

  it('needs the area „E-Mail-Vorlagen“: read to look, write to change; unknown keys are 400', async () => {
    const { send, signIn } = await setUp();
    const reader = await signIn({ role: { emailTemplates: 'read' } });
    const outsider = await signIn({ role: { employees: 'write' } });
    expect((await send({ method: 'GET', url }, { as: reader.session })).status).toBe(200);
    expect((await send({ method: 'PUT', url, payload: custom }, { as: reader.session })).status).toBe(403);
    expect((await send({ method: 'DELETE', url }, { as: reader.session })).status).toBe(403);
    expect(
      (
        await send(
          { method: 'PATCH', url: '/api/v1/organization/email', payload: { senderName: 'X' } },
          { as: reader.session },
        )
      ).status,
    ).toBe(403);
    expect((await send({ method: 'GET', url }, { as: outsider.session })).status).toBe(403);
    expect((await send({ method: 'GET', url }, { as: null })).status).toBe(401);
    expect((await send({ method: 'GET', url: '/api/v1/email-templates/constructor/de' })).status).toBe(400);
    expect((await send({ method: 'GET', url: '/api/v1/email-templates/invitation/fr' })).status).toBe(400);
  });

  it('keeps each tenant’s templates to itself', async () => {
    const { send, db } = await setUp();
    await send({ method: 'PUT', url, payload: custom });
    const other = await insertOrganization(db);
    const repository = createEmailTemplatesRepository({ db });
    const rendered = await renderMail(
      { emailTemplates: repository },
      {
        organizationId: other,
        key: 'invitation',
        language: 'de',
        values: {
          'user.name': 'A B',
          'organization.name': 'Andere AG',
          link: 'https://x.test/#t',
          expiresAt: 'morgen',
        },
      },
    );
    expect(rendered.subject).toBe('Einladung zu Zeugnisdesk – Andere AG');
  });

  it('sets the sender name: trimmed, one line, no <>", at most 80 characters; null is the default', async () => {
    const { send, db } = await setUp();
    expect((await send({ method: 'GET', url: '/api/v1/organization/email' })).body).toEqual({
      senderName: null,
      defaultSenderName: 'Zeugnisdesk',
    });
    const patch = (senderName: string | null) =>
      send({ method: 'PATCH', url: '/api/v1/organization/email', payload: { senderName } });
    expect(await patch('  Personal   Musterfirma ')).toMatchObject({
      status: 200,
      body: { senderName: 'Personal Musterfirma' },
    });
    for (const bad of ['A\r\nBcc: x@evil.test', 'Evil <x@evil.test>', 'Say "hi"', 'x'.repeat(81)]) {
      const response = await patch(bad);
      expect(response.status, bad).toBe(400);
      expect(response.body).toMatchObject({
        error: { code: 'validation.failed', issues: [{ path: 'senderName' }] },
      });
    }
    expect(await patch('')).toMatchObject({ status: 200, body: { senderName: null } });
    const row = await db.selectFrom('organizations').select('mail_sender_name').executeTakeFirst();
    expect(row?.mail_sender_name).toBeNull();
  });
});

describeEachDatabase('the sign-in e-mails rendered from the templates', ({ openDatabase }) => {
  async function setUp() {
    const { db } = await openDatabase();
    return createApiTestServer({ db });
  }

  it('sends the invitation with the tenant’s text, an HTML part, and the link', async () => {
    const { send, db } = await setUp();
    await send({
      method: 'PUT',
      url,
      payload: { ...custom, html: custom.html.replace('Hallo', 'Hallo <b>HTML</b>') },
    });
    const role = await send({
      method: 'POST',
      url: '/api/v1/roles',
      payload: { name: 'Personal', permissions: { employees: 'write' } },
    });
    const invited = await send({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        email: 'neu@musterfirma.example',
        firstName: 'Max',
        lastName: '<Mustermann>',
        roleId: (role.body as { id: string }).id,
        scope: { all: true },
      },
    });
    expect(invited.status).toBe(201);
    const [mail] = await readOutboxRows(db);
    expect(mail?.subject).toBe('Willkommen bei Musterfirma GmbH');
    expect(mail?.text_body).toMatch(
      /^Hallo Max <Mustermann>,\nhier geht es los: http:\/\/[^ ]+\/einladung#token=[A-Za-z0-9_-]+\n/,
    );
    expect(mail?.html_body).toMatch(
      /Hallo <b>HTML<\/b> Max &lt;Mustermann&gt;, <a href="http:\/\/[^"]+\/einladung#token=/,
    );
  });

  it('sends the password reset and the lockout notice from their default templates, with link and HTML', async () => {
    const { send, db, signIn } = await setUp();
    await signIn({
      email: 'erika@musterfirma.example',
      firstName: 'Erika',
      lastName: 'Muster',
      password: 'ein sehr langes Passwort 1',
    });
    expect(
      (
        await send(
          {
            method: 'POST',
            url: '/api/v1/auth/password-reset/request',
            payload: { email: 'erika@musterfirma.example' },
          },
          { as: null },
        )
      ).status,
    ).toBe(202);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await send(
        {
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'erika@musterfirma.example', password: 'falsch' },
        },
        { as: null },
      );
    }
    const rows = await readOutboxRows(db);
    const reset = rows.find((row) => row.subject === 'Zeugnisdesk: Passwort zurücksetzen');
    expect(reset?.text_body).toMatch(/^Guten Tag Erika Muster,\n/);
    expect(reset?.text_body).toMatch(/\/passwort-zuruecksetzen#token=\S+\n\nDer Link ist 30 Minuten gültig/);
    expect(reset?.html_body).toMatch(/<a href="[^"]+\/passwort-zuruecksetzen#token=/);
    const locked = rows.find((row) => row.subject === 'Zeugnisdesk: Ihr Konto wurde gesperrt');
    expect(locked?.text_body).toMatch(/Konto am \d+\. \S+ \d{4} um \d\d:\d\d Uhr gesperrt/);
    expect(locked?.html_body).toContain('Guten Tag Erika Muster,');
  });
});

describe('renderMail', () => {
  it('falls back to the default when a stored template fails at render time', async () => {
    const repository = {
      getTemplate: async () => ({
        organization_id: 'org_x',
        template_key: 'lockout_notice',
        language: 'de' as const,
        subject: 'Gesperrt',
        text: '',
        text_body: '{% for i in (1..100000000) %}x{% endfor %}',
        html_body: '',
        updated_at: '',
        updated_by: null,
      }),
    } as unknown as ReturnType<typeof createEmailTemplatesRepository>;
    const rendered = await renderMail(
      { emailTemplates: repository },
      {
        organizationId: 'org_x',
        key: 'lockout_notice',
        language: 'de',
        values: { 'user.name': 'A', time: 'jetzt' },
      },
    );
    expect(rendered.subject).toBe('Zeugnisdesk: Ihr Konto wurde gesperrt');
  });
});
