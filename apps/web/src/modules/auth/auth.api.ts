// The sign-in endpoints. Every answer that opens a session also hands its CSRF token to the API client.
import { api, setCsrfToken } from '../../app/api/api';
import { isApiError } from '../../app/api/api-client.models';
import type {
  PasswordPolicy,
  Invitation,
  LoginAnswer,
  PendingSecondFactor,
  SecondFactorMethod,
  Session,
  SignInOptions,
} from './auth.types';

const base = '/api/v1/auth';
// For these requests a 401 is an answer (wrong password, wrong code), not a lost session.
const asAnswer = { reportSessionLost: false } as const;

/** Keeps the CSRF token of an answer that carries one (a session, or a sign-in that opened one). */
function remember<T>(answer: T): T {
  const token = (answer as { csrfToken?: unknown } | null)?.csrfToken;
  if (typeof token === 'string') setCsrfToken(token);
  return answer;
}

/** The current session, or null when signed out. */
export async function fetchSession(): Promise<Session | null> {
  try {
    return remember(await api.get<Session>(`${base}/session`, asAnswer));
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(input: { email: string; password: string }): Promise<LoginAnswer> {
  return remember(await api.post<LoginAnswer>(`${base}/login`, input, asAnswer));
}

/** Whether to offer „Mit Microsoft anmelden“: for `organizationId`, or the installation's only one. */
export function fetchSignInOptions(organizationId?: string, signal?: AbortSignal): Promise<SignInOptions> {
  return api.get<SignInOptions>(`${base}/sign-in-options`, {
    ...asAnswer,
    query: { organization: organizationId },
    ...(signal ? { signal } : {}),
  });
}

/** Starts the sign-in with Microsoft; answers where to send the browser (the provider's sign-in). */
export function startSsoSignIn(organizationId: string): Promise<{ authorizationUrl: string }> {
  return api.post(`${base}/sso/start`, { organizationId }, asAnswer);
}

export function fetchPendingSecondFactor(): Promise<PendingSecondFactor> {
  return api.get<PendingSecondFactor>(`${base}/second-factor`, asAnswer);
}

export function sendSignInSms(): Promise<{ status: string }> {
  return api.post(`${base}/second-factor/sms`, undefined, asAnswer);
}

export async function answerSecondFactor(input: {
  method: Exclude<SecondFactorMethod, 'passkey'>;
  code: string;
}): Promise<Session> {
  return remember(await api.post<Session>(`${base}/second-factor`, input, asAnswer));
}

export async function logout(): Promise<void> {
  try {
    await api.post(`${base}/logout`, undefined, asAnswer);
  } finally {
    setCsrfToken(null);
  }
}

export function requestPasswordReset(email: string): Promise<{ status: string }> {
  return api.post(`${base}/password-reset/request`, { email }, asAnswer);
}

export function completePasswordReset(input: {
  token: string;
  password: string;
}): Promise<{ status: string }> {
  return api.post(`${base}/password-reset/complete`, input, asAnswer);
}

/** The password rules for the reset page; refuses an invalid, used or expired link. */
export function inspectPasswordReset(token: string): Promise<{ passwordPolicy: PasswordPolicy }> {
  return api.post(`${base}/password-reset/inspect`, { token }, asAnswer);
}

export function inspectInvitation(token: string): Promise<Invitation> {
  return api.post<Invitation>(`${base}/invitation/inspect`, { token }, asAnswer);
}

export function acceptInvitation(input: { token: string; password: string }): Promise<{ status: string }> {
  return api.post(`${base}/invitation/accept`, input, asAnswer);
}
