// Change tracking (L4) and the tenant's privacy settings (issue #8). Placeholder until the feature's engineer writes it.
import type { Kysely } from 'kysely';

// Migrations work on the database as it was at their time, not on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(_db: AnyDb): Promise<void> {}
