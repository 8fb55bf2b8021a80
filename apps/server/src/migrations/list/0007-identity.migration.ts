// Identity and access (U1–U10, L2): the tenant's sign-in settings, roles with a permission per area,
// users with status, role, certificate scope, lockout counter and second factors, server-side sessions,
// single-use tokens (invitation, password reset), pending sign-ins (second factor, SSO), passkeys,
// recovery codes, and rate-limit counters shared by all instances.
//
// The users table of 0005 allowed only the role 'administrator'; it is rebuilt here with a role
// reference, and every existing user (the first start's administrator) keeps being an administrator
// through the organisation's built-in „Administrator“ role, created here for every organisation.
// Secrets are stored only as SHA-256 hashes (tokens, codes) or Argon2id (passwords); the TOTP secret
// must be readable to verify codes and is protected by the database encryption (SQLite) or the
// database server's access control (PostgreSQL).
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { createId } from '../../app/ids.js';

// Migrations work on the database as it was at their time, not on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const flag = (name: string) => sql`${sql.ref(name)} in (0, 1)`;

async function addOrganizationSettings(db: AnyDb): Promise<void> {
  const add = (name: string, build: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder) =>
    db.schema.alterTable('organizations').addColumn(name, 'text', build).execute();
  await add('password_policy', (column) =>
    column
      .notNull()
      .defaultTo('standard')
      .check(sql`password_policy in ('standard', 'nist')`),
  );
  await db.schema
    .alterTable('organizations')
    .addColumn('session_idle_minutes', 'integer', (column) =>
      column
        .notNull()
        .defaultTo(30)
        .check(sql`session_idle_minutes between 5 and 1440`),
    )
    .execute();
  await db.schema
    .alterTable('organizations')
    .addColumn('session_absolute_hours', 'integer', (column) =>
      column
        .notNull()
        .defaultTo(12)
        .check(sql`session_absolute_hours between 1 and 720`),
    )
    .execute();
  await db.schema
    .alterTable('organizations')
    .addColumn('second_factor_required', 'integer', (column) =>
      column.notNull().defaultTo(0).check(flag('second_factor_required')),
    )
    .execute();
  // A comma-separated subset of 'totp', 'passkey', 'sms' (validated by the application).
  await add('second_factor_methods', (column) => column.notNull().defaultTo('totp,passkey,sms'));
  await add('sso_mode', (column) =>
    column
      .notNull()
      .defaultTo('off')
      .check(sql`sso_mode in ('off', 'optional', 'only')`),
  );
  for (const name of ['sso_tenant_id', 'sso_client_id', 'sso_client_secret', 'sso_issuer']) {
    await add(name, (column) => column);
  }
}

async function createRoles(db: AnyDb, now: string): Promise<Map<string, string>> {
  await db.schema
    .createTable('roles')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) =>
      column.notNull().references('organizations.id').onDelete('restrict'),
    )
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('name_key', 'text', (column) => column.notNull())
    // The built-in „Administrator“: everything, cannot be restricted, renamed or deleted.
    .addColumn('is_administrator', 'integer', (column) => column.notNull().check(flag('is_administrator')))
    // { "<area>": "none" | "read" | "write" } (modules/access).
    .addColumn('permissions_json', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('roles_organization_id_id_unique', ['organization_id', 'id'])
    .addUniqueConstraint('roles_organization_id_name_key_unique', ['organization_id', 'name_key'])
    .execute();
  const administratorRoles = new Map<string, string>();
  const organizations = await db.selectFrom('organizations').select('id').execute();
  for (const { id: organizationId } of organizations as { id: string }[]) {
    const roleId = createId('rol');
    administratorRoles.set(organizationId, roleId);
    await db
      .insertInto('roles')
      .values({
        id: roleId,
        organization_id: organizationId,
        name: 'Administrator',
        name_key: 'administrator',
        is_administrator: 1,
        permissions_json: '{}',
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  return administratorRoles;
}

async function rebuildUsers(db: AnyDb, administratorRoles: Map<string, string>): Promise<void> {
  await db.schema
    .createTable('users_rebuilt')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) =>
      column.notNull().references('organizations.id').onDelete('restrict'),
    )
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('email_key', 'text', (column) => column.notNull())
    .addColumn('first_name', 'text', (column) => column.notNull())
    .addColumn('last_name', 'text', (column) => column.notNull())
    // „first last e-mail“ lower-cased by the application (Unicode-aware on both databases): the search.
    .addColumn('search_key', 'text', (column) => column.notNull())
    // E.164; verified before it may receive sign-in codes.
    .addColumn('phone', 'text')
    .addColumn('phone_verified_at', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('password_changed_at', 'text')
    .addColumn('status', 'text', (column) =>
      column.notNull().check(sql`status in ('invited', 'active', 'deactivated')`),
    )
    .addColumn('role_id', 'text', (column) => column.notNull())
    // 1: the certificate scope „Administrator“ (all certificates, private ones included).
    .addColumn('scope_all', 'integer', (column) => column.notNull().check(flag('scope_all')))
    // { companyIds, locationIds, departmentIds, orgUnitIds, employeeTypeIds } when scope_all = 0.
    .addColumn('scope_json', 'text', (column) => column.notNull())
    .addColumn('failed_login_count', 'integer', (column) =>
      column
        .notNull()
        .defaultTo(0)
        .check(sql`failed_login_count >= 0`),
    )
    .addColumn('locked_at', 'text')
    .addColumn('totp_secret', 'text')
    .addColumn('totp_last_step', 'integer')
    .addColumn('sso_issuer', 'text')
    .addColumn('sso_subject', 'text')
    .addColumn('last_login_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('users_org_user_unique', ['organization_id', 'id'])
    .addUniqueConstraint('users_org_email_key_unique', ['organization_id', 'email_key'])
    .addUniqueConstraint('users_sso_identity_unique', ['sso_issuer', 'sso_subject'])
    .addForeignKeyConstraint(
      'users_role_fk',
      ['organization_id', 'role_id'],
      'roles',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('restrict'),
    )
    .execute();
  const existing = (await db.selectFrom('users').selectAll().execute()) as {
    id: string;
    organization_id: string;
    email: string;
    email_key: string;
    first_name: string;
    last_name: string;
    password_hash: string | null;
    is_active: number;
    created_at: string;
  }[];
  for (const user of existing) {
    await db
      .insertInto('users_rebuilt')
      .values({
        id: user.id,
        organization_id: user.organization_id,
        email: user.email,
        email_key: user.email_key,
        first_name: user.first_name,
        last_name: user.last_name,
        search_key: `${user.first_name} ${user.last_name} ${user.email}`
          .normalize('NFC')
          .toLocaleLowerCase('de-DE'),
        password_hash: user.password_hash,
        status: user.is_active === 1 ? 'active' : 'deactivated',
        role_id: administratorRoles.get(user.organization_id),
        scope_all: 1,
        scope_json: '{}',
        created_at: user.created_at,
        updated_at: user.created_at,
      })
      .execute();
  }
  await db.schema.dropTable('users').execute();
  await db.schema.alterTable('users_rebuilt').renameTo('users').execute();
  await db.schema
    .createIndex('users_role_index')
    .on('users')
    .columns(['organization_id', 'role_id'])
    .execute();
}

/** A table of rows that belong to one user of one organisation and go with them. */
function userOwnedTable(db: AnyDb, table: string, { userRequired = true } = {}) {
  return db.schema
    .createTable(table)
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organization_id', 'text', (column) =>
      column.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (column) => (userRequired ? column.notNull() : column))
    .addForeignKeyConstraint(
      `${table}_user_fk`,
      ['organization_id', 'user_id'],
      'users',
      ['organization_id', 'id'],
      (constraint) => constraint.onDelete('cascade'),
    );
}

async function createSignInTables(db: AnyDb): Promise<void> {
  // Server-side sessions: the cookie holds a random token, the database only its SHA-256.
  await userOwnedTable(db, 'sessions')
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    // How the user signed in, e.g. 'password', 'password+totp', 'sso'.
    .addColumn('method', 'text', (column) => column.notNull())
    .addColumn('ip_address', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('last_seen_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('sessions_user_index')
    .on('sessions')
    .columns(['organization_id', 'user_id'])
    .execute();

  // Single-use links: invitations (72 h) and password resets (30 min).
  await userOwnedTable(db, 'auth_tokens')
    .addColumn('purpose', 'text', (column) =>
      column.notNull().check(sql`purpose in ('invitation', 'password_reset')`),
    )
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    // The e-mail key the link was sent to: a changed address invalidates it.
    .addColumn('email_key', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('auth_tokens_user_index')
    .on('auth_tokens')
    .columns(['organization_id', 'user_id', 'purpose'])
    .execute();

  // Sign-ins in progress and ceremonies: the password was right and a second factor is due, a phone
  // number is being verified, a passkey is being registered, or an SSO redirect is on its way (then
  // without a user yet).
  await userOwnedTable(db, 'login_challenges', { userRequired: false })
    .addColumn('purpose', 'text', (column) =>
      column
        .notNull()
        .check(sql`purpose in ('second_factor', 'phone_verification', 'passkey_registration', 'sso')`),
    )
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('code_hash', 'text')
    .addColumn('code_expires_at', 'text')
    .addColumn('attempts', 'integer', (column) =>
      column
        .notNull()
        .defaultTo(0)
        .check(sql`attempts >= 0`),
    )
    // Non-secret state of the challenge (the WebAuthn challenge, the SSO state, the phone number).
    .addColumn('data_json', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await userOwnedTable(db, 'user_passkeys')
    .addColumn('credential_id', 'text', (column) => column.notNull().unique())
    .addColumn('public_key', 'text', (column) => column.notNull())
    .addColumn('counter', 'integer', (column) => column.notNull())
    .addColumn('transports', 'text')
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('last_used_at', 'text')
    .execute();

  await userOwnedTable(db, 'user_recovery_codes')
    .addColumn('code_hash', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('user_recovery_codes_user_index')
    .on('user_recovery_codes')
    .columns(['organization_id', 'user_id'])
    .execute();

  // Fixed-window counters (per IP and route group), shared by every instance.
  await db.schema
    .createTable('rate_limit_buckets')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('window_start', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .execute();
}

export async function up(db: AnyDb): Promise<void> {
  const now = new Date().toISOString();
  await addOrganizationSettings(db);
  const administratorRoles = await createRoles(db, now);
  await rebuildUsers(db, administratorRoles);
  await createSignInTables(db);
}
