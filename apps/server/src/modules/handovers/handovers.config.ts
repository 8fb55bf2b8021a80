// The numbers of handovers (H1, H3): link and session lifetimes, the one-time code's limits, the rate
// limits of the recipient's routes, and the cookie's name.

/** Letters and digits of the link's two strings (H1). */
export const linkAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Length of each of the link's two strings: 32 of 62 characters ≈ 190 bits. */
export const linkStringLength = 32;

export const defaultExpiresInDays = 14;
export const maxExpiresInDays = 60;

/** The recipient's session: absolute, never extended. */
export const handoverSessionLifetimeMs = 2 * 60 * 60 * 1000;

/** One-time codes (H3): 6 digits, valid exactly 5 minutes. */
export const codeLifetimeMs = 5 * 60 * 1000;
/** Wrong codes until the handover locks. */
export const maxCodeAttempts = 5;
/** Codes sent per handover and window. */
export const maxCodeSends = 3;
export const codeSendWindowMs = 15 * 60 * 1000;

/** At most one 'saved' event per handover in this interval; later saves count up its details. */
export const savedEventIntervalMs = 60 * 1000;

export interface HandoverRateLimits {
  windowMs: number;
  /** The routes that take a secret or a code (session, code, verify): per client address. */
  linkPerAddress: number;
  /** The same routes: per handover (public id), whatever the address. */
  linkPerHandover: number;
  /** Every recipient route (reading, saving, downloading): per client address. */
  anyPerAddress: number;
}

export const handoverRateLimits: HandoverRateLimits = {
  windowMs: 5 * 60 * 1000,
  linkPerAddress: 30,
  linkPerHandover: 10,
  anyPerAddress: 600,
};

export const handoverCookieNames = { secure: '__Host-zd_handover', plain: 'zd_handover' } as const;

export const maxFinishCommentLength = 2000;
