// The numbers of sign-in: lifetimes, limits, cookie names. Tenant settings (idle and absolute session
// timeout, password policy, second factor, SSO) live on the organisation; these are the fixed ones.

/** Bytes of every random token (sessions, links, pending sign-ins): 256 bits. */
export const tokenBytes = 32;

export const invitationLifetimeMs = 72 * 60 * 60 * 1000;
export const passwordResetLifetimeMs = 30 * 60 * 1000;
/** A pending sign-in (password right, second factor due) or SSO redirect. */
export const challengeLifetimeMs = 10 * 60 * 1000;
/** SMS codes are valid exactly 5 minutes (U9). */
export const smsCodeLifetimeMs = 5 * 60 * 1000;
export const maxCodeAttempts = 5;

/** Failed password attempts after which the account is locked until an administrator unlocks it (U4). */
export const maxFailedLogins = 5;

/** Per client address, over all authentication routes together (I5). */
export const authRateLimit = { maxRequests: 60, windowMs: 5 * 60 * 1000 };

/** Sessions are touched (last_seen_at) at most this often, so reads do not write on every request. */
export const sessionTouchIntervalMs = 60 * 1000;

export const cookieNames = {
  /** `__Host-` requires Secure, path / and no domain: used when served over HTTPS. */
  session: { secure: '__Host-zd_session', plain: 'zd_session' },
  challenge: { secure: '__Host-zd_challenge', plain: 'zd_challenge' },
} as const;

export const csrfHeader = 'x-csrf-token';
