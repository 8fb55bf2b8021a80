// Threat: a user of one organisation reads, changes, deletes, issues, downloads or learns about another
// organisation's certificates by knowing their ids, or attaches another organisation's employee to a
// certificate. Every route must answer as if the certificate did not exist, and change nothing.
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createApiTestServer, insertOrganization, testNow } from '../../app/api/api.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import { employeeRow } from '../employees/employees.test-utils.js';
import { exampleContent } from './certificates.test-utils.js';

const secret = 'Geheimnis';
const at = testNow.toISOString();

/** Another organisation with an employee and an approved certificate about them, written directly. */
async function insertForeignCertificate(db: Db) {
  const organizationId = await insertOrganization(db);
  const employee = employeeRow(organizationId, { first_name: secret, last_name: secret });
  await db.insertInto('employees').values(employee).execute();
  const content = { ...exampleContent(), employee: { ...exampleContent().employee, lastName: secret } };
  const certificateId = createId('crt');
  await db
    .insertInto('certificates')
    .values({
      id: certificateId,
      organization_id: organizationId,
      employee_id: employee.id,
      company_id: null,
      kind: 'final',
      form: 'qualified',
      status: 'approved',
      is_private: 0,
      name_key: secret.toLowerCase(),
      content_json: JSON.stringify(content),
      options_json: JSON.stringify({ variants: {}, overrides: {} }),
      created_by: null,
      created_at: at,
      updated_at: at,
      revision: 1,
    })
    .execute();
  return { certificateId, employeeId: employee.id };
}

type Foreign = Awaited<ReturnType<typeof insertForeignCertificate>>;

const routes: [string, (foreign: Foreign) => InjectOptions, string][] = [
  [
    'GET /certificates/:id',
    ({ certificateId }) => ({ url: `/api/v1/certificates/${certificateId}` }),
    'certificate.not_found',
  ],
  [
    'PATCH /certificates/:id',
    ({ certificateId }) => ({
      method: 'PATCH',
      url: `/api/v1/certificates/${certificateId}`,
      payload: { revision: 1, isPrivate: true },
    }),
    'certificate.not_found',
  ],
  [
    'DELETE /certificates/:id',
    ({ certificateId }) => ({ method: 'DELETE', url: `/api/v1/certificates/${certificateId}` }),
    'certificate.not_found',
  ],
  [
    'POST /certificates/:id/transitions',
    ({ certificateId }) => ({
      method: 'POST',
      url: `/api/v1/certificates/${certificateId}/transitions`,
      payload: { to: 'issued' },
    }),
    'certificate.not_found',
  ],
  [
    'POST /certificates/:id/versions',
    ({ certificateId }) => ({ method: 'POST', url: `/api/v1/certificates/${certificateId}/versions` }),
    'certificate.not_found',
  ],
  ...(['pdf', 'docx', 'html', 'text'] as const).map(
    (format): [string, (foreign: Foreign) => InjectOptions, string] => [
      `GET /certificates/:id/document?format=${format}`,
      ({ certificateId }) => ({ url: `/api/v1/certificates/${certificateId}/document?format=${format}` }),
      'certificate.not_found',
    ],
  ),
  [
    'GET /certificates?employeeId=',
    ({ employeeId }) => ({ url: `/api/v1/certificates?employeeId=${employeeId}` }),
    'employee.not_found',
  ],
  [
    'POST /certificates for a foreign employee',
    ({ employeeId }) => ({
      method: 'POST',
      url: '/api/v1/certificates',
      payload: { employeeId, content: exampleContent() },
    }),
    'employee.not_found',
  ],
];

describe('tenant isolation: certificates of another organisation', () => {
  it.each(routes)('%s answers 404 and leaks and changes nothing', async (_route, request, code) => {
    const { send, db } = await createApiTestServer();
    const foreign = await insertForeignCertificate(db);
    const tables = [
      'certificates',
      'certificate_status_changes',
      'certificate_versions',
      'certificate_signers',
    ] as const;
    const snapshot = () => Promise.all(tables.map((table) => db.selectFrom(table).selectAll().execute()));
    const before = await snapshot();
    const response = await send(request(foreign));
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code, message: expect.any(String) } });
    expect(JSON.stringify(response.body)).not.toContain(secret);
    expect(await snapshot()).toEqual(before);
  });

  it('POST /certificates with a foreign signer answers 404 and stores nothing', async () => {
    const { send, db } = await createApiTestServer();
    const foreign = await insertForeignCertificate(db);
    const own = (
      await send({
        method: 'POST',
        url: '/api/v1/employees',
        payload: {
          gender: 'male',
          firstName: 'Max',
          lastName: 'Muster',
          entryDate: '2020-01-01',
          exitDate: '2026-06-30',
          jobTitle: 'Fahrer',
        },
      })
    ).body as { id: string };
    const response = await send({
      method: 'POST',
      url: '/api/v1/certificates',
      payload: {
        employeeId: own.id,
        kind: 'final',
        place: 'Köln',
        signers: [{ employeeId: foreign.employeeId }],
      },
    });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'employee.not_found' } } });
    expect(JSON.stringify(response.body)).not.toContain(secret);
    expect(await db.selectFrom('certificates').select('id').execute()).toHaveLength(1);
  });

  it('the list and the name search show only the own organisation', async () => {
    const { send, db } = await createApiTestServer();
    await insertForeignCertificate(db);
    for (const url of ['/api/v1/certificates', `/api/v1/certificates?search=${secret}`]) {
      expect(await send({ url })).toMatchObject({ status: 200, body: { items: [], nextCursor: null } });
    }
  });
});
