// The app's instance of the API client, and the session-wide state it needs: the CSRF token of the
// current session (kept in memory only; a reload fetches it again with the session) and what to do
// when the session is lost.
import { createApiClient } from './api-client';
import type { ApiError } from './api-client.models';

let csrfToken: string | null = null;
let sessionLostHandler: (error: ApiError) => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The app registers one handler (clear the session, go to /anmelden); the last one wins. */
export function setSessionLostHandler(handler: (error: ApiError) => void): void {
  sessionLostHandler = handler;
}

export const api = createApiClient({
  fetch: (input, init) => globalThis.fetch(input, init),
  getCsrfToken: () => csrfToken,
  onSessionLost: (error) => sessionLostHandler(error),
});
