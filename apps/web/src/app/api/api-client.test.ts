import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './api-client';
import {
  ApiError,
  buildUrl,
  errorMessageKey,
  issueMessages,
  issuesByField,
  needsCsrfToken,
  toApiError,
} from './api-client.models';

function jsonResponse(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
}

function clientWith(response: Response | Error, csrfToken: string | null = 'csrf-1') {
  const fetch = vi.fn(async (_input: string, _init: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
  const onSessionLost = vi.fn();
  const client = createApiClient({ fetch, getCsrfToken: () => csrfToken, onSessionLost });
  return { client, fetch, onSessionLost };
}

const headersOf = (fetch: ReturnType<typeof clientWith>['fetch']) =>
  fetch.mock.calls[0]?.[1].headers as Record<string, string>;

describe('buildUrl', () => {
  it('adds only the parameters that have a value, encoded', () => {
    expect(buildUrl('/api/v1/employees')).toBe('/api/v1/employees');
    expect(buildUrl('/api/v1/employees', { search: '', status: undefined, cursor: null })).toBe(
      '/api/v1/employees',
    );
    expect(buildUrl('/api/v1/employees', { search: 'Müller & Söhne', limit: 25 })).toBe(
      '/api/v1/employees?search=M%C3%BCller+%26+S%C3%B6hne&limit=25',
    );
  });
});

describe('toApiError', () => {
  it('reads the server error format with its code and field issues', () => {
    const error = toApiError(400, {
      error: {
        code: 'auth.password_rejected',
        message: 'The password does not meet the policy.',
        issues: [{ path: 'password', message: 'Zu kurz.' }, { nonsense: true }],
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'auth.password_rejected' });
    expect(error.issues).toEqual([{ path: 'password', message: 'Zu kurz.' }]);
  });

  it('still makes a typed error of bodies that are not the error format (a proxy page, nothing)', () => {
    expect(toApiError(502, '<html>Bad gateway</html>')).toMatchObject({ status: 502, code: 'http.502' });
    expect(toApiError(500, undefined)).toMatchObject({ status: 500, code: 'http.500', issues: [] });
    expect(toApiError(400, { error: { code: 42 } })).toMatchObject({ code: 'http.400' });
  });
});

describe('needsCsrfToken', () => {
  it('is true for every method that can change state', () => {
    expect(['POST', 'PATCH', 'PUT', 'DELETE', 'post'].map(needsCsrfToken)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['GET', 'HEAD', 'OPTIONS', 'get'].map(needsCsrfToken)).toEqual([false, false, false, false]);
  });
});

describe('issuesByField', () => {
  it('keys the first message by field, without the body. prefix', () => {
    expect(
      issuesByField([
        { path: 'body.email', message: 'Ungültig.' },
        { path: 'password', message: 'Zu kurz.' },
        { path: 'password', message: 'Zu verbreitet.' },
      ]),
    ).toEqual({ email: 'Ungültig.', password: 'Zu kurz.' });
  });
});

describe('issueMessages', () => {
  it('collects every message about one field', () => {
    const issues = [
      { path: 'password', message: 'Zu kurz.' },
      { path: 'body.password', message: 'Zu verbreitet.' },
      { path: 'token', message: 'Ungültig.' },
    ];
    expect(issueMessages(issues, 'password')).toEqual(['Zu kurz.', 'Zu verbreitet.']);
    expect(issueMessages(issues, 'email')).toEqual([]);
  });
});

describe('errorMessageKey', () => {
  it('maps the codes of refused sign-ins to one message each, never the server text', () => {
    expect(errorMessageKey(new ApiError(401, 'auth.invalid_credentials', 'x'))).toBe(
      'errors.invalidCredentials',
    );
    expect(errorMessageKey(new ApiError(429, 'auth.rate_limited', 'x'))).toBe('errors.rateLimited');
    expect(errorMessageKey(new ApiError(401, 'auth.invalid_code', 'x'))).toBe('errors.invalidCode');
    expect(errorMessageKey(new ApiError(400, 'auth.invalid_token', 'x'))).toBe('errors.invalidLink');
  });

  it('falls back by status for codes it does not know', () => {
    expect(errorMessageKey(new ApiError(0, 'network.failed', 'x'))).toBe('errors.network');
    expect(errorMessageKey(new ApiError(404, 'employee.not_found', 'x'))).toBe('errors.notFound');
    expect(errorMessageKey(new ApiError(409, 'role.in_use', 'x'))).toBe('errors.conflict');
    expect(errorMessageKey(new ApiError(503, 'server.shutting_down', 'x'))).toBe('errors.server');
    expect(errorMessageKey(new ApiError(418, 'teapot', 'x'))).toBe('errors.unknown');
    expect(errorMessageKey(new Error('boom'))).toBe('errors.unknown');
  });
});

describe('createApiClient', () => {
  it('sends JSON and the CSRF token with a state-changing request', async () => {
    const { client, fetch } = clientWith(jsonResponse(200, { ok: true }));
    await expect(client.post('/api/v1/auth/logout', { all: false })).resolves.toEqual({ ok: true });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/v1/auth/logout');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"all":false}' });
    expect(headersOf(fetch)).toMatchObject({ 'x-csrf-token': 'csrf-1', 'content-type': 'application/json' });
  });

  it('does not send the CSRF token with a read, nor a token it does not have', async () => {
    const read = clientWith(jsonResponse(200, { items: [] }));
    await read.client.get('/api/v1/employees', { query: { search: 'Müller' } });
    expect(read.fetch.mock.calls[0]![0]).toBe('/api/v1/employees?search=M%C3%BCller');
    expect(headersOf(read.fetch)).not.toHaveProperty('x-csrf-token');

    const signedOut = clientWith(jsonResponse(202, { status: 'accepted' }), null);
    await signedOut.client.post('/api/v1/auth/password-reset/request', { email: 'a@b.de' });
    expect(headersOf(signedOut.fetch)).not.toHaveProperty('x-csrf-token');
  });

  it('answers undefined for an empty 204', async () => {
    const { client } = clientWith(jsonResponse(204));
    await expect(client.post('/api/v1/auth/logout')).resolves.toBeUndefined();
  });

  it('turns an error answer into an ApiError with the server code', async () => {
    const { client } = clientWith(
      jsonResponse(401, { error: { code: 'auth.invalid_credentials', message: 'Wrong.' } }),
    );
    await expect(client.post('/api/v1/auth/login', {}, { reportSessionLost: false })).rejects.toMatchObject({
      status: 401,
      code: 'auth.invalid_credentials',
    });
  });

  it('reports a lost session once, and still rejects the request', async () => {
    const { client, onSessionLost } = clientWith(
      jsonResponse(401, { error: { code: 'auth.required', message: 'Sign in first.' } }),
    );
    await expect(client.get('/api/v1/employees')).rejects.toMatchObject({ code: 'auth.required' });
    expect(onSessionLost).toHaveBeenCalledTimes(1);
  });

  it('does not report a refused sign-in or a sign-in request as a lost session', async () => {
    const refused = clientWith(
      jsonResponse(401, { error: { code: 'auth.invalid_credentials', message: 'Wrong.' } }),
    );
    await expect(refused.client.get('/api/v1/employees')).rejects.toBeInstanceOf(ApiError);
    expect(refused.onSessionLost).not.toHaveBeenCalled();

    const session = clientWith(
      jsonResponse(401, { error: { code: 'auth.required', message: 'Sign in first.' } }),
    );
    await expect(
      session.client.get('/api/v1/auth/session', { reportSessionLost: false }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(session.onSessionLost).not.toHaveBeenCalled();
  });

  it('sends a raw body with its content type and returns a blob answer as it is', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    const { client, fetch } = clientWith(
      new Response(svg, { status: 200, headers: { 'content-type': 'image/svg+xml' } }),
    );
    const file = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    const answer = await client.request<Blob>('PUT', '/api/v1/companies/c1/assets/logo', {
      body: file,
      contentType: 'image/png',
      responseType: 'blob',
    });
    expect(answer).toBeInstanceOf(Blob);
    expect(await answer.text()).toBe(svg);
    const [, init] = fetch.mock.calls[0]!;
    expect(init.body).toBe(file);
    expect(headersOf(fetch)).toMatchObject({
      'content-type': 'image/png',
      'x-csrf-token': 'csrf-1',
      accept: '*/*',
    });
  });

  it('still reads a failed blob request as an ApiError with the server’s issues', async () => {
    const { client } = clientWith(
      jsonResponse(400, {
        error: {
          code: 'validation.failed',
          message: 'Invalid.',
          issues: [{ path: 'layout.margins.top', message: 'must be at least 10 mm' }],
        },
      }),
    );
    await expect(
      client.post('/api/v1/companies/c1/layout-preview', { layout: {} }, { responseType: 'blob' }),
    ).rejects.toMatchObject({
      status: 400,
      code: 'validation.failed',
      issues: [{ path: 'layout.margins.top', message: 'must be at least 10 mm' }],
    });
  });

  it('turns an unreachable server into a network error', async () => {
    const { client } = clientWith(new TypeError('Failed to fetch'));
    await expect(client.get('/api/v1/employees')).rejects.toMatchObject({
      status: 0,
      code: 'network.failed',
    });
  });

  it('lets an aborted request stay an abort', async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    const { client } = clientWith(abort);
    await expect(client.get('/api/v1/employees', { signal: controller.signal })).rejects.toBe(abort);
  });
});
