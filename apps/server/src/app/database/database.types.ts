// The tables as the repositories see them. Each feature adds its tables here as migrations create them
// (snake_case columns, timestamps as ISO-8601 UTC text so that both databases return the same values).
import type { Generated, Kysely } from 'kysely';

export type ContractStatus = 'active' | 'read_only' | 'ended';

export interface OrganizationsTable {
  id: string;
  name: string;
  /** null: no limit. */
  plan_max_users: number | null;
  /** 'active' unless given. */
  contract_status: Generated<ContractStatus>;
  created_at: string;
  // Sign-in settings (modules/auth); every one has a default.
  password_policy: Generated<PasswordPolicyPreset>;
  session_idle_minutes: Generated<number>;
  session_absolute_hours: Generated<number>;
  /** 0 or 1. */
  second_factor_required: Generated<number>;
  /** Comma-separated subset of 'totp', 'passkey', 'sms'. */
  second_factor_methods: Generated<string>;
  sso_mode: Generated<SsoMode>;
  sso_tenant_id: string | null;
  sso_client_id: string | null;
  sso_client_secret: string | null;
  /** Overrides the Entra ID issuer derived from the tenant id (tests, sovereign clouds). */
  sso_issuer: string | null;
  // Privacy settings (issue #8, modules/change-tracking): 0 or 1 each, and a comma-separated subset of
  // 'email', 'sms'.
  change_tracking: Generated<number>;
  handover_code_required: Generated<number>;
  handover_code_channels: Generated<string>;
  /** The sender name of the tenant's e-mails (E1, modules/email-templates); null: „Zeugnisdesk“. */
  mail_sender_name: Generated<string | null>;
}

export type PasswordPolicyPreset = 'standard' | 'nist';
export type SsoMode = 'off' | 'optional' | 'only';

export interface CompaniesTable {
  id: string;
  organization_id: string;
  name: string;
  description: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  register_info: string | null;
  /** The company's certificate layout (C9) as JSON, or null for the default layout. */
  layout_json: string | null;
  created_at: string;
  updated_at: string;
}

// A company's letterhead images (modules/company-assets): one row per company and slot.
export interface CompanyAssetsTable {
  id: string;
  organization_id: string;
  company_id: string;
  slot: 'logo' | 'background';
  /** Read from the bytes when uploaded, never from a header or file name. */
  format: 'png' | 'jpg' | 'svg' | 'pdf';
  content_type: string;
  /** A Buffer from both drivers (BLOB on SQLite, BYTEA on PostgreSQL). */
  bytes: Uint8Array;
  byte_size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  created_at: string;
  updated_at: string;
}

/** Locations, departments, org units and employee types: a name per organisation. */
export interface DimensionTable {
  id: string;
  organization_id: string;
  name: string;
  /** The name lower-cased by the application: unique per organisation. */
  name_key: string;
  created_at: string;
}

export type Gender = 'male' | 'female' | 'diverse';

export interface EmployeesTable {
  id: string;
  organization_id: string;
  gender: Gender;
  title: string | null;
  first_name: string;
  last_name: string;
  /** "last first", lower-cased by the application: the search and sort key. */
  name_key: string;
  /** ISO dates (YYYY-MM-DD). */
  birth_date: string | null;
  birth_place: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  email: string | null;
  company_id: string | null;
  location_id: string | null;
  department_id: string | null;
  org_unit_id: string | null;
  employee_type_id: string | null;
  entry_date: string;
  exit_date: string | null;
  job_title: string | null;
  job_profile: string | null;
  supervisor_id: string | null;
  created_at: string;
  updated_at: string;
}

// Delivery (modules/delivery): the outbox of e-mails and text messages.
export type OutboxChannel = 'email' | 'sms';
/** 'pending' includes a failed attempt waiting for its retry; 'failed' is final. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';
export type OutboxTransport = 'smtp' | 'sms-gateway' | 'outbox';

export interface OutboxMessagesTable {
  id: string;
  organization_id: string | null;
  channel: OutboxChannel;
  recipient: string;
  subject: string | null;
  text_body: string;
  html_body: string | null;
  /** JSON array of { filename, contentType, contentBase64 }, or null. */
  attachments_json: string | null;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  locked_by: string | null;
  locked_until: string | null;
  transport: OutboxTransport | null;
  created_at: string;
  sent_at: string | null;
  /** When the message failed for good (after its retries), for the delivery page. */
  failed_at: Generated<string | null>;
}

// Certificates (modules/certificates).
export type CertificateKindColumn = 'final' | 'interim' | 'apprenticeship';
export type CertificateFormColumn = 'qualified' | 'simple';
export type CertificateStatus = 'draft' | 'in_review' | 'reviewed' | 'approved' | 'issued' | 'archived';

export interface CertificatesTable {
  id: string;
  organization_id: string;
  employee_id: string;
  company_id: string | null;
  kind: CertificateKindColumn;
  form: CertificateFormColumn;
  status: CertificateStatus;
  /** 0 or 1 (an integer on both databases). */
  is_private: number;
  /** "last first" of the content's employee, lower-cased by the application. */
  name_key: string;
  /** The engine input (CONTRACTS §1) as JSON. */
  content_json: string;
  /** The composer's options (variant pins, sentence overrides) as JSON. */
  options_json: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface CertificateStatusChangesTable {
  id: string;
  organization_id: string;
  certificate_id: string;
  /** null: the creation. */
  from_status: CertificateStatus | null;
  to_status: CertificateStatus;
  changed_by: string | null;
  changed_at: string;
  comment: string | null;
  /** The certificate's revision after the change: the order of the history. */
  revision: number;
}

/** Issued versions: written once, never updated. */
export interface CertificateVersionsTable {
  id: string;
  organization_id: string;
  certificate_id: string;
  number: number;
  content_json: string;
  text: string;
  issued_at: string;
  issued_by: string | null;
}

export interface CertificateSignersTable {
  organization_id: string;
  certificate_id: string;
  employee_id: string;
}

// Roles and users (modules/access, modules/users).
export interface RolesTable {
  id: string;
  organization_id: string;
  name: string;
  name_key: string;
  /** 1 for the built-in „Administrator“. */
  is_administrator: number;
  /** { "<area>": "none" | "read" | "write" }. */
  permissions_json: string;
  created_at: string;
  updated_at: string;
}

export type UserStatus = 'invited' | 'active' | 'deactivated';

export interface UsersTable {
  id: string;
  organization_id: string;
  email: string;
  /** The e-mail lower-cased by the application: unique per organisation. */
  email_key: string;
  first_name: string;
  last_name: string;
  /** „first last e-mail“, lower-cased by the application: what the user list searches. */
  search_key: string;
  phone: string | null;
  phone_verified_at: string | null;
  /** Argon2id PHC string; null: no local password. */
  password_hash: string | null;
  password_changed_at: string | null;
  status: UserStatus;
  role_id: string;
  /** 1: certificate scope „Administrator“ (all). */
  scope_all: number;
  /** The restricting scope as JSON when scope_all = 0. */
  scope_json: string;
  failed_login_count: number;
  locked_at: string | null;
  totp_secret: string | null;
  totp_last_step: number | null;
  sso_issuer: string | null;
  sso_subject: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

// Sign-in (modules/auth).
export interface SessionsTable {
  id: string;
  organization_id: string;
  user_id: string;
  token_hash: string;
  method: string;
  ip_address: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export type AuthTokenPurpose = 'invitation' | 'password_reset';

export interface AuthTokensTable {
  id: string;
  organization_id: string;
  user_id: string;
  purpose: AuthTokenPurpose;
  token_hash: string;
  email_key: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export type LoginChallengePurpose = 'second_factor' | 'phone_verification' | 'passkey_registration' | 'sso';

export interface LoginChallengesTable {
  id: string;
  organization_id: string;
  user_id: string | null;
  purpose: LoginChallengePurpose;
  token_hash: string;
  code_hash: string | null;
  code_expires_at: string | null;
  attempts: number;
  data_json: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface UserPasskeysTable {
  id: string;
  organization_id: string;
  user_id: string;
  credential_id: string;
  public_key: string;
  counter: number;
  transports: string | null;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

export interface UserRecoveryCodesTable {
  id: string;
  organization_id: string;
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface RateLimitBucketsTable {
  key: string;
  window_start: string;
  count: number;
}

// The security log (modules/security-log, L1–L3): one row per authentication or access event.
export interface SecurityEventsTable {
  id: string;
  /** null: the event concerns no known organisation (e.g. a sign-in with an unknown e-mail address). */
  organization_id: string | null;
  /** The user concerned, if known. */
  user_id: string | null;
  /** Who acted, when another user acted on `user_id` (e.g. an administrator unlocking an account). */
  actor_user_id: string | null;
  /** OWASP logging vocabulary, e.g. `authn_login_fail` (SecurityAction). */
  action: string;
  /** A reason code for failures (e.g. `wrong_password`); never shown to the user who failed. */
  reason: string | null;
  /** The e-mail address as given (sanitised, shortened), for events about unknown users. */
  subject: string | null;
  ip_address: string | null;
  user_agent: string | null;
  /** JSON object with further non-secret details, or null. */
  details_json: string | null;
  created_at: string;
}

// Change tracking (L4, modules/change-tracking): one row per changed leaf of a certificate.
export interface CertificateChangesTable {
  id: string;
  organization_id: string;
  certificate_id: string;
  changed_at: string;
  actor_type: 'user' | 'handover';
  /** No foreign key: the entry outlives the user. */
  actor_user_id: string | null;
  actor_handover_id: string | null;
  /** The actor's name when the change was made. */
  actor_name: string;
  /** A JSON Pointer (RFC 6901) into { content, options, isPrivate }. */
  path: string;
  /** JSON of the value; null: absent. */
  before_json: string | null;
  after_json: string | null;
}

// Customised e-mail templates (modules/email-templates, E3); no row: the built-in default.
export interface EmailTemplatesTable {
  organization_id: string;
  template_key: string;
  language: 'de' | 'en';
  subject: string;
  text_body: string;
  html_body: string;
  updated_at: string;
  updated_by: string | null;
}

export interface DatabaseSchema {
  organizations: OrganizationsTable;
  companies: CompaniesTable;
  company_assets: CompanyAssetsTable;
  locations: DimensionTable;
  departments: DimensionTable;
  org_units: DimensionTable;
  employee_types: DimensionTable;
  employees: EmployeesTable;
  outbox_messages: OutboxMessagesTable;
  certificates: CertificatesTable;
  certificate_status_changes: CertificateStatusChangesTable;
  certificate_versions: CertificateVersionsTable;
  certificate_signers: CertificateSignersTable;
  roles: RolesTable;
  users: UsersTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  login_challenges: LoginChallengesTable;
  user_passkeys: UserPasskeysTable;
  user_recovery_codes: UserRecoveryCodesTable;
  rate_limit_buckets: RateLimitBucketsTable;
  security_events: SecurityEventsTable;
  // Issue #8, change tracking (L4): its tables here.
  certificate_changes: CertificateChangesTable;
  // Issue #8, e-mail templates (E3): its tables here.
  email_templates: EmailTemplatesTable;
  // Issue #8, handovers (H1–H4): its tables here.
  handovers: HandoversTable;
  handover_sessions: HandoverSessionsTable;
  handover_events: HandoverEventsTable;
}

export type Db = Kysely<DatabaseSchema>;

export type DialectName = 'sqlite' | 'postgres';

// Handovers (modules/handovers, H1–H4, C14): the link, the recipient's sessions, and the timeline.
export type HandoverCodeChannel = 'email' | 'sms';

export interface HandoversTable {
  id: string;
  organization_id: string;
  certificate_id: string;
  /** The link's first string (32 letters and digits). */
  public_id: string;
  /** SHA-256 (hex) of the link's second string; the string itself is never stored. */
  secret_hash: string;
  recipient_name: string;
  recipient_email: string;
  /** The e-mail lower-cased by the application. */
  recipient_email_key: string;
  recipient_phone: string | null;
  message: string | null;
  due_date: string | null;
  /** HandoverGrants as JSON. */
  grants_json: string;
  /** 0 or 1. */
  download_allowed: number;
  /** null: no second factor. */
  code_channel: HandoverCodeChannel | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  opened_at: string | null;
  finished_at: string | null;
  finish_comment: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  locked_at: string | null;
  expiry_recorded_at: string | null;
  code_hash: string | null;
  code_expires_at: string | null;
  code_sends: number;
  code_sends_window_start: string | null;
  code_attempts: number;
}

export interface HandoverSessionsTable {
  token_hash: string;
  handover_id: string;
  organization_id: string;
  created_at: string;
  expires_at: string;
  code_verified_at: string | null;
}

export type HandoverEventType =
  | 'created'
  | 'opened'
  | 'code_sent'
  | 'code_failed'
  | 'locked'
  | 'saved'
  | 'finished'
  | 'revoked'
  | 'expired';

export interface HandoverEventsTable {
  id: string;
  organization_id: string;
  certificate_id: string;
  handover_id: string;
  type: HandoverEventType;
  at: string;
  /** The place in the handover's timeline: 1, 2, … */
  seq: number;
  user_id: string | null;
  /** A JSON object of non-secret details. */
  details_json: string;
}
