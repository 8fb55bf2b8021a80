// Passkeys in the browser (WebAuthn): creating one for the account, and signing in with one in the
// second step of a sign-in. The server hands out the options as JSON and checks the browser's answer;
// the browser's own JSON helpers translate in between.
import { api, setCsrfToken } from '../../app/api/api';
import type { Session } from '../auth/auth.types';

/** True when this browser can create and use passkeys with JSON options (every current browser). */
export function isPasskeySupported(): boolean {
  const credential = globalThis.PublicKeyCredential as typeof PublicKeyCredential | undefined;
  return (
    globalThis.isSecureContext === true &&
    typeof credential === 'function' &&
    typeof credential.parseCreationOptionsFromJSON === 'function' &&
    typeof credential.parseRequestOptionsFromJSON === 'function' &&
    typeof navigator.credentials?.create === 'function'
  );
}

/** Lets the browser create a passkey; the answer (toJSON) goes to the server unchanged. */
export async function createPasskeyCredential(
  options: PublicKeyCredentialCreationOptionsJSON,
): Promise<unknown> {
  const credential = (await navigator.credentials.create({
    publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options),
  })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('The browser created no passkey.', 'NotAllowedError');
  return credential.toJSON();
}

async function getPasskeyAssertion(options: PublicKeyCredentialRequestOptionsJSON): Promise<unknown> {
  const credential = (await navigator.credentials.get({
    publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options),
  })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('The browser used no passkey.', 'NotAllowedError');
  return credential.toJSON();
}

// For the sign-in requests a 401 is an answer (the pending sign-in expired), not a lost session.
const asAnswer = { reportSessionLost: false } as const;

/**
 * The second step of a sign-in with a passkey: the server's challenge for the pending sign-in, the
 * browser's signature, and the session that the server opens for it.
 */
export async function signInWithPasskey(): Promise<Session> {
  const options = await api.post<PublicKeyCredentialRequestOptionsJSON>(
    '/api/v1/auth/second-factor/passkey-options',
    undefined,
    asAnswer,
  );
  const response = await getPasskeyAssertion(options);
  const session = await api.post<Session>(
    '/api/v1/auth/second-factor',
    { method: 'passkey', response },
    asAnswer,
  );
  setCsrfToken(session.csrfToken);
  return session;
}
