// The one HTTP client of the app: JSON in and out (raw bodies and blobs where asked for), the session's
// CSRF token on every state-changing request, every failure turned into an ApiError, and a lost session
// reported (the app then sends the user to /anmelden). fetch is injected, so it runs in unit tests.
import type { ApiError } from './api-client.models';
import {
  buildUrl,
  isSessionLost,
  needsCsrfToken,
  networkError,
  toApiError,
  type QueryValue,
} from './api-client.models';

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /**
   * Send `body` as it is (a Blob, an ArrayBuffer …) with this content type, e.g. `application/pdf`;
   * without it the body is sent as JSON.
   */
  contentType?: string;
  /** 'blob': a successful answer is returned as it is (an image, a PDF); errors are still read as JSON. */
  responseType?: 'json' | 'blob';
  signal?: AbortSignal;
  /**
   * Report a lost session (401 auth.required) to `onSessionLost` (default). Sign-in requests turn this
   * off: for them a 401 is an answer, not a lost session.
   */
  reportSessionLost?: boolean;
}

export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
}

export interface ApiClientDependencies {
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  getCsrfToken: () => string | null;
  onSessionLost: (error: ApiError) => void;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function createApiClient({ fetch, getCsrfToken, onSessionLost }: ApiClientDependencies): ApiClient {
  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const isBlob = options.responseType === 'blob';
    const headers: Record<string, string> = { accept: isBlob ? '*/*' : 'application/json' };
    if (options.body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const csrfToken = getCsrfToken();
    if (csrfToken && needsCsrfToken(method)) headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await fetch(buildUrl(path, options.query), {
        method,
        headers,
        credentials: 'same-origin',
        ...(options.body !== undefined
          ? { body: options.contentType ? (options.body as BodyInit) : JSON.stringify(options.body) }
          : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw networkError(error);
    }
    if (isBlob && response.ok) return (await response.blob()) as T;
    const body = await readJson(response);
    if (!response.ok) {
      const error = toApiError(response.status, body);
      if (options.reportSessionLost !== false && isSessionLost(error)) onSessionLost(error);
      throw error;
    }
    return body as T;
  }

  return {
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
  };
}
