// The privacy settings and a certificate's change history as the API sends them.

export type HandoverCodeChannel = 'email' | 'sms';

/** GET/PATCH /api/v1/organization/privacy. */
export interface PrivacySettings {
  changeTracking: boolean;
  handoverCode: { required: boolean; channels: HandoverCodeChannel[] };
}

/** PATCH /api/v1/organization/privacy: only what changed. */
export interface PrivacySettingsPatch {
  changeTracking?: boolean;
  handoverCode?: { required?: boolean; channels?: HandoverCodeChannel[] };
}

/** One changed field: `before`/`after` are missing when there was or is no value. */
export interface CertificateChange {
  id: string;
  changedAt: string;
  actor: { type: 'user' | 'handover'; name: string; userId?: string; handoverId?: string };
  /** A JSON Pointer (RFC 6901), e.g. `/content/activities/2` or `/options/overrides/performance.result`. */
  path: string;
  before?: unknown;
  after?: unknown;
}

/** GET /api/v1/certificates/:id/changes. */
export interface CertificateChangePage {
  items: CertificateChange[];
  nextCursor: string | null;
  /** Names of the users in the certificate's status history, by id. */
  userNames: Record<string, string>;
  /** Whether the organisation records changes now. */
  changeTracking: boolean;
}
