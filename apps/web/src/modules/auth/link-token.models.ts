// Invitation and reset links carry their token in the fragment (`/einladung#token=…`), which browsers
// never send to a server. The page reads it once and removes it from the address bar.

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** The token of a `#token=…` fragment, or null when there is none or it cannot be one of ours. */
export function readLinkToken(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const token = new URLSearchParams(fragment).get('token');
  return token !== null && tokenPattern.test(token) ? token : null;
}
