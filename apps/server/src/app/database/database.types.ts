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
}

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
}

export interface DatabaseSchema {
  organizations: OrganizationsTable;
  companies: CompaniesTable;
  locations: DimensionTable;
  departments: DimensionTable;
  org_units: DimensionTable;
  employee_types: DimensionTable;
  employees: EmployeesTable;
  outbox_messages: OutboxMessagesTable;
}

export type Db = Kysely<DatabaseSchema>;

export type DialectName = 'sqlite' | 'postgres';
