// Until sign-in exists (identity issue), the API serves personal data only to direct requests from
// this machine. Threat: an operator sets HOST=0.0.0.0 or puts a proxy in front, and anyone could read
// and change every employee and certificate.
import { describe, expect, it } from 'vitest';
import { createApiTestServer } from './api.test-utils.js';

describe('API access before sign-in exists', () => {
  it.each(['/api/v1/employees', '/api/v1/companies', '/api/v1/certificates'])(
    'answers %s from the network with 401 auth.required and no data',
    async (url) => {
      const { send } = await createApiTestServer();
      const remote = await send({ method: 'GET', url, remoteAddress: '192.0.2.44' });
      expect(remote.status).toBe(401);
      expect(remote.body).toEqual({
        error: { code: 'auth.required', message: expect.stringContaining('Sign-in') },
      });
      const proxied = await send({ method: 'GET', url, headers: { 'x-forwarded-for': '192.0.2.44' } });
      expect(proxied.status).toBe(401);
      expect((await send({ method: 'GET', url })).status).toBe(200);
    },
  );

  it('refuses writes from the network and stores nothing', async () => {
    const { send, db } = await createApiTestServer();
    const response = await send({
      method: 'POST',
      url: '/api/v1/departments',
      payload: { name: 'Einkauf' },
      remoteAddress: '198.51.100.7',
    });
    expect(response.status).toBe(401);
    expect(await db.selectFrom('departments').selectAll().execute()).toEqual([]);
  });
});
