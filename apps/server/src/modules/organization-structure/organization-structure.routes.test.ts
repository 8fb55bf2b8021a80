import { describe, expect, it } from 'vitest';
import { createApiTestServer, testNow } from '../../app/api/api.test-utils.js';
import { dimensionNames, dimensions } from './organization-structure.config.js';

const at = testNow.toISOString();

describe('/api/v1/companies', () => {
  it('creates, reads, lists, changes and deletes a company', async () => {
    const { send } = await createApiTestServer();
    const created = await send({
      method: 'POST',
      url: '/api/v1/companies',
      payload: { name: 'Musterfirma GmbH', street: 'Hafenstraße 1', postalCode: '50667', city: 'Köln' },
    });
    expect(created).toMatchObject({ status: 201 });
    const company = created.body as { id: string };
    expect(company).toEqual({
      id: expect.stringMatching(/^cmp_[0-9a-z]{26}$/),
      name: 'Musterfirma GmbH',
      description: null,
      street: 'Hafenstraße 1',
      postalCode: '50667',
      city: 'Köln',
      registerInfo: null,
      layout: null,
      createdAt: at,
      updatedAt: at,
    });
    expect(await send({ url: `/api/v1/companies/${company.id}` })).toMatchObject({
      status: 200,
      body: company,
    });
    expect(await send({ url: '/api/v1/companies' })).toMatchObject({
      status: 200,
      body: { items: [company] },
    });

    const changed = await send({
      method: 'PATCH',
      url: `/api/v1/companies/${company.id}`,
      payload: { registerInfo: 'HRB 4711, Amtsgericht Köln', street: null, layout: { alignment: 'left' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      name: 'Musterfirma GmbH',
      street: null,
      registerInfo: 'HRB 4711, Amtsgericht Köln',
      layout: { alignment: 'left', font: { family: 'Liberation Sans' } },
    });

    expect(await send({ method: 'DELETE', url: `/api/v1/companies/${company.id}` })).toMatchObject({
      status: 204,
    });
    expect(await send({ url: `/api/v1/companies/${company.id}` })).toMatchObject({
      status: 404,
      body: { error: { code: 'company.not_found' } },
    });
  });

  it('rejects a layout that the renderer could not use, naming the path inside it', async () => {
    const { send } = await createApiTestServer();
    const response = await send({
      method: 'POST',
      url: '/api/v1/companies',
      payload: { name: 'X', layout: { margins: { top: 5, right: 20, bottom: 25, left: 25 }, colour: 'red' } },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        issues: [
          { path: 'layout.margins.top', message: 'must be at least 10 mm' },
          { path: 'layout.colour', message: 'is not a known field' },
        ],
      },
    });
  });

  it('refuses to delete a company that employees belong to: 409 structure.in_use', async () => {
    const { send } = await createApiTestServer();
    const company = (await send({ method: 'POST', url: '/api/v1/companies', payload: { name: 'A GmbH' } }))
      .body as { id: string };
    await send({
      method: 'POST',
      url: '/api/v1/employees',
      payload: {
        gender: 'male',
        firstName: 'Max',
        lastName: 'Muster',
        entryDate: '2020-01-01',
        companyId: company.id,
      },
    });
    const response = await send({ method: 'DELETE', url: `/api/v1/companies/${company.id}` });
    expect(response).toMatchObject({
      status: 409,
      body: {
        error: { code: 'structure.in_use', message: expect.stringContaining('assigned to 1 employee(s)') },
      },
    });
    expect(await send({ url: `/api/v1/companies/${company.id}` })).toMatchObject({ status: 200 });
  });
});

describe.each(dimensionNames.map((name) => [dimensions[name].path, dimensions[name]] as const))(
  '/api/v1%s',
  (path, dimension) => {
    const url = `/api/v1${path}`;

    it('creates, reads, lists (by name), renames and deletes items', async () => {
      const { send } = await createApiTestServer();
      const zentrale = await send({ method: 'POST', url, payload: { name: '  Zentrale  ' } });
      expect(zentrale).toMatchObject({
        status: 201,
        body: {
          id: expect.stringMatching(new RegExp(`^${dimension.idPrefix}_`)),
          name: 'Zentrale',
          createdAt: at,
        },
      });
      const { id } = zentrale.body as { id: string };
      await send({ method: 'POST', url, payload: { name: 'Außendienst' } });
      expect(
        ((await send({ url })).body as { items: { name: string }[] }).items.map((item) => item.name),
      ).toEqual(['Außendienst', 'Zentrale']);
      expect(await send({ url: `${url}/${id}` })).toMatchObject({
        status: 200,
        body: { id, name: 'Zentrale' },
      });
      expect(
        await send({ method: 'PATCH', url: `${url}/${id}`, payload: { name: 'Hauptsitz' } }),
      ).toMatchObject({
        status: 200,
        body: { id, name: 'Hauptsitz' },
      });
      // Renaming to its own name in another letter case is not a clash with itself.
      expect(
        await send({ method: 'PATCH', url: `${url}/${id}`, payload: { name: 'HAUPTSITZ' } }),
      ).toMatchObject({
        status: 200,
      });
      expect(await send({ method: 'DELETE', url: `${url}/${id}` })).toMatchObject({ status: 204 });
      expect(await send({ url: `${url}/${id}` })).toMatchObject({
        status: 404,
        body: { error: { code: dimension.notFound } },
      });
    });

    it('keeps names unique per organisation in any letter case, umlauts included: 409 structure.name_taken', async () => {
      const { send } = await createApiTestServer();
      await send({ method: 'POST', url, payload: { name: 'Büro Süd' } });
      const clash = await send({ method: 'POST', url, payload: { name: 'BÜRO SÜD' } });
      expect(clash).toMatchObject({ status: 409, body: { error: { code: 'structure.name_taken' } } });
      const other = (await send({ method: 'POST', url, payload: { name: 'Büro Nord' } })).body as {
        id: string;
      };
      expect(
        await send({ method: 'PATCH', url: `${url}/${other.id}`, payload: { name: 'büro süd' } }),
      ).toMatchObject({
        status: 409,
        body: { error: { code: 'structure.name_taken' } },
      });
      expect(((await send({ url })).body as { items: unknown[] }).items).toHaveLength(2);
    });

    it('rejects an empty name, a missing name and unknown fields, storing nothing', async () => {
      const { send } = await createApiTestServer();
      for (const [payload, issue] of [
        [{ name: '   ' }, { path: 'name', message: 'must not be empty' }],
        [{}, { path: 'name', message: 'is required' }],
        [
          { name: 'A', id: 'x' },
          { path: 'id', message: 'is not a known field' },
        ],
      ] as const) {
        expect(await send({ method: 'POST', url, payload })).toMatchObject({
          status: 400,
          body: { error: { code: 'validation.failed', issues: [issue] } },
        });
      }
      expect(await send({ url })).toMatchObject({ body: { items: [] } });
    });

    it('refuses to delete an item that employees are assigned to: 409 structure.in_use', async () => {
      const { send } = await createApiTestServer();
      const item = (await send({ method: 'POST', url, payload: { name: 'Vertrieb' } })).body as {
        id: string;
      };
      const field = {
        location: 'locationId',
        department: 'departmentId',
        'org unit': 'orgUnitId',
        'employee type': 'employeeTypeId',
      }[dimension.label];
      await send({
        method: 'POST',
        url: '/api/v1/employees',
        payload: {
          gender: 'diverse',
          firstName: 'Kim',
          lastName: 'Berg',
          entryDate: '2021-04-01',
          [field]: item.id,
        },
      });
      expect(await send({ method: 'DELETE', url: `${url}/${item.id}` })).toMatchObject({
        status: 409,
        body: { error: { code: 'structure.in_use' } },
      });
      expect(await send({ url: `${url}/${item.id}` })).toMatchObject({ status: 200 });
    });
  },
);
