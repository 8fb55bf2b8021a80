// Fixed values of the Entra ID (Azure AD) sign-in: what is asked for, how long discovery metadata is
// trusted, how long a request to the identity provider may take, and which hosts may use plain http.

/** Entra ID's issuer for a single-tenant application (the `{tenantId}` is the directory's GUID). */
export function entraIssuerFor(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}/v2.0`;
}

/** `openid` for the ID token, `profile` for `oid`, `name` and `preferred_username`, `email` for `email`. */
export const ssoScope = 'openid profile email';

/** Discovery metadata (and the signing keys fetched with it) is reused for an hour per issuer. */
export const ssoMetadataTtlMs = 60 * 60 * 1000;

/** Each request to the identity provider (discovery, token, keys) gives up after this many seconds. */
export const ssoHttpTimeoutSeconds = 10;

/**
 * Hosts on which an http (not https) issuer is accepted: this machine only, for tests and local
 * development. `URL.hostname` writes IPv6 addresses in brackets.
 */
export const ssoLoopbackHosts: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Entra ID tenant ids are GUIDs; names like `common` or `organizations` would accept every tenant. */
export const tenantIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
