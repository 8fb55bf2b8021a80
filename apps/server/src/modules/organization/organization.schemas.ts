// Request and response schemas of the organisation's account data and sign-in settings.
import { z } from 'zod';
import { tenantIdPattern } from '../sso/sso.config.js';

export const secondFactorMethodNames = ['totp', 'passkey', 'sms'] as const;

export const accountSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    contractStatus: z.enum(['active', 'read_only', 'ended']),
    planMaxUsers: z.number().nullable(),
    seatsUsed: z.number(),
  })
  .meta({ id: 'Account' });

export const securitySettingsSchema = z
  .object({
    passwordPolicy: z.enum(['standard', 'nist']),
    sessionIdleMinutes: z.number(),
    sessionAbsoluteHours: z.number(),
    secondFactorRequired: z.boolean(),
    secondFactorMethods: z.array(z.enum(secondFactorMethodNames)),
    ssoMode: z.enum(['off', 'optional', 'only']),
    ssoTenantId: z.string().nullable(),
    ssoClientId: z.string().nullable(),
    /** The secret itself is never sent back. */
    ssoClientSecretSet: z.boolean(),
    /** The redirect URI to register in Entra ID (from PUBLIC_URL). */
    ssoRedirectUri: z.string(),
  })
  .meta({ id: 'SecuritySettings' });

export const updateSecuritySettingsBodySchema = z
  .strictObject({
    passwordPolicy: z.enum(['standard', 'nist']),
    sessionIdleMinutes: z.number().int().min(5).max(1440),
    sessionAbsoluteHours: z.number().int().min(1).max(720),
    secondFactorRequired: z.boolean(),
    secondFactorMethods: z
      .array(z.enum(secondFactorMethodNames))
      .min(1, 'must allow at least one method')
      .refine((methods) => new Set(methods).size === methods.length, 'must not repeat a method'),
    ssoMode: z.enum(['off', 'optional', 'only']),
    ssoTenantId: z.string().regex(tenantIdPattern, 'must be the directory (tenant) id, a GUID').nullable(),
    ssoClientId: z.string().min(1).max(200).nullable(),
    ssoClientSecret: z.string().min(1).max(500).nullable(),
  })
  .partial();

export type UpdateSecuritySettingsInput = z.output<typeof updateSecuritySettingsBodySchema>;
