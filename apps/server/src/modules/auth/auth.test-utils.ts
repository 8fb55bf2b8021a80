// Users and sessions for tests, written straight into the database (no Argon2id unless a password is
// given, no sign-in round trip), and the headers a browser would send with such a session.
import type { Db } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import {
  serializeScope,
  uniformPermissions,
  type CertificateScope,
  type Permissions,
} from '../access/access.models.js';
import { hashPassword } from '../users/users.services.js';
import { toEmailKey, toUserSearchKey } from '../users/users.models.js';
import { createRolesRepository } from '../access/roles.repository.js';
import { ensureAdministratorRole } from '../users/users.usecases.js';
import { cookieNames, csrfHeader } from './auth.config.js';
import { createToken, csrfTokenFor } from './auth.services.js';

export interface TestUserOptions {
  email?: string;
  firstName?: string;
  lastName?: string;
  /** 'administrator' (default), or the permissions of a new role. */
  role?: 'administrator' | Partial<Permissions>;
  scope?: CertificateScope;
  password?: string;
  status?: 'invited' | 'active' | 'deactivated';
  now?: () => Date;
}

let counter = 0;

export async function insertTestUser(db: Db, organizationId: string, options: TestUserOptions = {}) {
  const now = options.now ?? (() => new Date('2026-06-30T08:00:00.000Z'));
  const timestamp = now().toISOString();
  counter += 1;
  let roleId: string;
  if (options.role === undefined || options.role === 'administrator') {
    roleId = (await ensureAdministratorRole({ roles: createRolesRepository({ db }), organizationId, now }))
      .id;
  } else {
    roleId = createId('rol');
    await db
      .insertInto('roles')
      .values({
        id: roleId,
        organization_id: organizationId,
        name: `Testrolle ${counter}`,
        name_key: `testrolle ${counter}`,
        is_administrator: 0,
        permissions_json: JSON.stringify({ ...uniformPermissions('none'), ...options.role }),
        created_at: timestamp,
        updated_at: timestamp,
      })
      .execute();
  }
  const email = options.email ?? `nutzer${counter}@musterfirma.example`;
  const firstName = options.firstName ?? 'Petra';
  const lastName = options.lastName ?? `Test${counter}`;
  const user = {
    id: createId('usr'),
    organization_id: organizationId,
    email,
    email_key: toEmailKey(email),
    first_name: firstName,
    last_name: lastName,
    search_key: toUserSearchKey({ firstName, lastName, email }),
    phone: null,
    phone_verified_at: null,
    password_hash: options.password ? await hashPassword(options.password) : null,
    password_changed_at: null,
    status: options.status ?? 'active',
    role_id: roleId,
    ...serializeScope(options.scope ?? { all: true }),
    failed_login_count: 0,
    locked_at: null,
    totp_secret: null,
    totp_last_step: null,
    sso_issuer: null,
    sso_subject: null,
    last_login_at: null,
    created_at: timestamp,
    updated_at: timestamp,
  };
  await db.insertInto('users').values(user).execute();
  return user;
}

export interface TestSession {
  sessionId: string;
  token: string;
  csrfToken: string;
  /** Cookie and CSRF header, as the web app sends them. */
  headers: Record<string, string>;
}

export async function insertTestSession(
  db: Db,
  {
    organizationId,
    userId,
    now = () => new Date('2026-06-30T08:00:00.000Z'),
    method = 'password',
  }: {
    organizationId: string;
    userId: string;
    now?: () => Date;
    method?: string;
  },
): Promise<TestSession> {
  const { token, hash } = createToken();
  const sessionId = createId('ses');
  const timestamp = now().toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: sessionId,
      organization_id: organizationId,
      user_id: userId,
      token_hash: hash,
      method,
      ip_address: '127.0.0.1',
      user_agent: 'vitest',
      created_at: timestamp,
      last_seen_at: timestamp,
      expires_at: new Date(now().getTime() + 12 * 3_600_000).toISOString(),
    })
    .execute();
  const csrfToken = csrfTokenFor(token);
  return {
    sessionId,
    token,
    csrfToken,
    headers: { cookie: `${cookieNames.session.plain}=${token}`, [csrfHeader]: csrfToken },
  };
}

/** A user and a signed-in session in one step. */
export async function signInTestUser(db: Db, organizationId: string, options: TestUserOptions = {}) {
  const user = await insertTestUser(db, organizationId, options);
  const session = await insertTestSession(db, {
    organizationId,
    userId: user.id,
    ...(options.now ? { now: options.now } : {}),
  });
  return { user, session };
}

/** The administrator's credentials as `zeugnisdesk serve` prints them on the first start. */
export const printedCredentials = /e-mail: {3}(\S+)\n {2}password: (\S+)\n/;

/** Signs in over HTTP as a browser would; returns the headers of later requests (cookie, CSRF). */
export async function signInOverHttp(
  url: string,
  { email, password }: { email: string; password: string },
): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { status?: string; csrfToken?: string };
  if (response.status !== 200 || body.status !== 'signed_in' || !body.csrfToken) {
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(body)}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .find((pair) => pair?.startsWith(`${cookieNames.session.plain}=`));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { cookie, [csrfHeader]: body.csrfToken };
}

/** Signs in with the credentials printed in `output`. */
export async function signInWithPrintedCredentials(url: string, output: string) {
  const [, email = '', password = ''] = printedCredentials.exec(output) ?? [];
  return signInOverHttp(url, { email, password });
}
