// The e-mail key (unique per organisation in any letter case, made by the application so that both
// databases compare alike), and what leaves the server about a user: never the password hash, the TOTP
// secret or the SSO subject.
import type { UsersTable } from '../../app/database/database.types.js';
import { parseScope } from '../access/access.models.js';

export function toEmailKey(email: string): string {
  return email.trim().normalize('NFC').toLocaleLowerCase('de-DE');
}

/** What the user list searches: names and e-mail, lower-cased like the search words. */
export function toUserSearchKey({
  firstName,
  lastName,
  email,
}: {
  firstName: string;
  lastName: string;
  email: string;
}) {
  return `${firstName} ${lastName} ${email}`.normalize('NFC').toLocaleLowerCase('de-DE');
}

export function formatUserForApi(
  row: UsersTable,
  extra: { passkeyCount?: number; recoveryCodesLeft?: number } = {},
) {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    phoneVerified: row.phone_verified_at !== null,
    status: row.status,
    roleId: row.role_id,
    scope: parseScope({ scopeAll: row.scope_all, scopeJson: row.scope_json }),
    isLocked: row.locked_at !== null,
    secondFactors: {
      totp: row.totp_secret !== null,
      sms: row.phone_verified_at !== null,
      passkeys: extra.passkeyCount ?? 0,
      recoveryCodesLeft: extra.recoveryCodesLeft ?? 0,
    },
    sso: row.sso_subject !== null,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
