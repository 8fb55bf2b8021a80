// The actions of the security log (L1), named after the OWASP Logging Vocabulary: the server writes and
// filters by them, the web app labels and filters by them. One list for both sides of the wire.
export const securityActions = [
  'authn_login_success',
  'authn_login_fail',
  'authn_login_lock',
  'authn_login_unlock',
  'authn_password_reset_request',
  'authn_password_reset_complete',
  'authn_password_change',
  'authn_mfa_enrol',
  'authn_mfa_remove',
  'authn_mfa_fail',
  'authn_sso_login',
  'authn_logout',
  'user_invited',
  'user_invitation_accepted',
  'user_deactivated',
  'user_reactivated',
  'user_role_changed',
  'user_scope_changed',
  'authz_fail',
  'session_revoked_all',
  'security_settings_changed',
  'privacy_settings_changed',
  'email_settings_changed',
  'message_resent',
  'support_access_granted',
  'support_access_revoked',
] as const;

export type SecurityAction = (typeof securityActions)[number];

export function isSecurityAction(value: string): value is SecurityAction {
  return (securityActions as readonly string[]).includes(value);
}
