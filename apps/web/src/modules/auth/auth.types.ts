// The shapes of the sign-in API (see /api/openapi.json), as the web app uses them.

import type { AccessArea, AccessLevel } from '@zeugnisdesk/shared';

export { accessAreas, type AccessArea, type AccessLevel } from '@zeugnisdesk/shared';

export type CertificateScope =
  | { all: true }
  | {
      all: false;
      companyIds: string[];
      locationIds: string[];
      departmentIds: string[];
      orgUnitIds: string[];
      employeeTypeIds: string[];
    };

export interface Session {
  /** Present in the answer of a sign-in; GET /auth/session leaves it out. */
  status?: 'signed_in';
  csrfToken: string;
  mustEnrolSecondFactor: boolean;
  user: { id: string; email: string; firstName: string; lastName: string };
  organization: { id: string; name: string };
  isAdministrator: boolean;
  permissions: Record<AccessArea, AccessLevel>;
  scope: CertificateScope;
}

export type SecondFactorMethod = 'totp' | 'passkey' | 'sms' | 'recovery_code';

export interface SecondFactorRequired {
  status: 'second_factor_required';
  methods: SecondFactorMethod[];
}

export type LoginAnswer = Session | SecondFactorRequired;

export interface PendingSecondFactor {
  methods: SecondFactorMethod[];
  /** The end of the phone number SMS codes go to, e.g. „…4711“; null without SMS. */
  phoneHint: string | null;
}

export interface PasswordRule {
  code: string;
  message: string;
}

export interface PasswordPolicy {
  preset?: 'standard' | 'nist';
  minLength: number;
  maxLength: number;
  rules: PasswordRule[];
}

export interface Invitation {
  email: string;
  firstName: string;
  lastName: string;
  organizationName: string;
  passwordPolicy: PasswordPolicy;
  ssoOnly: boolean;
}

/** What the sign-in page offers before anyone is signed in (GET /auth/sign-in-options). */
export interface SignInOptions {
  /** The organisation the page is for; null when unknown or not determinable. */
  organization: { id: string; name: string } | null;
  /** Sign-in with Microsoft; `only`: passwords are refused for everyone of the organisation. */
  sso: { provider: 'entra'; only: boolean } | null;
}
