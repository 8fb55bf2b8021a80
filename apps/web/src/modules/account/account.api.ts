// The endpoints of the signed-in user's own account: the user record, the password, „log out
// everywhere“, and setting up or removing second factors. Every set-up gives the session a new token,
// so its answer carries a new CSRF token, which the API client uses from then on.
import { api, setCsrfToken } from '../../app/api/api';
import type { EnrolmentAnswer, OwnUser, Passkey, TotpSetup } from './account.types';

const auth = '/api/v1/auth';

/** Hands the new CSRF token of a set-up to the API client before anything else can be sent. */
function enrolled<T extends EnrolmentAnswer>(answer: T): T {
  setCsrfToken(answer.csrfToken);
  return answer;
}

export function fetchOwnUser(userId: string, signal?: AbortSignal): Promise<OwnUser> {
  return api.get<OwnUser>(`/api/v1/users/${encodeURIComponent(userId)}`, signal ? { signal } : {});
}

export function changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
  return api.post(`${auth}/password`, input);
}

export async function logoutEverywhere(): Promise<void> {
  try {
    await api.post(`${auth}/logout-everywhere`);
  } finally {
    setCsrfToken(null);
  }
}

export function startTotpSetup(): Promise<TotpSetup> {
  return api.post<TotpSetup>(`${auth}/totp/setup`);
}

export async function confirmTotp(input: {
  secret: string;
  code: string;
  currentPassword?: string;
}): Promise<EnrolmentAnswer> {
  return enrolled(await api.post<EnrolmentAnswer>(`${auth}/totp`, input));
}

export function removeTotp(currentPassword: string): Promise<void> {
  return api.post(`${auth}/totp/remove`, { currentPassword });
}

export function renewRecoveryCodes(currentPassword: string): Promise<{ recoveryCodes: string[] }> {
  return api.post(`${auth}/recovery-codes`, { currentPassword });
}

export function sendPhoneCode(phone: string): Promise<{ status: string }> {
  return api.post(`${auth}/phone`, { phone });
}

export async function confirmPhone(code: string): Promise<EnrolmentAnswer> {
  return enrolled(await api.post<EnrolmentAnswer>(`${auth}/phone/confirm`, { code }));
}

/** The creation options of a new passkey, as JSON for PublicKeyCredential.parseCreationOptionsFromJSON. */
export function startPasskeyRegistration(): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return api.post<PublicKeyCredentialCreationOptionsJSON>(`${auth}/passkeys/options`);
}

export async function finishPasskeyRegistration(input: {
  name: string;
  response: unknown;
}): Promise<EnrolmentAnswer & { passkeyId: string }> {
  return enrolled(await api.post<EnrolmentAnswer & { passkeyId: string }>(`${auth}/passkeys`, input));
}

export async function fetchPasskeys(signal?: AbortSignal): Promise<Passkey[]> {
  const { items } = await api.get<{ items: Passkey[] }>(`${auth}/passkeys`, signal ? { signal } : {});
  return items;
}

export function removePasskey(input: { id: string; currentPassword: string }): Promise<void> {
  return api.post(`${auth}/passkeys/${encodeURIComponent(input.id)}/remove`, {
    currentPassword: input.currentPassword,
  });
}
