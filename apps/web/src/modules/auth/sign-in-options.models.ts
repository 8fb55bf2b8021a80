// Pure helpers of „Mit Microsoft anmelden“ on the sign-in page: which organisation the page is for
// (its link `/anmelden?organisation=<id>`, or the one remembered in this tab), the link administrators
// share, where the browser may be sent, and what to tell the user when the start fails.
import { isApiError, errorMessageKey, type ErrorMessageKey } from '../../app/api/api-client.models';

/** The page's query parameters (German, like the page's path). */
export const organisationParam = 'organisation';
export const errorParam = 'fehler';
/** The value of `fehler` the server's SSO callback redirects with when the sign-in failed. */
export const ssoErrorValue = 'sso';

/** Organisation ids as the server makes them (`org_…`); anything else in the address is ignored. */
const organisationIdPattern = /^[A-Za-z0-9_-]{1,100}$/;

/** The organisation id from the address or from storage, if it looks like one; else undefined. */
export function parseOrganisationId(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return organisationIdPattern.test(trimmed) ? trimmed : undefined;
}

/**
 * The organisation the sign-in page asks about: the one in its address, else the one remembered in this
 * tab (the SSO callback's error redirect to /anmelden?fehler=sso drops the parameter), else none — then
 * the server answers for the installation's only organisation, if it has exactly one.
 */
export function signInOrganisationId(
  fromAddress: string | null,
  remembered: string | null,
): string | undefined {
  return parseOrganisationId(fromAddress) ?? parseOrganisationId(remembered);
}

const callbackPath = '/api/v1/auth/sso/callback';

/**
 * Where users reach the application: the server's redirect URI for Entra ID without its path (the
 * server builds it from PUBLIC_URL, which may sit behind a proxy), else the browser's origin.
 */
export function applicationAddress(ssoRedirectUri: string | null | undefined, origin: string): string {
  if (ssoRedirectUri?.endsWith(callbackPath) && isWebAddress(ssoRedirectUri)) {
    return ssoRedirectUri.slice(0, -callbackPath.length);
  }
  return origin;
}

/** The sign-in link of an organisation, for its administrators to share. */
export function signInLinkFor(applicationUrl: string, organizationId: string): string {
  const parameters = new URLSearchParams({ [organisationParam]: organizationId });
  return `${applicationUrl.replace(/\/+$/, '')}/anmelden?${parameters.toString()}`;
}

/** Only web addresses are followed (never `javascript:` or `data:`), whatever the answer says. */
export function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export type SsoStartMessageKey = 'signIn.sso.notConfigured' | 'signIn.sso.unavailable' | ErrorMessageKey;

/** What to say when „Mit Microsoft anmelden“ could not start. */
export function ssoStartErrorKey(error: unknown): SsoStartMessageKey {
  if (isApiError(error) && error.code === 'auth.sso_not_configured') return 'signIn.sso.notConfigured';
  // The server could not reach Microsoft (or the answer it got was no good).
  if (isApiError(error) && error.code === 'auth.sso_failed') return 'signIn.sso.unavailable';
  return errorMessageKey(error);
}
