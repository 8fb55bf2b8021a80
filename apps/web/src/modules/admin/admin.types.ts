// The shapes of the administration API (users, roles, organisation structure, security log, sign-in
// settings, account; see /api/openapi.json), as the admin pages use them.
import type { AccessArea, AccessLevel, CertificateScope } from '../auth/auth.types';

export type UserStatus = 'invited' | 'active' | 'deactivated';

export interface AdminUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  status: UserStatus;
  roleId: string;
  scope: CertificateScope;
  isLocked: boolean;
  secondFactors: { totp: boolean; sms: boolean; passkeys: number; recoveryCodesLeft: number };
  sso: boolean;
  lastLoginAt: string | null;
}

export interface UserListQuery {
  search?: string | undefined;
  status?: UserStatus | undefined;
  limit?: number;
  cursor?: string | null;
}

/** POST /users (an invitation e-mail goes out). */
export interface InviteUserBody {
  email: string;
  firstName: string;
  lastName: string;
  roleId: string;
  scope: CertificateScope;
  phone?: string | null;
}

/** PATCH /users/:id: only what changed. */
export type UpdateUserBody = Partial<InviteUserBody>;

export type UserAction = 'invitation' | 'deactivate' | 'reactivate' | 'unlock';

export type Permissions = Record<AccessArea, AccessLevel>;

export interface Role {
  id: string;
  name: string;
  isAdministrator: boolean;
  permissions: Permissions;
}

export interface RoleBody {
  name: string;
  permissions: Partial<Permissions>;
}

/** A company, location, department, org unit or employee type: what a scope refers to. */
export interface NamedItem {
  id: string;
  name: string;
}

/** The scope's five categories, in the order the form shows them. */
export const scopeDimensions = [
  'companyIds',
  'locationIds',
  'departmentIds',
  'orgUnitIds',
  'employeeTypeIds',
] as const;

export type ScopeDimension = (typeof scopeDimensions)[number];

export type OrganizationStructure = Record<ScopeDimension, NamedItem[]>;

export interface Account {
  id: string;
  name: string;
  contractStatus: 'active' | 'read_only' | 'ended';
  /** null: the plan has no limit. */
  planMaxUsers: number | null;
  /** Invited and active users. */
  seatsUsed: number;
}

export interface SecurityEvent {
  id: string;
  /** ISO-8601 UTC. */
  createdAt: string;
  action: string;
  /** The server's German name of the action. */
  actionLabel: string;
  reason: string | null;
  reasonLabel: string | null;
  userId: string | null;
  actorUserId: string | null;
  /** The e-mail address as given, for events about unknown users. */
  subject: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  details: Record<string, unknown> | null;
}

export interface SecurityEventQuery {
  action?: string | undefined;
  userId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number;
  cursor?: string | null;
}

export type PasswordPolicyPreset = 'standard' | 'nist';
export type AllowedSecondFactor = 'totp' | 'passkey' | 'sms';
export type SsoMode = 'off' | 'optional' | 'only';

export interface SecuritySettings {
  passwordPolicy: PasswordPolicyPreset;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  secondFactorRequired: boolean;
  secondFactorMethods: AllowedSecondFactor[];
  ssoMode: SsoMode;
  ssoTenantId: string | null;
  ssoClientId: string | null;
  /** The secret itself is never sent back. */
  ssoClientSecretSet: boolean;
  /** The redirect URI to register in Entra ID, as the server knows its address (PUBLIC_URL). */
  ssoRedirectUri: string;
}

/** PATCH /organization/security: only what changed; the client secret is write-only. */
export type SecuritySettingsPatch = Partial<
  Omit<SecuritySettings, 'ssoClientSecretSet'> & { ssoClientSecret: string | null }
>;
