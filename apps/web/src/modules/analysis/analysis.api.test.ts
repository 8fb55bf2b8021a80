import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../app/api/api';
import { createApiClient } from '../../app/api/api-client';
import { analysePdf, analyseText } from './analysis.api';

const answer = () =>
  new Response(JSON.stringify({ kind: 'final' }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

function stubFetch() {
  const fetch = vi.fn(async (_input: string, _init: RequestInit) => answer());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('the API client with a raw body (contentType)', () => {
  it('sends the body as it is, with that content type and the CSRF token', async () => {
    const fetch = vi.fn(async (_input: string, _init: RequestInit) => answer());
    const client = createApiClient({ fetch, getCsrfToken: () => 'csrf-9', onSessionLost: () => {} });
    const pdf = new Blob(['%PDF-1.7 …'], { type: 'application/pdf' });
    await client.post('/api/v1/analysis/pdf', pdf, { contentType: 'application/pdf' });
    const init = fetch.mock.calls[0]![1];
    expect(init.body).toBe(pdf);
    expect(init.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-csrf-token': 'csrf-9' });
  });
});

describe('the analysis API', () => {
  it('posts pasted text as JSON with the CSRF token', async () => {
    const fetch = stubFetch();
    setCsrfToken('csrf-1');
    await expect(analyseText('Arbeitszeugnis …')).resolves.toEqual({ kind: 'final' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/v1/analysis');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"text":"Arbeitszeugnis …"}');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'x-csrf-token': 'csrf-1' });
  });

  it('posts a PDF as the raw body with Content-Type application/pdf and the CSRF token', async () => {
    const fetch = stubFetch();
    setCsrfToken('csrf-2');
    const file = new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46])], { type: 'application/pdf' });
    await analysePdf(file);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/v1/analysis/pdf');
    expect(init.body).toBe(file);
    expect(init.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-csrf-token': 'csrf-2' });
  });
});
