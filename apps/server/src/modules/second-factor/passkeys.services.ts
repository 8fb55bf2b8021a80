// Passkeys (WebAuthn) as a second factor: typed wrappers around @simplewebauthn/server for the two
// ceremonies. The caller stores each options' `challenge` and passes it back exactly once; the verify
// functions never throw for a bad response, they answer `{ verified: false, reason }`.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import {
  passkeyAlgorithmIds,
  passkeyMaxCredentialIdBytes,
  passkeyMaxUserHandleBytes,
  passkeyTimeoutMs,
  passkeyTransports,
} from './second-factor.config.js';

export type PasskeyTransport = (typeof passkeyTransports)[number];

export type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
};

/** What to store per passkey; `id` and `publicKey` are base64url. */
export interface RegisteredPasskey {
  id: string;
  /** The COSE-encoded public key. */
  publicKey: string;
  counter: number;
  /** Hints for the browser on later sign-ins, filtered to the values WebAuthn defines. */
  transports: PasskeyTransport[];
}

/** `reason` is for the server log (it may quote the challenge or origin), not for the user. */
export type PasskeyFailure = { verified: false; reason: string };

export interface PasskeyRegistrationOptionsInput {
  /** The domain the passkey is bound to, e.g. `zeugnisdesk.example.de` (no scheme, no port). */
  rpId: string;
  rpName: string;
  /** Our user id; becomes the WebAuthn user handle (UTF-8, at most 64 bytes, no personal data). */
  userId: string;
  /** The e-mail address. */
  userName: string;
  userDisplayName: string;
  /** The user's registered passkeys (base64url ids), which the browser must not register again. */
  existingCredentialIds: readonly string[];
}

/** The options for `navigator.credentials.create()`; store `challenge` for the verification. */
export async function createPasskeyRegistrationOptions({
  rpId,
  rpName,
  userId,
  userName,
  userDisplayName,
  existingCredentialIds,
}: PasskeyRegistrationOptionsInput): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const userHandle = new TextEncoder().encode(userId);
  if (userHandle.byteLength === 0 || userHandle.byteLength > passkeyMaxUserHandleBytes)
    throw new RangeError(`userId must be 1 to ${passkeyMaxUserHandleBytes} bytes as UTF-8`);
  return generateRegistrationOptions({
    rpID: rpId,
    rpName,
    userID: userHandle,
    userName,
    userDisplayName,
    timeout: passkeyTimeoutMs,
    attestationType: 'none',
    excludeCredentials: existingCredentialIds.map((id) => ({ id })),
    // A fresh object each call: the library fills in `requireResidentKey` on the object it gets.
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    supportedAlgorithmIDs: [...passkeyAlgorithmIds],
  });
}

export interface VerifyPasskeyRegistrationInput {
  /** The browser's answer, as JSON from the request body (untrusted). */
  response: RegistrationResponseJSON;
  /** The challenge of the options this answer belongs to, as stored by the caller. */
  expectedChallenge: string;
  /** E.g. `https://zeugnisdesk.example.de`. */
  expectedOrigin: string;
  expectedRpId: string;
}

export type PasskeyRegistrationResult = { verified: true; credential: RegisteredPasskey } | PasskeyFailure;

export async function verifyPasskeyRegistration({
  response,
  expectedChallenge,
  expectedOrigin,
  expectedRpId,
}: VerifyPasskeyRegistrationInput): Promise<PasskeyRegistrationResult> {
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin,
      expectedRPID: expectedRpId,
      requireUserPresence: true,
      // The options ask for user verification as 'preferred': it counts as a second factor without it.
      requireUserVerification: false,
      supportedAlgorithmIDs: [...passkeyAlgorithmIds],
    });
    if (!result.verified) return { verified: false, reason: 'attestation not verified' };
    const { credential } = result.registrationInfo;
    // The library returns the id from the authenticator data; the browser's id must name the same credential.
    if (credential.id !== response.id) return { verified: false, reason: 'credential id mismatch' };
    if (isoBase64URL.toBuffer(credential.id).byteLength > passkeyMaxCredentialIdBytes)
      return { verified: false, reason: 'credential id too long' };
    return {
      verified: true,
      credential: {
        id: credential.id,
        publicKey: isoBase64URL.fromBuffer(credential.publicKey),
        counter: credential.counter,
        transports: knownTransports(credential.transports),
      },
    };
  } catch (error) {
    return { verified: false, reason: reasonOf(error) };
  }
}

export interface PasskeyAuthenticationOptionsInput {
  rpId: string;
  /**
   * The user's passkeys (base64url ids). Empty lets the browser offer any passkey for the domain; the
   * caller must then still check that the answering credential belongs to the user.
   */
  allowCredentialIds: readonly string[];
}

/** The options for `navigator.credentials.get()`; store `challenge` for the verification. */
export async function createPasskeyAuthenticationOptions({
  rpId,
  allowCredentialIds,
}: PasskeyAuthenticationOptionsInput): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: rpId,
    allowCredentials: allowCredentialIds.map((id) => ({ id })),
    userVerification: 'preferred',
    timeout: passkeyTimeoutMs,
  });
}

export interface VerifyPasskeyAuthenticationInput {
  response: AuthenticationResponseJSON;
  expectedChallenge: string;
  expectedOrigin: string;
  expectedRpId: string;
  /** The stored passkey that `response.id` names. */
  credential: Pick<RegisteredPasskey, 'id' | 'publicKey' | 'counter'>;
}

/** On success the caller stores `newCounter` as the passkey's counter. */
export type PasskeyAuthenticationResult = { verified: true; newCounter: number } | PasskeyFailure;

export async function verifyPasskeyAuthentication({
  response,
  expectedChallenge,
  expectedOrigin,
  expectedRpId,
  credential,
}: VerifyPasskeyAuthenticationInput): Promise<PasskeyAuthenticationResult> {
  try {
    // The library verifies against the key it is given without looking at which credential answered.
    if (response.id !== credential.id) return { verified: false, reason: 'credential id mismatch' };
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin,
      expectedRPID: expectedRpId,
      credential: {
        id: credential.id,
        publicKey: isoBase64URL.toBuffer(credential.publicKey),
        // A counter that does not increase (when either side is non-zero) is refused: a cloned authenticator.
        counter: credential.counter,
      },
      // User presence is always required; verification only preferred, as in the options.
      requireUserVerification: false,
    });
    if (!result.verified) return { verified: false, reason: 'signature invalid' };
    return { verified: true, newCounter: result.authenticationInfo.newCounter };
  } catch (error) {
    return { verified: false, reason: reasonOf(error) };
  }
}

function knownTransports(transports: unknown): PasskeyTransport[] {
  if (!Array.isArray(transports)) return [];
  const known: readonly unknown[] = passkeyTransports;
  return [...new Set(transports.filter((transport) => known.includes(transport)))] as PasskeyTransport[];
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : 'invalid response';
}
