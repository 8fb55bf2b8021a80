import { describe, expect, it } from 'vitest';
import { bodyLimitBytes } from '../server.js';
import { createApiTestServer } from './api.test-utils.js';

const stackTrace = /\bat .*:\d+:\d+|\.(ts|js):\d+/;

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 at /api/openapi.json and describes every API route from the zod schemas', async () => {
    const { send } = await createApiTestServer();
    const { status, body } = await send({ url: '/api/openapi.json' });
    expect(status).toBe(200);
    const document = body as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown[] }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe('3.1.0');
    for (const path of [
      'companies',
      'locations',
      'departments',
      'org-units',
      'employee-types',
      'employees',
    ]) {
      expect(Object.keys(document.paths[`/api/v1/${path}`] ?? {}).sort()).toEqual(['get', 'post']);
      expect(Object.keys(document.paths[`/api/v1/${path}/{id}`] ?? {}).sort()).toEqual([
        'delete',
        'get',
        'patch',
      ]);
    }
    expect(document.paths['/api/v1/employees']?.post?.requestBody).toMatchObject({
      content: {
        'application/json': {
          schema: { additionalProperties: false, required: expect.arrayContaining(['lastName']) },
        },
      },
    });
    expect(document.paths['/api/v1/employees']?.get?.parameters).toContainEqual(
      expect.objectContaining({ in: 'query', name: 'cursor' }),
    );
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Company', 'StructureItem', 'Employee', 'EmployeePage', 'Error']),
    );
    // Neither the documentation pages nor the document itself are API routes.
    expect(Object.keys(document.paths).every((path) => path.startsWith('/api/v1/'))).toBe(true);
  });
});

describe('the API documentation at /api/docs', () => {
  it('serves Swagger UI, relaxing the CSP for its styles only', async () => {
    const { app } = await createApiTestServer();
    const page = await app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('keeps the strict CSP on every other route: API, OpenAPI document, health, unknown', async () => {
    const { app } = await createApiTestServer();
    for (const url of [
      '/api/v1/employees',
      '/api/openapi.json',
      '/health/live',
      '/api/docsx',
      '/api/v1/nothing',
    ]) {
      const csp = String((await app.inject({ url })).headers['content-security-policy']);
      expect(csp, url).toContain("style-src 'self';");
      expect(csp, url).not.toContain('unsafe-inline');
    }
  });
});

describe('request validation on the API', () => {
  it('answers 400 validation.failed naming every offending path: wrong types, missing and unknown fields', async () => {
    const { send } = await createApiTestServer();
    const { status, body } = await send({
      method: 'POST',
      url: '/api/v1/employees',
      payload: {
        gender: 'x',
        firstName: 3,
        entryDate: '2020-13-01',
        email: 'no-mail',
        nickname: 'Anni',
        salary: 1,
      },
    });
    expect(status).toBe(400);
    expect(body).toEqual({
      error: {
        code: 'validation.failed',
        message: expect.stringMatching(/^The request is invalid: gender: must be male, female or diverse; /),
        issues: [
          { path: 'gender', message: 'must be male, female or diverse' },
          { path: 'firstName', message: 'must be text' },
          { path: 'lastName', message: 'is required' },
          { path: 'email', message: 'must be an e-mail address' },
          { path: 'entryDate', message: 'must be a date (YYYY-MM-DD)' },
          { path: 'nickname', message: 'is not a known field' },
          { path: 'salary', message: 'is not a known field' },
        ],
      },
    });
  });

  it('names query and path parameters with their own prefix', async () => {
    const { send } = await createApiTestServer();
    const { status, body } = await send({ url: '/api/v1/employees?limit=0&sort=salary&color=red' });
    expect(status).toBe(400);
    expect(
      (body as { error: { issues: { path: string }[] } }).error.issues.map((issue) => issue.path),
    ).toEqual(['query.sort', 'query.limit', 'query.color']);
  });

  it.each([
    ['malformed JSON', '{"name": ', 'application/json', 400, 'request.invalid_json'],
    ['a JSON array instead of an object', '[]', 'application/json', 400, 'validation.failed'],
    ['JSON null', 'null', 'application/json', 400, 'validation.failed'],
    [
      'a body over the limit',
      `{"name":"${'x'.repeat(bodyLimitBytes)}"}`,
      'application/json',
      413,
      'request.body_too_large',
    ],
    ['a form body', 'name=x', 'application/x-www-form-urlencoded', 415, 'request.unsupported_media_type'],
  ])(
    'rejects %s in the error format and stores nothing',
    async (_case, payload, contentType, status, code) => {
      const { send, db } = await createApiTestServer();
      const response = await send({
        method: 'POST',
        url: '/api/v1/departments',
        payload,
        headers: { 'content-type': contentType },
      });
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ error: { code, message: expect.any(String) } });
      expect(JSON.stringify(response.body)).not.toMatch(stackTrace);
      expect(await db.selectFrom('departments').select('id').execute()).toEqual([]);
    },
  );
});
