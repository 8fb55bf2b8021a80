// The shapes of the Entra ID (Azure AD) sign-in: a tenant's settings, the login the browser started and
// the caller keeps server-side, and the identity that comes back.

export interface SsoSettings {
  /** The directory (tenant) id, a GUID; an ID token carrying another `tid` is refused. */
  tenantId: string;
  /** The application (client) id registered in Entra ID; the ID token's `aud` must equal it. */
  clientId: string;
  clientSecret: string;
  /** Defaults to https://login.microsoftonline.com/{tenantId}/v2.0; tests point it at the local IdP. */
  issuer?: string;
}

/**
 * What the callback is checked against. The caller stores it server-side, bound to the browser that
 * started the login (e.g. in its pre-login session, never in a readable cookie or the URL), hands it to
 * `completeSsoLogin` exactly once and deletes it then, whatever the outcome.
 */
export interface PendingSsoLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface StartedSsoLogin {
  /** Where to send the browser (302/303). */
  authorizationUrl: URL;
  pending: PendingSsoLogin;
}

/**
 * A verified sign-in. The user is the pair (issuer, subject) — never the e-mail address, which the
 * tenant's administrators can change and reassign (SECURITY 10.5.2).
 */
export interface SsoIdentity {
  /** The configured issuer, which the ID token's `iss` equals exactly. */
  issuer: string;
  /** Entra's `oid` (the user's object id, the same for every application); `sub` only if there is no `oid`. */
  subject: string;
  /** The token's `tid` (lower case), which equals the configured tenant id; the configured one if absent. */
  tenantId: string;
  /** The `email` claim: optional in Entra ID, unverified, for display and invitations only. */
  email: string | null;
  /** `preferred_username` (usually the UPN): mutable, for display and as a login hint only. */
  preferredUsername: string | null;
  name: string | null;
  /** `auth_time` in seconds since the epoch, if the provider sent it. */
  authTime: number | null;
  /** `amr` (authentication methods); Entra's v2.0 ID tokens usually have none, so treat [] as "unknown". */
  amr: string[];
}
