// The tenants. Every later table carries `organization_id` referencing this one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    // null: no limit on the number of users.
    .addColumn('plan_max_users', 'integer', (column) =>
      column.check(sql`plan_max_users is null or plan_max_users > 0`),
    )
    .addColumn('contract_status', 'text', (column) =>
      column
        .notNull()
        .defaultTo('active')
        .check(sql`contract_status in ('active', 'read_only', 'ended')`),
    )
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
}
