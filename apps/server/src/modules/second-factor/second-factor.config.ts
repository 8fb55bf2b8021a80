// Constants of the second factors (issue #6, U9): TOTP apps, one-time recovery codes and passkeys.
import { COSEALG } from '@simplewebauthn/server/helpers';

/** The issuer shown in authenticator apps next to the account name. */
export const totpIssuer = 'Zeugnisdesk';

/** RFC 6238 parameters as every authenticator app supports them (SHA-1, 6 digits, 30 s). */
export const totpAlgorithm = 'sha1';
export const totpDigits = 6;
export const totpPeriodSeconds = 30;

/** Codes of the previous and the next time step are accepted too (clock drift, typing time). */
export const totpAllowedDriftSteps = 1;

/** Size of a new TOTP secret: 20 bytes = 160 bits, the HMAC-SHA-1 block that RFC 4226 recommends. */
export const totpSecretBytes = 20;

/** Recovery codes issued at once. */
export const recoveryCodeCount = 10;

/**
 * Random bytes per recovery code: 15 bytes = 120 bits = 24 Crockford base32 characters. At least
 * 112 bits (ASVS 6.5.2), so an unsalted SHA-256 hash is enough to store it.
 */
export const recoveryCodeBytes = 15;

/** Characters per group in the printed code, e.g. `7k2m-…` (6 groups of 4). */
export const recoveryCodeGroupLength = 4;

/**
 * How long the browser waits for the user during a passkey ceremony. WebAuthn recommends 5–10
 * minutes when user verification may happen; the caller's stored challenge must live at least as long.
 */
export const passkeyTimeoutMs = 300_000;

/** Accepted public key algorithms, in order of preference; registration offers and checks the same list. */
export const passkeyAlgorithmIds: readonly number[] = [COSEALG.ES256, COSEALG.EdDSA, COSEALG.RS256];

/** The WebAuthn specification's limit on the length of a credential id. */
export const passkeyMaxCredentialIdBytes = 1023;

/** WebAuthn limits the user handle (our user id, UTF-8) to 64 bytes. */
export const passkeyMaxUserHandleBytes = 64;

/** The transports WebAuthn defines; anything else a browser reports is dropped before storing. */
export const passkeyTransports = ['ble', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'] as const;
