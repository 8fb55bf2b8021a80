// Handovers over HTTP on SQLite and PostgreSQL: HR's create, list and revoke; the link's secrecy (hash at
// rest, constant-time compare, one answer for every bad link); the one-time code (5-minute boundary,
// attempts, lock under concurrency, send limit); rate limits per address and per handover; tenant
// isolation; the timeline; finishing; downloading; and the hourly expiry record.
import { handoverPresets, handoverSections, type HandoverGrants } from '@zeugnisdesk/shared';
import { describe, expect, it, vi } from 'vitest';
import {
  createApiTestServer,
  insertOrganization,
  testNow,
  type ApiTestServer,
} from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import { signInTestUser } from '../auth/auth.test-utils.js';
import { secretsEqual } from '../auth/auth.services.js';
import { handoverRateLimits } from './handovers.config.js';
import {
  codeSentTo,
  createExampleCertificate,
  createHandover,
  eventTypes,
  handoverBody,
  outboxTo,
  recipient,
} from './handovers.test-utils.js';
import {
  createHandoverTransactionRunner,
  openHandoverSession,
  recordExpiredHandovers,
} from './handovers.usecases.js';

const recipientEmail = 'max.vorgesetzter@example.de';
const minute = 60_000;

describeEachDatabase('handovers', ({ openDatabase }) => {
  async function setup(now: () => Date = () => testNow) {
    const server = await createApiTestServer({ db: (await openDatabase()).db, now });
    const certificate = await createExampleCertificate(server);
    return { server, certificate };
  }

  async function setPolicy(server: ApiTestServer, required: boolean, channels: string) {
    await server.db
      .updateTable('organizations')
      .set({ handover_code_required: required ? 1 : 0, handover_code_channels: channels })
      .where('id', '=', server.organizationId)
      .execute();
  }

  describe('HR: create, list, revoke', () => {
    it('creates a handover, e-mails the link once and stores only the secret’s hash', async () => {
      const { server, certificate } = await setup();
      const created = await createHandover(server, certificate.id);
      expect(created.link).toMatch(
        /^http:\/\/127\.0\.0\.1:3000\/uebergabe#[A-Za-z0-9]{32}\.[A-Za-z0-9]{32}$/,
      );
      expect(created.id).not.toBe(created.secret);
      expect(created.handover).toMatchObject({
        status: 'active',
        recipient: { name: 'Max Vorgesetzter', email: recipientEmail, phone: null },
        message: 'Bitte bewerten Sie Anna.',
        dueDate: '2026-07-15',
        grants: handoverPresets.supervisorRates,
        download: true,
        secondFactor: 'none',
        createdBy: { id: server.administrator.id, name: expect.any(String) },
        expiresAt: new Date(testNow.getTime() + 14 * 24 * 60 * minute).toISOString(),
        openedAt: null,
        events: [{ type: 'created', at: testNow.toISOString() }],
      });
      // The link went to the recipient in the outbox.
      const [mail] = await outboxTo(server.db, recipientEmail);
      expect(mail?.text_body).toContain(created.link);
      // At rest: the public id and the secret's SHA-256 — never the secret, anywhere in the row.
      const row = await server.db.selectFrom('handovers').selectAll().executeTakeFirstOrThrow();
      expect(row.public_id).toBe(created.id);
      expect(JSON.stringify(row)).not.toContain(created.secret);
      expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
      const events = await server.db.selectFrom('handover_events').selectAll().execute();
      expect(JSON.stringify(events)).not.toContain(created.secret);
      // The list never shows the link again.
      const list = await server.send({ url: `/api/v1/certificates/${certificate.id}/handovers` });
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toContain(created.secret);
    });

    it('validates: a grant, a phone for SMS, the days, and the tenant’s code policy', async () => {
      const { server, certificate } = await setup();
      const post = (overrides: Record<string, unknown>) =>
        server.send({
          method: 'POST',
          url: `/api/v1/certificates/${certificate.id}/handovers`,
          payload: handoverBody(overrides),
        });
      const nothing = Object.fromEntries(handoverSections.map((section) => [section, 'none']));
      expect(await post({ grants: nothing })).toMatchObject({
        status: 400,
        body: { error: { code: 'validation.failed', issues: [{ path: 'grants' }] } },
      });
      expect(await post({ secondFactor: 'sms' })).toMatchObject({
        status: 400,
        body: { error: { issues: [{ path: 'recipient.phone' }] } },
      });
      expect((await post({ expiresInDays: 61 })).status).toBe(400);
      expect((await post({ grants: { ...handoverPresets.supervisorRates, result: 'admin' } })).status).toBe(
        400,
      );

      await setPolicy(server, true, 'email');
      expect(await post({ secondFactor: 'none' })).toMatchObject({
        status: 400,
        body: { error: { code: 'handover.code_required' } },
      });
      expect(
        await post({
          secondFactor: 'sms',
          recipient: { name: 'Max', email: recipientEmail, phone: '+491701234567' },
        }),
      ).toMatchObject({ status: 400, body: { error: { code: 'handover.channel_not_allowed' } } });
      expect((await post({ secondFactor: 'email', expiresInDays: 60 })).status).toBe(201);
      expect(await server.db.selectFrom('handovers').select('id').execute()).toHaveLength(1);
    });

    it('keeps one active link per recipient and certificate (any letter case)', async () => {
      const { server, certificate } = await setup();
      const first = await createHandover(server, certificate.id);
      const other = await createHandover(server, certificate.id, {
        recipient: { name: 'Eva', email: 'eva@example.de' },
      });
      const second = await createHandover(server, certificate.id, {
        recipient: { name: 'Max', email: 'MAX.Vorgesetzter@Example.de' },
      });
      const list = (await server.send({ url: `/api/v1/certificates/${certificate.id}/handovers` })).body as {
        items: { id: string; status: string; events: { type: string; details: object }[] }[];
      };
      const byId = new Map(list.items.map((item) => [item.id, item]));
      expect(byId.get(first.handover.id)).toMatchObject({
        status: 'revoked',
        events: [{ type: 'created' }, { type: 'revoked', details: { reason: 'replaced' } }],
      });
      expect(byId.get(second.handover.id)?.status).toBe('active');
      expect(byId.get(other.handover.id)?.status).toBe('active');
      // The old link no longer opens.
      expect((await recipient(server).open(first.id, first.secret)).status).toBe(404);
      expect((await recipient(server).open(second.id, second.secret)).status).toBe(200);
    });

    it('revokes an active handover (409 afterwards) and ends the recipient’s session', async () => {
      const { server, certificate } = await setup();
      const created = await createHandover(server, certificate.id);
      const max = recipient(server);
      expect((await max.open(created.id, created.secret)).status).toBe(200);
      expect((await max.view()).status).toBe(200);
      const revoked = await server.send({
        method: 'POST',
        url: `/api/v1/handovers/${created.handover.id}/revoke`,
      });
      expect(revoked).toMatchObject({
        status: 200,
        body: { status: 'revoked', revokedAt: testNow.toISOString() },
      });
      expect(await max.view()).toMatchObject({
        status: 401,
        body: { error: { code: 'handover.session_required' } },
      });
      expect(
        await server.send({ method: 'POST', url: `/api/v1/handovers/${created.handover.id}/revoke` }),
      ).toMatchObject({ status: 409, body: { error: { code: 'handover.not_active' } } });
    });

    it('refuses a read-only organisation’s changes and an archived certificate', async () => {
      const { server, certificate } = await setup();
      await server.db
        .updateTable('organizations')
        .set({ contract_status: 'read_only' })
        .where('id', '=', server.organizationId)
        .execute();
      const response = await server.send({
        method: 'POST',
        url: `/api/v1/certificates/${certificate.id}/handovers`,
        payload: handoverBody(),
      });
      expect(response).toMatchObject({ status: 403, body: { error: { code: 'organization.read_only' } } });
      await server.db
        .updateTable('organizations')
        .set({ contract_status: 'active' })
        .where('id', '=', server.organizationId)
        .execute();
      await server.db.updateTable('certificates').set({ status: 'archived' }).execute();
      expect(
        (
          await server.send({
            method: 'POST',
            url: `/api/v1/certificates/${certificate.id}/handovers`,
            payload: handoverBody(),
          })
        ).body,
      ).toMatchObject({ error: { code: 'certificate.archived' } });
    });

    // Threat: a user of another organisation (or out of scope) lists or revokes the handovers.
    it('isolates tenants and scopes: 404 for another organisation and for invisible certificates', async () => {
      const { server, certificate } = await setup();
      const created = await createHandover(server, certificate.id);
      const foreignOrganization = await insertOrganization(server.db);
      const foreigner = await signInTestUser(server.db, foreignOrganization, { email: 'x@andere.example' });
      const restricted = await server.signIn({
        scope: {
          all: false,
          companyIds: ['cmp_none'],
          locationIds: [],
          departmentIds: [],
          orgUnitIds: [],
          employeeTypeIds: [],
        },
      });
      for (const session of [foreigner.session, restricted.session]) {
        const list = await server.send(
          { url: `/api/v1/certificates/${certificate.id}/handovers` },
          { as: session },
        );
        expect(list).toMatchObject({ status: 404, body: { error: { code: 'certificate.not_found' } } });
        const revoke = await server.send(
          { method: 'POST', url: `/api/v1/handovers/${created.handover.id}/revoke` },
          { as: session },
        );
        expect(revoke).toMatchObject({ status: 404, body: { error: { code: 'handover.not_found' } } });
        const create = await server.send(
          {
            method: 'POST',
            url: `/api/v1/certificates/${certificate.id}/handovers`,
            payload: handoverBody(),
          },
          { as: session },
        );
        expect(create.status).toBe(404);
        expect(JSON.stringify([list.body, revoke.body, create.body])).not.toContain('Vorgesetzter');
      }
      expect(
        (await server.db.selectFrom('handovers').select('revoked_at').executeTakeFirstOrThrow()).revoked_at,
      ).toBeNull();
    });
  });

  describe('the link', () => {
    it('answers every link that does not work alike: unknown id, wrong secret, expired, revoked, finished, locked', async () => {
      let now = testNow;
      const { server, certificate } = await setup(() => now);
      const answers: unknown[] = [];
      const open = async (id: string, secret: string) => {
        const response = await recipient(server, { remoteAddress: `10.0.0.${answers.length + 1}` }).open(
          id,
          secret,
        );
        answers.push({ status: response.status, body: response.body });
        expect(response.setCookie).toEqual([]);
      };
      const valid = await createHandover(server, certificate.id, {
        recipient: { name: 'A', email: 'a@example.de' },
      });
      await open('A'.repeat(32), valid.secret); // unknown id
      await open(valid.id, 'B'.repeat(32)); // wrong secret
      await open(
        valid.id.toLowerCase() === valid.id ? valid.id.toUpperCase() : valid.id.toLowerCase(),
        valid.secret,
      );

      const revoked = await createHandover(server, certificate.id, {
        recipient: { name: 'B', email: 'b@example.de' },
      });
      await server.send({ method: 'POST', url: `/api/v1/handovers/${revoked.handover.id}/revoke` });
      await open(revoked.id, revoked.secret);

      const finished = await createHandover(server, certificate.id, {
        recipient: { name: 'C', email: 'c@example.de' },
      });
      const finisher = recipient(server, { remoteAddress: '10.0.1.1' });
      await finisher.open(finished.id, finished.secret);
      expect((await finisher.finish()).status).toBe(200);
      await open(finished.id, finished.secret); // reuse after finish

      const locked = await createHandover(server, certificate.id, {
        recipient: { name: 'D', email: 'd@example.de' },
      });
      await server.db
        .updateTable('handovers')
        .set({ locked_at: now.toISOString() })
        .where('public_id', '=', locked.id)
        .execute();
      await open(locked.id, locked.secret);

      const expiring = await createHandover(server, certificate.id, {
        recipient: { name: 'E', email: 'e@example.de' },
        expiresInDays: 1,
      });
      now = new Date(testNow.getTime() + 24 * 60 * minute);
      await open(expiring.id, expiring.secret);

      expect(answers).toHaveLength(7);
      for (const answer of answers) {
        expect(answer).toEqual({
          status: 404,
          body: { error: { code: 'handover.invalid_link', message: expect.any(String) } },
        });
      }
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
      // The valid link still works (a minute before its own expiry of 14 days).
      expect((await recipient(server).open(valid.id, valid.secret)).status).toBe(200);
    });

    it('requires both strings in the link’s shape (400), and answers no-referrer', async () => {
      const { server, certificate } = await setup();
      const created = await createHandover(server, certificate.id);
      const max = recipient(server);
      for (const payload of [
        { id: created.id },
        { secret: created.secret },
        {},
        { id: created.id, secret: '' },
        { id: 1, secret: created.secret },
        { id: created.id, secret: `${created.secret}x` },
      ]) {
        const response = await max.send({ method: 'POST', url: '/api/v1/handover/session', payload });
        expect(response.status, JSON.stringify(payload)).toBe(400);
        expect(response.headers['referrer-policy']).toBe('no-referrer');
      }
      const ok = await max.open(created.id, created.secret);
      expect(ok).toMatchObject({ status: 200, body: { status: 'ready' } });
      expect(ok.headers['referrer-policy']).toBe('no-referrer');
      const cookie = ok.setCookie[0] ?? '';
      expect(cookie).toMatch(/^zd_handover=[A-Za-z0-9_-]{43};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain('Path=/');
      expect(cookie).toContain('Max-Age=7200');
      // Only the session token's hash is stored.
      const token = max.cookie.split('=')[1] ?? '';
      const sessions = await server.db.selectFrom('handover_sessions').selectAll().execute();
      expect(sessions).toHaveLength(1);
      expect(JSON.stringify(sessions)).not.toContain(token);
    });

    it('compares the secret in constant time for every answer, unknown ids included', async () => {
      const { server, certificate } = await setup();
      const created = await createHandover(server, certificate.id);
      const compare = vi.fn(secretsEqual);
      const dependencies = {
        inTransaction: createHandoverTransactionRunner(server.db, () => testNow),
        now: () => testNow,
      };
      for (const [id, secret] of [
        ['Z'.repeat(32), created.secret],
        [created.id, 'Z'.repeat(32)],
        [created.id, created.secret],
      ] as const) {
        await openHandoverSession({ publicId: id, secret, compareSecrets: compare, ...dependencies }).catch(
          () => null,
        );
      }
      expect(compare).toHaveBeenCalledTimes(3);
      for (const [a, b] of compare.mock.calls) {
        expect(a).toMatch(/^[0-9a-f]{64}$/);
        expect(b).toMatch(/^[0-9a-f]{64}$/);
      }
    });

    it('records the first opening only, and an expired session needs the link again', async () => {
      let now = testNow;
      const { server, certificate } = await setup(() => now);
      const created = await createHandover(server, certificate.id);
      const max = recipient(server);
      await max.open(created.id, created.secret);
      now = new Date(testNow.getTime() + 10 * minute);
      await recipient(server).open(created.id, created.secret);
      expect(await eventTypes(server.db, created.handover.id)).toEqual(['created', 'opened']);
      const row = await server.db.selectFrom('handovers').select('opened_at').executeTakeFirstOrThrow();
      expect(row.opened_at).toBe(testNow.toISOString());
      now = new Date(testNow.getTime() + 2 * 60 * minute - 1);
      expect((await max.view()).status).toBe(200);
      now = new Date(testNow.getTime() + 2 * 60 * minute);
      expect(await max.view()).toMatchObject({
        status: 401,
        body: { error: { code: 'handover.session_required' } },
      });
    });

    it('limits link attempts per client address and per handover', async () => {
      const { server, certificate } = await setup();
      const created = await createHandover(server, certificate.id);
      // One address, different (unknown) ids: refused after linkPerAddress requests.
      const guesser = recipient(server, { remoteAddress: '198.51.100.7' });
      const statuses: number[] = [];
      for (let index = 0; index <= handoverRateLimits.linkPerAddress; index += 1) {
        statuses.push(
          (await guesser.open(`${'Q'.repeat(28)}${String(index).padStart(4, '0')}`, 'S'.repeat(32))).status,
        );
      }
      expect(statuses.slice(0, -1).every((status) => status === 404)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      // Even the right link from that address is refused now.
      expect(await guesser.open(created.id, created.secret)).toMatchObject({
        status: 429,
        body: { error: { code: 'handover.rate_limited' } },
      });
      // One id, many addresses: refused after linkPerHandover requests, also for the right secret.
      for (let index = 0; index < handoverRateLimits.linkPerHandover; index += 1) {
        expect(
          (await recipient(server, { remoteAddress: `203.0.113.${index}` }).open(created.id, 'W'.repeat(32)))
            .status,
        ).toBe(404);
      }
      expect(
        (await recipient(server, { remoteAddress: '203.0.113.200' }).open(created.id, created.secret)).status,
      ).toBe(429);
    });
  });

  describe('the one-time code', () => {
    async function withCode(now: () => Date, channel: 'email' | 'sms' = 'email') {
      const { server, certificate } = await setup(now);
      const created = await createHandover(server, certificate.id, {
        secondFactor: channel,
        recipient: { name: 'Max Vorgesetzter', email: recipientEmail, phone: '+491701234567' },
      });
      const max = recipient(server);
      const opened = await max.open(created.id, created.secret);
      return { server, certificate, created, max, opened };
    }

    it('asks for the code, sends it by e-mail or SMS, and lets the right code in', async () => {
      const { server, max, opened, created } = await withCode(() => testNow);
      expect(opened.body).toEqual({
        status: 'code_required',
        channel: 'email',
        destination: 'm•••@example.de',
      });
      expect(await max.view()).toMatchObject({
        status: 400,
        body: { error: { code: 'handover.code_required' } },
      });
      expect(await max.send({ method: 'GET', url: '/api/v1/handover/document' })).toMatchObject({
        status: 400,
      });
      expect((await max.sendCode()).status).toBe(202);
      const code = await codeSentTo(server.db, recipientEmail);
      expect(await max.verify(code)).toMatchObject({ status: 200, body: { status: 'ready' } });
      expect((await max.view()).status).toBe(200);
      // The code is spent and stored only as a hash.
      const row = await server.db.selectFrom('handovers').selectAll().executeTakeFirstOrThrow();
      expect(row.code_hash).toBeNull();
      expect(await eventTypes(server.db, created.handover.id)).toEqual(['created', 'opened', 'code_sent']);
    });

    it('sends the code by SMS to the handover’s phone', async () => {
      const sms = await withCode(() => testNow, 'sms');
      expect(sms.opened.body).toEqual({ status: 'code_required', channel: 'sms', destination: '•••567' });
      await sms.max.sendCode();
      const smsCode = await codeSentTo(sms.server.db, '+491701234567');
      const stored = await sms.server.db
        .selectFrom('handovers')
        .select('code_hash')
        .executeTakeFirstOrThrow();
      expect(stored.code_hash).not.toContain(smsCode);
      expect((await sms.max.verify(smsCode)).status).toBe(200);
    });

    it('accepts a code at 4:59 and refuses it at 5:00', async () => {
      let now = testNow;
      const { server, certificate, max } = await withCode(() => now);
      await max.sendCode();
      const code = await codeSentTo(server.db, recipientEmail);
      const late = await createHandover(server, certificate.id, {
        secondFactor: 'email',
        recipient: { name: 'Eva', email: 'eva@example.de' },
      });
      const eva = recipient(server);
      await eva.open(late.id, late.secret);
      await eva.sendCode();
      const lateCode = await codeSentTo(server.db, 'eva@example.de');
      now = new Date(testNow.getTime() + 5 * minute - 1000);
      expect((await max.verify(code)).status).toBe(200);
      now = new Date(testNow.getTime() + 5 * minute);
      expect(await eva.verify(lateCode)).toMatchObject({
        status: 400,
        body: { error: { code: 'handover.invalid_code' } },
      });
      const row = await server.db
        .selectFrom('handovers')
        .select('code_attempts')
        .where('public_id', '=', late.id)
        .executeTakeFirstOrThrow();
      expect(row.code_attempts).toBe(1);
    });

    it('locks the link with the 5th wrong code, tells HR, and answers invalid_link from then on', async () => {
      const { server, max, created } = await withCode(() => testNow);
      await max.sendCode();
      const code = await codeSentTo(server.db, recipientEmail);
      const wrong = code === '000000' ? '111111' : '000000';
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect(await max.verify(wrong)).toMatchObject({
          status: 400,
          body: { error: { code: 'handover.invalid_code' } },
        });
      }
      // Even the right code is too late now.
      expect(await max.verify(code)).toMatchObject({
        status: 401,
        body: { error: { code: 'handover.session_required' } },
      });
      expect(await recipient(server).open(created.id, created.secret)).toMatchObject({
        status: 404,
        body: { error: { code: 'handover.invalid_link' } },
      });
      const row = await server.db.selectFrom('handovers').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ code_attempts: 5, locked_at: testNow.toISOString() });
      expect(await eventTypes(server.db, created.handover.id)).toEqual([
        'created',
        'opened',
        'code_sent',
        'code_failed',
        'code_failed',
        'code_failed',
        'code_failed',
        'code_failed',
        'locked',
      ]);
      const administrator = await server.db
        .selectFrom('users')
        .select('email')
        .where('id', '=', server.administrator.id)
        .executeTakeFirstOrThrow();
      const [notice] = await outboxTo(server.db, administrator.email);
      expect(notice?.subject).toContain('gesperrt');
      const list = (await server.send({ url: `/api/v1/certificates/${row.certificate_id}/handovers` }))
        .body as {
        items: { status: string }[];
      };
      expect(list.items[0]?.status).toBe('locked');
    });

    it('counts at most 5 of 20 parallel wrong codes, then the link is locked', async () => {
      const { server, created } = await withCode(() => testNow);
      // Several sessions from several addresses, as an attacker with the link would use.
      const sessions = await Promise.all(
        Array.from({ length: 8 }, async (_, index) => {
          const session = recipient(server, { remoteAddress: `192.0.2.${index + 10}` });
          await session.open(created.id, created.secret);
          return session;
        }),
      );
      await sessions[0]?.sendCode();
      const code = await codeSentTo(server.db, recipientEmail);
      const wrong = code === '999999' ? '888888' : '999999';
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, index) => sessions[index % sessions.length]?.verify(wrong)),
      );
      const counted = answers.filter(
        (answer) => answer?.body && JSON.stringify(answer.body).includes('invalid_code'),
      );
      expect(counted.length).toBeLessThanOrEqual(5);
      const row = await server.db.selectFrom('handovers').selectAll().executeTakeFirstOrThrow();
      expect(row.code_attempts).toBe(5);
      expect(row.locked_at).not.toBeNull();
      const events = await server.db
        .selectFrom('handover_events')
        .select('type')
        .where('type', 'in', ['code_failed', 'locked'])
        .execute();
      expect(events.filter((item) => item.type === 'code_failed')).toHaveLength(5);
      expect(events.filter((item) => item.type === 'locked')).toHaveLength(1);
    });

    it('sends at most 3 codes per 15 minutes', async () => {
      let now = testNow;
      const { max } = await withCode(() => now);
      for (let send = 1; send <= 3; send += 1) expect((await max.sendCode()).status).toBe(202);
      expect(await max.sendCode()).toMatchObject({
        status: 429,
        body: { error: { code: 'handover.rate_limited' } },
      });
      now = new Date(testNow.getTime() + 15 * minute - 1);
      expect((await max.sendCode()).status).toBe(429);
      now = new Date(testNow.getTime() + 15 * minute);
      expect((await max.sendCode()).status).toBe(202);
    });
  });

  describe('the recipient’s work', () => {
    it('saves granted changes under the revision check, records them, and finishes', async () => {
      let now = testNow;
      const { server, certificate } = await setup(() => now);
      await server.db
        .updateTable('organizations')
        .set({ change_tracking: 1 })
        .where('id', '=', server.organizationId)
        .execute();
      const created = await createHandover(server, certificate.id);
      const max = recipient(server);
      await max.open(created.id, created.secret);
      const view = (await max.view()).body as { certificate: { revision: number }; options?: unknown };
      expect(view.options).toBeUndefined(); // result is read in „supervisor rates“
      const saved = await max.save({
        revision: view.certificate.revision,
        content: { activities: ['Planung der Touren'] },
      });
      expect(saved).toMatchObject({ status: 200, body: { content: { activities: ['Planung der Touren'] } } });
      // The same revision again: someone (here: the recipient) changed it meanwhile.
      expect(
        await max.save({ revision: view.certificate.revision, content: { activities: ['Zweiter Versuch'] } }),
      ).toMatchObject({ status: 409, body: { error: { code: 'certificate.revision_conflict' } } });
      // Invalid content: 400 with the path.
      expect(
        await max.save({ revision: view.certificate.revision + 1, content: { ratings: { willingness: 9 } } }),
      ).toMatchObject({ status: 400, body: { error: { code: 'validation.failed' } } });
      // An unknown field.
      expect(
        await max.save({ revision: view.certificate.revision + 1, content: { salary: 100 } }),
      ).toMatchObject({ status: 400, body: { error: { issues: [{ path: 'content.salary' }] } } });
      // A second save within the minute counts up the one 'saved' event.
      now = new Date(testNow.getTime() + 30_000);
      expect(
        (
          await max.save({
            revision: view.certificate.revision + 1,
            content: { qualifications: ['Englisch'] },
          })
        ).status,
      ).toBe(200);
      now = new Date(testNow.getTime() + 2 * minute);
      expect(
        (await max.save({ revision: view.certificate.revision + 2, content: { achievements: [] } })).status,
      ).toBe(200);
      const changes = await server.db.selectFrom('certificate_changes').selectAll().execute();
      expect(changes.length).toBeGreaterThan(0);
      expect(changes[0]).toMatchObject({
        actor_type: 'handover',
        actor_handover_id: created.handover.id,
        actor_name: 'Max Vorgesetzter',
      });

      expect((await max.finish({ comment: 'Alles bewertet.' })).status).toBe(200);
      expect(await max.view()).toMatchObject({ status: 401 });
      expect((await recipient(server).open(created.id, created.secret)).status).toBe(404);
      const list = (await server.send({ url: `/api/v1/certificates/${certificate.id}/handovers` })).body as {
        items: {
          status: string;
          finishComment: string;
          events: { type: string; details: Record<string, unknown> }[];
        }[];
      };
      expect(list.items[0]).toMatchObject({ status: 'finished', finishComment: 'Alles bewertet.' });
      expect(list.items[0]?.events.map((item) => item.type)).toEqual([
        'created',
        'opened',
        'saved',
        'saved',
        'finished',
      ]);
      expect(list.items[0]?.events[2]?.details).toEqual({ count: 2 });
      const administrator = await server.db
        .selectFrom('users')
        .select('email')
        .where('id', '=', server.administrator.id)
        .executeTakeFirstOrThrow();
      const [notice] = await outboxTo(server.db, administrator.email);
      expect(notice?.text_body).toContain('Alles bewertet.');
      // Comments are limited.
      const again = await createHandover(server, certificate.id);
      const eva = recipient(server);
      await eva.open(again.id, again.secret);
      expect((await eva.finish({ comment: 'x'.repeat(2001) })).status).toBe(400);
    });

    it('refuses saving an archived certificate', async () => {
      const { server, certificate } = await setup();
      const created = await createHandover(server, certificate.id);
      const max = recipient(server);
      await max.open(created.id, created.secret);
      await server.db.updateTable('certificates').set({ status: 'archived' }).execute();
      expect(await max.save({ revision: certificate.revision, content: { activities: [] } })).toMatchObject({
        status: 409,
        body: { error: { code: 'certificate.archived' } },
      });
    });

    it('downloads the document only when allowed', async () => {
      const { server, certificate } = await setup();
      const allowed = await createHandover(server, certificate.id, { download: true });
      const max = recipient(server);
      await max.open(allowed.id, allowed.secret);
      const docx = await max.send({ method: 'GET', url: '/api/v1/handover/document?format=docx' });
      expect(docx.status).toBe(200);
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      expect(docx.headers['content-disposition']).toContain('Arbeitszeugnis');
      expect((await max.send({ method: 'GET', url: '/api/v1/handover/document?format=html' })).status).toBe(
        400,
      );

      const refused = await createHandover(server, certificate.id, {
        download: false,
        recipient: { name: 'Eva', email: 'eva@example.de' },
      });
      const eva = recipient(server);
      await eva.open(refused.id, refused.secret);
      expect(await eva.send({ method: 'GET', url: '/api/v1/handover/document?format=docx' })).toMatchObject({
        status: 403,
        body: { error: { code: 'handover.download_not_allowed' } },
      });
      expect(await recipient(server).send({ method: 'GET', url: '/api/v1/handover/document' })).toMatchObject(
        {
          status: 401,
          body: { error: { code: 'handover.session_required' } },
        },
      );
    });

    it('records expiry once and deletes expired sessions (housekeeping)', async () => {
      let now = testNow;
      const { server, certificate } = await setup(() => now);
      const created = await createHandover(server, certificate.id, { expiresInDays: 1 });
      await recipient(server).open(created.id, created.secret);
      const dependencies = {
        inTransaction: createHandoverTransactionRunner(server.db, () => now),
        now: () => now,
      };
      expect(await recordExpiredHandovers(dependencies)).toEqual({ sessions: 0, expired: 0 });
      now = new Date(testNow.getTime() + 24 * 60 * minute);
      expect(await recordExpiredHandovers(dependencies)).toEqual({ sessions: 1, expired: 1 });
      expect(await recordExpiredHandovers(dependencies)).toEqual({ sessions: 0, expired: 0 });
      const list = (await server.send({ url: `/api/v1/certificates/${certificate.id}/handovers` })).body as {
        items: { status: string; events: { type: string; at: string }[] }[];
      };
      expect(list.items[0]?.status).toBe('expired');
      expect(list.items[0]?.events.at(-1)).toMatchObject({ type: 'expired', at: now.toISOString() });
    });
  });
});

describe('handover grants type', () => {
  it('every preset grants something', () => {
    for (const grants of Object.values(handoverPresets) as HandoverGrants[]) {
      expect(Object.values(grants).some((level) => level !== 'none')).toBe(true);
    }
  });
});
