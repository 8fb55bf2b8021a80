// Small pure helpers of the sign-in screens.

/** What the sign-in page can be told by the page that sent the user there. */
export interface SignInState {
  /** Where the user wanted to go before being asked to sign in. */
  from?: { pathname?: string; search?: string; hash?: string };
  notice?: 'invitationAccepted' | 'passwordReset';
  email?: string;
}

const publicPaths = ['/anmelden', '/passwort-vergessen', '/passwort-zuruecksetzen', '/einladung'];

/** Where to go after signing in: back to the page the user asked for, never to a sign-in screen. */
export function targetAfterSignIn(state: unknown): string {
  const from = (state as SignInState | null)?.from;
  const pathname = typeof from?.pathname === 'string' ? from.pathname : '/';
  // Only paths of this app: a path starting with // would lead to another site.
  if (!pathname.startsWith('/') || pathname.startsWith('//') || publicPaths.includes(pathname)) return '/';
  const search = typeof from?.search === 'string' ? from.search : '';
  return `${pathname}${search}`;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A rough check before asking the server: something@something.tld, no spaces. */
export function looksLikeEmail(value: string): boolean {
  return emailPattern.test(value.trim());
}
