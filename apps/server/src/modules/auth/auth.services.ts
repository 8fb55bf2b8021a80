// Random tokens and their hashes. A token leaves the server once (cookie, link, response) and is stored
// only as its SHA-256: a database reader cannot use it. Comparison is in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { tokenBytes } from './auth.config.js';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A fresh 256-bit token (base64url) and its hash. */
export function createToken(): { token: string; hash: string } {
  const token = randomBytes(tokenBytes).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** Constant-time equality of two strings, by comparing their SHA-256 digests. */
export function secretsEqual(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * The CSRF token of a session, derived from the session token: the browser's script learns it from the
 * sign-in answer (or GET /auth/session) and sends it as a header; a cross-site page can neither read
 * it nor compute it without the HttpOnly cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`csrf:${sessionToken}`, 'utf8').digest('base64url');
}

/** Well-formed tokens only: anything else is refused before it reaches the database. */
export function isTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
