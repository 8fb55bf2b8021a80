import { describe, expect, it } from 'vitest';
import { createApiTestServer, testNow } from '../../app/api/api.test-utils.js';

const anna = { gender: 'female', firstName: 'Anna', lastName: 'Müller', entryDate: '2020-01-01' };

describe('/api/v1/employees', () => {
  it('creates, reads, changes and deletes an employee with every field', async () => {
    const { send } = await createApiTestServer();
    const company = (await send({ method: 'POST', url: '/api/v1/companies', payload: { name: 'A GmbH' } }))
      .body as {
      id: string;
    };
    const location = (await send({ method: 'POST', url: '/api/v1/locations', payload: { name: 'Köln' } }))
      .body as {
      id: string;
    };
    const boss = (
      await send({ method: 'POST', url: '/api/v1/employees', payload: { ...anna, firstName: 'Berta' } })
    ).body as { id: string };
    const payload = {
      gender: 'diverse',
      title: 'Dr.',
      firstName: 'Kim',
      lastName: 'Özdemir',
      birthDate: '1990-02-28',
      birthPlace: 'Görlitz',
      street: 'Hafenstraße 1',
      postalCode: '50667',
      city: 'Köln',
      email: 'kim.oezdemir@example.de',
      companyId: company.id,
      locationId: location.id,
      departmentId: null,
      orgUnitId: null,
      employeeTypeId: null,
      entryDate: '2018-04-01',
      exitDate: '2026-09-30',
      jobTitle: 'Controllerin',
      jobProfile: 'controller',
      supervisorId: boss.id,
    };
    const created = await send({ method: 'POST', url: '/api/v1/employees', payload });
    expect(created.status).toBe(201);
    const employee = created.body as { id: string };
    expect(employee).toEqual({
      id: expect.stringMatching(/^emp_/),
      ...payload,
      createdAt: testNow.toISOString(),
      updatedAt: testNow.toISOString(),
    });
    expect(await send({ url: `/api/v1/employees/${employee.id}` })).toMatchObject({
      status: 200,
      body: employee,
    });

    const changed = await send({
      method: 'PATCH',
      url: `/api/v1/employees/${employee.id}`,
      payload: { exitDate: null, title: '', supervisorId: null },
    });
    expect(changed).toMatchObject({
      status: 200,
      body: { exitDate: null, title: null, supervisorId: null, city: 'Köln' },
    });

    expect(await send({ method: 'DELETE', url: `/api/v1/employees/${employee.id}` })).toMatchObject({
      status: 204,
    });
    expect(await send({ url: `/api/v1/employees/${employee.id}` })).toMatchObject({
      status: 404,
      body: { error: { code: 'employee.not_found', message: `There is no employee ${employee.id}.` } },
    });
  });

  it('answers 409 employee.referenced for a supervisor of others, with a message that says what to do', async () => {
    const { send } = await createApiTestServer();
    const boss = (await send({ method: 'POST', url: '/api/v1/employees', payload: anna })).body as {
      id: string;
    };
    await send({
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...anna, firstName: 'Mia', supervisorId: boss.id },
    });
    expect(await send({ method: 'DELETE', url: `/api/v1/employees/${boss.id}` })).toMatchObject({
      status: 409,
      body: {
        error: {
          code: 'employee.referenced',
          message: expect.stringContaining('give them another supervisor before deleting'),
        },
      },
    });
  });

  it('answers 400 for a cross-field rule on PATCH and leaves the record unchanged', async () => {
    const { send } = await createApiTestServer();
    const { id } = (await send({ method: 'POST', url: '/api/v1/employees', payload: anna })).body as {
      id: string;
    };
    expect(
      await send({ method: 'PATCH', url: `/api/v1/employees/${id}`, payload: { exitDate: '2019-12-31' } }),
    ).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'validation.failed',
          issues: [{ path: 'exitDate', message: 'must not be before entryDate' }],
        },
      },
    });
    expect(await send({ url: `/api/v1/employees/${id}` })).toMatchObject({ body: { exitDate: null } });
  });

  it('refuses to clear a required field on PATCH', async () => {
    const { send } = await createApiTestServer();
    const { id } = (await send({ method: 'POST', url: '/api/v1/employees', payload: anna })).body as {
      id: string;
    };
    const response = await send({
      method: 'PATCH',
      url: `/api/v1/employees/${id}`,
      payload: { lastName: null, entryDate: null, gender: null },
    });
    expect(response.status).toBe(400);
    expect(
      (response.body as { error: { issues: { path: string }[] } }).error.issues.map((issue) => issue.path),
    ).toEqual(['gender', 'lastName', 'entryDate']);
  });

  it('lists page by page with nextCursor, searching, filtering and sorting', async () => {
    const { send } = await createApiTestServer();
    const department = (
      await send({ method: 'POST', url: '/api/v1/departments', payload: { name: 'Vertrieb' } })
    ).body as { id: string };
    for (const [firstName, lastName, extra] of [
      ['Anna', 'Müller', { departmentId: department.id }],
      ['Bernd', 'Müller', { departmentId: department.id, exitDate: '2025-12-31' }],
      ['Carla', 'Müller', {}],
      ['Dora', 'Abel', { departmentId: department.id }],
    ] as const) {
      await send({
        method: 'POST',
        url: '/api/v1/employees',
        payload: { ...anna, firstName, lastName, ...extra },
      });
    }
    const names = (body: unknown) =>
      (body as { items: { firstName: string }[] }).items.map((employee) => employee.firstName);

    const first = await send({ url: '/api/v1/employees?search=m%C3%BCl&limit=2' });
    expect(first.status).toBe(200);
    const { nextCursor } = first.body as { nextCursor: string };
    expect(names(first.body)).toEqual(['Anna', 'Bernd']);
    const second = await send({ url: `/api/v1/employees?search=m%C3%BCl&limit=2&cursor=${nextCursor}` });
    expect(second.body).toMatchObject({ nextCursor: null });
    expect(names(second.body)).toEqual(['Carla']);

    expect(
      names((await send({ url: `/api/v1/employees?departmentId=${department.id}&status=active` })).body),
    ).toEqual(['Dora', 'Anna']);
    expect(names((await send({ url: '/api/v1/employees?status=former' })).body)).toEqual(['Bernd']);
    expect(names((await send({ url: '/api/v1/employees?sort=lastName&direction=desc' })).body)).toEqual([
      'Carla',
      'Bernd',
      'Anna',
      'Dora',
    ]);
    expect(await send({ url: '/api/v1/employees?cursor=garbage' })).toMatchObject({
      status: 400,
      body: { error: { code: 'validation.failed', issues: [{ path: 'query.cursor' }] } },
    });
  });
});
