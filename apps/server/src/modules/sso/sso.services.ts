// Sign-in with Microsoft Entra ID (Azure AD) over OpenID Connect: the authorization code flow with PKCE
// (S256), state and nonce through openid-client, and the checks SECURITY §1.4 asks of the answer
// (10.1.2, 10.2.1, 10.5.1–10.5.4, 6.8.2). No database and no routes: the caller keeps the pending login
// server-side, bound to the browser, and maps the identity (issuer + subject) to a user.
import { createHash, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import {
  entraIssuerFor,
  ssoHttpTimeoutSeconds,
  ssoLoopbackHosts,
  ssoMetadataTtlMs,
  ssoScope,
  tenantIdPattern,
} from './sso.config.js';
import { SsoError } from './sso.errors.js';
import type { PendingSsoLogin, SsoIdentity, SsoSettings, StartedSsoLogin } from './sso.models.js';

// ---------------------------------------------------------------------------------------------------
// Discovery metadata cache

/** Discovery metadata and signing keys per issuer, so that a sign-in does not fetch them every time. */
export interface SsoMetadataCache {
  /** The issuer's metadata: cached while fresh, else from `load`. A failed load is not kept. */
  metadata(issuer: string, load: () => Promise<oidc.ServerMetadata>): Promise<oidc.ServerMetadata>;
  /** The signing keys last fetched from the issuer's `jwks_uri`; they expire with its metadata. */
  jwks(issuer: string): oidc.ExportedJWKSCache | undefined;
  storeJwks(issuer: string, jwks: oidc.ExportedJWKSCache): void;
  clear(): void;
}

export function createSsoMetadataCache({
  now = () => new Date(),
  ttlMs = ssoMetadataTtlMs,
}: { now?: () => Date; ttlMs?: number } = {}): SsoMetadataCache {
  interface Entry {
    expiresAt: number;
    metadata: Promise<oidc.ServerMetadata>;
    jwks?: oidc.ExportedJWKSCache;
  }
  const entries = new Map<string, Entry>();
  const fresh = (issuer: string) => {
    const entry = entries.get(issuer);
    return entry && entry.expiresAt > now().getTime() ? entry : undefined;
  };
  return {
    metadata(issuer, load) {
      const cached = fresh(issuer);
      if (cached) return cached.metadata;
      // Concurrent sign-ins share one request; a failure removes the entry so the next one retries.
      const entry: Entry = { expiresAt: now().getTime() + ttlMs, metadata: load() };
      entries.set(issuer, entry);
      entry.metadata.catch(() => {
        if (entries.get(issuer) === entry) entries.delete(issuer);
      });
      return entry.metadata;
    },
    jwks: (issuer) => fresh(issuer)?.jwks,
    storeJwks(issuer, jwks) {
      const entry = fresh(issuer);
      if (entry) entry.jwks = jwks;
    },
    clear: () => entries.clear(),
  };
}

/** The process-wide cache used when the caller passes none. */
const sharedMetadataCache = createSsoMetadataCache();

// ---------------------------------------------------------------------------------------------------
// The two steps

export interface StartSsoLoginArgs {
  settings: SsoSettings;
  /** The callback URL registered in Entra ID: https (http only on loopback), no query, no fragment. */
  redirectUri: string;
  metadataCache?: SsoMetadataCache;
}

/** Builds the authorization URL and the pending login (fresh state, nonce and PKCE verifier from the CSPRNG). */
export async function startSsoLogin({
  settings,
  redirectUri,
  metadataCache = sharedMetadataCache,
}: StartSsoLoginArgs): Promise<StartedSsoLogin> {
  const target = resolveTarget(settings);
  const redirect = checkRedirectUri(redirectUri);
  const config = await getConfiguration(target, metadataCache);
  const pending: PendingSsoLogin = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
  };
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirect.href,
    response_type: 'code',
    response_mode: 'query',
    scope: ssoScope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { authorizationUrl, pending };
}

export interface CompleteSsoLoginArgs {
  settings: SsoSettings;
  /** The same redirect URI the login was started with (sent again to the token endpoint). */
  redirectUri: string;
  /** The URL the browser came back on; only its query is read. */
  callbackUrl: URL;
  /** The pending login stored for this browser; delete it after this call, whatever the outcome. */
  pending: PendingSsoLogin;
  metadataCache?: SsoMetadataCache;
}

/**
 * Checks the callback (state first, in constant time), exchanges the code with the PKCE verifier and the
 * client secret, verifies the ID token (signature against the issuer's keys, issuer, audience, nonce,
 * expiry, tenant) and returns who signed in. Every failure is an `SsoError`.
 */
export async function completeSsoLogin({
  settings,
  redirectUri,
  callbackUrl,
  pending,
  metadataCache = sharedMetadataCache,
}: CompleteSsoLoginArgs): Promise<SsoIdentity> {
  const target = resolveTarget(settings);
  const redirect = checkRedirectUri(redirectUri);
  checkPending(pending);
  const params = callbackUrl.searchParams;

  // 10.1.2 / 10.2.1: only a response to the flow this browser started is looked at any further.
  const state = singleParam(params, 'state');
  if (state === undefined || !isSameSecret(state, pending.state)) throw new SsoError('state_mismatch');
  const config = await getConfiguration(target, metadataCache);
  // RFC 9207 (mix-up attacks): a response that names its issuer must name the configured one, and a
  // provider that promises to name itself must do so. Entra ID does neither; the code then only works
  // at the token endpoint of the provider that issued it.
  if (params.has('iss')) {
    if (singleParam(params, 'iss') !== target.issuer) throw new SsoError('issuer_mismatch');
  } else if (config.serverMetadata().authorization_response_iss_parameter_supported === true) {
    throw new SsoError('issuer_mismatch');
  }
  if (params.has('error')) {
    throw new SsoError('idp_error', {
      idpError: params.get('error') ?? undefined,
      idpErrorDescription: params.get('error_description') ?? undefined,
    });
  }
  if (singleParam(params, 'code') === undefined) throw new SsoError('invalid_callback');

  // The redirect URI sent to the token endpoint is the configured one, not whatever host the request named.
  const currentUrl = new URL(redirect.href);
  currentUrl.search = params.toString();
  let claims: oidc.IDToken | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    throw toSsoError(error);
  }
  // Keys that verified a token are kept for the next sign-in (openid-client refetches them after 5 minutes).
  const jwks = oidc.getJwksCache(config);
  if (jwks) metadataCache.storeJwks(target.issuer, jwks);
  if (!claims) throw new SsoError('invalid_id_token');
  return toIdentity(claims, target);
}

// ---------------------------------------------------------------------------------------------------
// Settings and inputs

interface Target {
  issuer: string;
  /** Plain http is allowed (loopback issuer). */
  allowHttp: boolean;
  /** Lower case, as Entra writes `tid`. */
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

function resolveTarget(settings: SsoSettings): Target {
  const { tenantId, clientId, clientSecret } = settings;
  if (typeof tenantId !== 'string' || !tenantIdPattern.test(tenantId)) throw new SsoError('invalid_settings');
  if (typeof clientId !== 'string' || clientId.trim() === '') throw new SsoError('invalid_settings');
  if (typeof clientSecret !== 'string' || clientSecret === '') throw new SsoError('invalid_settings');
  const issuer = settings.issuer ?? entraIssuerFor(tenantId.toLowerCase());
  const url = parseUrl(issuer);
  // An issuer identifier has no query, fragment or credentials (OpenID Connect Discovery §2).
  if (!url || url.search || url.hash || url.username || url.password) throw new SsoError('invalid_settings');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SsoError('invalid_settings');
  if (url.protocol === 'http:' && !isLoopback(url)) throw new SsoError('insecure_issuer');
  return {
    issuer,
    allowHttp: url.protocol === 'http:',
    tenantId: tenantId.toLowerCase(),
    clientId,
    clientSecret,
  };
}

function checkRedirectUri(redirectUri: string): URL {
  const url = parseUrl(redirectUri);
  // openid-client derives the token request's redirect_uri from the URL without its query, so a
  // redirect URI with a query could never match; Entra ID itself allows http only for localhost.
  if (!url || url.search || url.hash || url.username || url.password) throw new SsoError('invalid_settings');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new SsoError('invalid_settings');
  }
  return url;
}

function checkPending(pending: PendingSsoLogin): void {
  const fields = [pending?.state, pending?.nonce, pending?.codeVerifier];
  if (!fields.every((field) => typeof field === 'string' && field !== ''))
    throw new SsoError('invalid_pending');
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function isLoopback(url: URL): boolean {
  return ssoLoopbackHosts.has(url.hostname);
}

/** The parameter's value if it occurs exactly once (a repeated parameter is an attack or a bug). */
function singleParam(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  return values.length === 1 ? values[0] : undefined;
}

/** Constant-time comparison of two strings of any length (SHA-256 digests have equal length). */
function isSameSecret(actual: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(actual), digest(expected));
}

// ---------------------------------------------------------------------------------------------------
// Discovery

async function getConfiguration(target: Target, cache: SsoMetadataCache): Promise<oidc.Configuration> {
  const metadata = await cache.metadata(target.issuer, () => discover(target));
  const config = new oidc.Configuration(metadata, target.clientId, target.clientSecret);
  config.timeout = ssoHttpTimeoutSeconds;
  if (target.allowHttp) oidc.allowInsecureRequests(config);
  // Verify the ID token's signature against the issuer's keys even though it came over the back channel
  // (openid-client skips that by default, as OpenID Connect allows; SECURITY 6.8.2 does not).
  oidc.enableNonRepudiationChecks(config);
  const jwks = cache.jwks(target.issuer);
  if (jwks) oidc.setJwksCache(config, jwks);
  return config;
}

async function discover(target: Target): Promise<oidc.ServerMetadata> {
  let config: oidc.Configuration;
  try {
    config = await oidc.discovery(new URL(target.issuer), target.clientId, undefined, undefined, {
      timeout: ssoHttpTimeoutSeconds,
      execute: target.allowHttp ? [oidc.allowInsecureRequests] : [],
    });
  } catch (error) {
    if (error instanceof oidc.ClientError && error.code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') {
      throw new SsoError('issuer_mismatch');
    }
    throw new SsoError('discovery_failed');
  }
  const metadata = config.serverMetadata();
  // openid-client compares normalised URLs; the ID token's `iss` is compared as a string, so do the same here.
  if (metadata.issuer !== target.issuer) throw new SsoError('issuer_mismatch');
  const endpoints = [metadata.authorization_endpoint, metadata.token_endpoint, metadata.jwks_uri];
  for (const endpoint of endpoints) {
    const url = endpoint === undefined ? undefined : parseUrl(endpoint);
    if (!url) throw new SsoError('discovery_failed');
    // A loopback issuer may use http for itself, not send the code or the client secret elsewhere in clear.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && target.allowHttp && isLoopback(url))) {
      throw new SsoError('insecure_issuer');
    }
  }
  return metadata;
}

// ---------------------------------------------------------------------------------------------------
// The answer

const tokenExchangeCodes = new Set([
  'OAUTH_RESPONSE_IS_NOT_CONFORM',
  'OAUTH_RESPONSE_IS_NOT_JSON',
  'OAUTH_HTTP_REQUEST_FORBIDDEN',
  'OAUTH_REQUEST_PROTOCOL_FORBIDDEN',
  'OAUTH_TIMEOUT',
  'OAUTH_ABORT',
]);

function toSsoError(error: unknown): SsoError {
  if (error instanceof SsoError) return error;
  // The token endpoint answered with an OAuth error: invalid_grant (code reused or expired, wrong PKCE
  // verifier, wrong redirect URI), invalid_client (wrong secret), …
  if (error instanceof oidc.ResponseBodyError) {
    return new SsoError('token_exchange_failed', {
      idpError: error.error,
      idpErrorDescription: error.error_description,
    });
  }
  if (error instanceof oidc.WWWAuthenticateChallengeError) {
    return new SsoError('token_exchange_failed', { idpError: error.cause[0]?.parameters.error });
  }
  if (error instanceof oidc.AuthorizationResponseError) {
    return new SsoError('idp_error', {
      idpError: error.error,
      idpErrorDescription: error.error_description,
    });
  }
  if (error instanceof oidc.ClientError && error.code !== undefined) {
    if (tokenExchangeCodes.has(error.code)) return new SsoError('token_exchange_failed');
    if (error.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
      const claim = (error.cause as { cause?: { claim?: unknown } } | undefined)?.cause?.claim;
      if (claim === 'nonce') return new SsoError('nonce_mismatch');
      if (claim === 'iss') return new SsoError('issuer_mismatch');
      if (claim === 'aud' || claim === 'azp') return new SsoError('audience_mismatch');
    }
    // Signature, key selection, timestamps, malformed token or token response.
    return new SsoError('invalid_id_token');
  }
  // fetch failed (connection refused, DNS) or an unexpected failure inside the client.
  return new SsoError('token_exchange_failed');
}

function toIdentity(claims: oidc.IDToken, target: Target): SsoIdentity {
  // openid-client has checked these already; checking again here keeps the rules in one readable place.
  if (claims.iss !== target.issuer) throw new SsoError('issuer_mismatch');
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (audiences.length !== 1 || audiences[0] !== target.clientId) throw new SsoError('audience_mismatch');
  // 10.5.3: a token of another directory is refused even when the issuer was reached.
  let tenantId = target.tenantId;
  if (claims.tid !== undefined) {
    if (typeof claims.tid !== 'string' || claims.tid.toLowerCase() !== target.tenantId) {
      throw new SsoError('tenant_mismatch');
    }
    tenantId = claims.tid.toLowerCase();
  }
  // 10.5.2: `oid` is the user's immutable object id in the directory; `sub` is pairwise per application.
  const subject = stringClaim(claims.oid) ?? stringClaim(claims.sub);
  if (subject === null) throw new SsoError('invalid_id_token');
  return {
    issuer: target.issuer,
    subject,
    tenantId,
    email: stringClaim(claims.email),
    preferredUsername: stringClaim(claims.preferred_username),
    name: stringClaim(claims.name),
    authTime: typeof claims.auth_time === 'number' ? claims.auth_time : null,
    amr: Array.isArray(claims.amr) ? claims.amr.filter((method) => typeof method === 'string') : [],
  };
}

function stringClaim(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
