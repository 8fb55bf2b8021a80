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

export interface DatabaseSchema {
  organizations: OrganizationsTable;
}

export type Db = Kysely<DatabaseSchema>;

export type DialectName = 'sqlite' | 'postgres';
