// A failed single sign-on. `reason` is the machine code the caller branches on (and logs); the message
// is fixed per reason and never carries a secret, a token, a code or text the browser sent.
export const ssoErrorReasons = [
  /** The settings or the redirect URI are unusable (empty client id, tenant id not a GUID, bad URL). */
  'invalid_settings',
  /** The issuer is plain http on a host other than 127.0.0.1, localhost or ::1 (or names an http endpoint). */
  'insecure_issuer',
  /** The issuer's discovery document could not be fetched or read. */
  'discovery_failed',
  /** The discovery document or the ID token names another issuer than the configured one. */
  'issuer_mismatch',
  /** The stored pending login is missing a field. */
  'invalid_pending',
  /** The callback's `state` is missing or not the one this browser's login was started with. */
  'state_mismatch',
  /** The identity provider answered the authorization request with `?error=…` (e.g. access_denied). */
  'idp_error',
  /** The callback carries no authorization code (or is otherwise malformed). */
  'invalid_callback',
  /** The token endpoint refused the code (reused, expired, wrong PKCE verifier, wrong client secret) or was unreachable. */
  'token_exchange_failed',
  /** The ID token's `nonce` is not the one this browser's login was started with. */
  'nonce_mismatch',
  /** The ID token was issued for another client (`aud`). */
  'audience_mismatch',
  /** The ID token's `tid` is not the configured tenant. */
  'tenant_mismatch',
  /** The ID token is missing, unsigned or badly signed, expired, or lacks a subject. */
  'invalid_id_token',
] as const;

export type SsoErrorReason = (typeof ssoErrorReasons)[number];

const messages: Record<SsoErrorReason, string> = {
  invalid_settings: 'The single sign-on settings are invalid.',
  insecure_issuer: 'The identity provider must be reached over https.',
  discovery_failed: 'The identity provider’s metadata could not be loaded.',
  issuer_mismatch: 'The identity provider is not the configured issuer.',
  invalid_pending: 'There is no usable pending sign-in for this callback.',
  state_mismatch: 'The sign-in response does not belong to this sign-in.',
  idp_error: 'The identity provider refused the sign-in.',
  invalid_callback: 'The sign-in response is malformed.',
  token_exchange_failed: 'The authorization code could not be exchanged for tokens.',
  nonce_mismatch: 'The ID token does not belong to this sign-in.',
  audience_mismatch: 'The ID token was issued for another application.',
  tenant_mismatch: 'The ID token comes from another tenant.',
  invalid_id_token: 'The ID token is invalid.',
};

export interface SsoErrorDetails {
  /** The OAuth error code the identity provider answered with (`access_denied`, `invalid_grant`, …), if any. */
  idpError?: string;
  /**
   * The provider's `error_description` (for Entra ID it starts with the AADSTS code an administrator can
   * look up). It comes through the browser, so it is untrusted text: control characters are removed and it
   * is cut to 300 characters, but it must still be encoded wherever it is shown or logged.
   */
  idpErrorDescription?: string;
}

export class SsoError extends Error {
  readonly idpError: string | undefined;
  readonly idpErrorDescription: string | undefined;

  constructor(
    readonly reason: SsoErrorReason,
    details: SsoErrorDetails = {},
  ) {
    const idpError = toErrorCode(details.idpError);
    super(idpError ? `${messages[reason]} (${idpError})` : messages[reason]);
    this.name = 'SsoError';
    this.idpError = idpError;
    this.idpErrorDescription = toDescription(details.idpErrorDescription);
  }
}

// OAuth error codes are printable ASCII without quotes or backslashes (RFC 6749 §5.2); anything else is dropped.
function toErrorCode(value: string | undefined): string | undefined {
  return value !== undefined && /^[\w.-]{1,64}$/.test(value) ? value : undefined;
}

function toDescription(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return cleaned ? cleaned.slice(0, 300) : undefined;
}

export function isSsoError(error: unknown, reason?: SsoErrorReason): error is SsoError {
  return error instanceof SsoError && (reason === undefined || error.reason === reason);
}
