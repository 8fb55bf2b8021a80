// Fixtures of the handover tests: a certificate with the full example content, a handover created
// through HR's API, the recipient's requests with the handover cookie (no user session), and the codes
// and links read back from the outbox.
import type { InjectOptions } from 'fastify';
import { handoverPresets, type HandoverGrants } from '@zeugnisdesk/shared';
import type { ApiTestServer } from '../../app/api/api.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { createEmployeeWithCompany, exampleContent } from '../certificates/certificates.test-utils.js';
import { handoverCookieNames } from './handovers.config.js';

export interface CreatedHandoverBody {
  handover: { id: string; status: string; events: { type: string; details: Record<string, unknown> }[] };
  link: string;
}

/** A certificate with the example content (every section filled). */
export async function createExampleCertificate(
  server: ApiTestServer,
): Promise<{ id: string; revision: number }> {
  const { employeeId } = await createEmployeeWithCompany(server.send);
  const created = await server.send({
    method: 'POST',
    url: '/api/v1/certificates',
    payload: { employeeId, content: exampleContent() },
  });
  if (created.status !== 201) throw new Error(`certificate: ${JSON.stringify(created.body)}`);
  return created.body as { id: string; revision: number };
}

export function handoverBody(overrides: Record<string, unknown> = {}) {
  return {
    recipient: { name: 'Max Vorgesetzter', email: 'max.vorgesetzter@example.de' },
    message: 'Bitte bewerten Sie Anna.',
    dueDate: '2026-07-15',
    grants: handoverPresets.supervisorRates as HandoverGrants,
    download: true,
    secondFactor: 'none',
    ...overrides,
  };
}

/** The link's two strings. */
export function linkParts(link: string): { id: string; secret: string } {
  const [id = '', secret = ''] = (link.split('#')[1] ?? '').split('.');
  return { id, secret };
}

export async function createHandover(
  server: ApiTestServer,
  certificateId: string,
  overrides: Record<string, unknown> = {},
): Promise<CreatedHandoverBody & { id: string; secret: string }> {
  const response = await server.send({
    method: 'POST',
    url: `/api/v1/certificates/${certificateId}/handovers`,
    payload: handoverBody(overrides),
  });
  if (response.status !== 201)
    throw new Error(`handover: ${response.status} ${JSON.stringify(response.body)}`);
  const body = response.body as CreatedHandoverBody;
  return { ...body, ...linkParts(body.link) };
}

/** A recipient: opens the link (from `remoteAddress`) and sends requests with the handover cookie. */
export function recipient(server: ApiTestServer, { remoteAddress = '127.0.0.1' } = {}) {
  let cookie = '';
  const send = async (options: InjectOptions) => {
    const response = await server.app.inject({
      remoteAddress,
      ...options,
      headers: { ...(cookie ? { cookie } : {}), ...(options.headers as Record<string, string> | undefined) },
    });
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const handoverCookie = setCookie.find((value) => value.startsWith(`${handoverCookieNames.plain}=`));
    if (handoverCookie) cookie = handoverCookie.split(';')[0] ?? '';
    const body =
      response.body === ''
        ? undefined
        : response.headers['content-type']?.toString().startsWith('application/json')
          ? (response.json() as unknown)
          : response.body;
    return { status: response.statusCode, body, headers: response.headers, setCookie, raw: response };
  };
  return {
    send,
    open: (id: string, secret: string) =>
      send({ method: 'POST', url: '/api/v1/handover/session', payload: { id, secret } }),
    sendCode: () => send({ method: 'POST', url: '/api/v1/handover/code' }),
    verify: (code: string) =>
      send({ method: 'POST', url: '/api/v1/handover/code/verify', payload: { code } }),
    view: () => send({ method: 'GET', url: '/api/v1/handover/certificate' }),
    save: (payload: object) => send({ method: 'PATCH', url: '/api/v1/handover/certificate', payload }),
    finish: (payload: object = {}) => send({ method: 'POST', url: '/api/v1/handover/finish', payload }),
    get cookie() {
      return cookie;
    },
    set cookie(value: string) {
      cookie = value;
    },
  };
}

/** The messages queued to `to`, oldest first. */
export async function outboxTo(db: Db, to: string) {
  const rows = await db.selectFrom('outbox_messages').selectAll().where('recipient', '=', to).execute();
  return rows.sort((a, b) => a.created_at.localeCompare(b.created_at));
}

/** The one code queued to `to` (fails if there is none or several). */
export async function codeSentTo(db: Db, to: string): Promise<string> {
  const codes = (await outboxTo(db, to)).flatMap((row) => {
    const match = /(?:Ihr Bestätigungscode lautet|Code für das Zeugnis): (\d{6})/.exec(row.text_body);
    return match?.[1] ? [match[1]] : [];
  });
  if (codes.length !== 1) throw new Error(`expected one code to ${to}, found ${codes.length}`);
  return codes[0] as string;
}

export async function eventTypes(db: Db, handoverId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('handover_events')
    .select(['type', 'seq'])
    .where('handover_id', '=', handoverId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.type);
}
