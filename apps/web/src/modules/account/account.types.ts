// The shapes of the account API (see /api/openapi.json): the signed-in user's own record with its
// second factors, passkeys, and the answers of a set-up.

export interface OwnUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  phoneVerified: boolean;
  secondFactors: {
    totp: boolean;
    sms: boolean;
    passkeys: number;
    recoveryCodesLeft: number;
  };
}

export interface Passkey {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface TotpSetup {
  /** Base32, shown for typing it in by hand. */
  secret: string;
  /** otpauth://totp/… for the QR code. */
  uri: string;
}

/**
 * What every successful set-up (TOTP, phone, passkey) answers: the recovery codes when it was the
 * first factor (shown once), and the CSRF token of the session's new token.
 */
export interface EnrolmentAnswer {
  recoveryCodes: string[] | null;
  csrfToken: string;
}

export type SetupMethod = 'totp' | 'passkey' | 'sms';
