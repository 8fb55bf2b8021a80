// Request and response schemas of the users (U1–U3).
import { z } from 'zod';
import { requiredText } from '../../app/api/api.schemas.js';
import { scopeSchema } from '../auth/auth.schemas.js';

const phone = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, 'must be a mobile number in international form, e.g. +491701234567')
  .nullable();

const restrictedScopeRefinement = (scope: z.output<typeof scopeSchema> | undefined) =>
  !scope ||
  scope.all ||
  Object.entries(scope).some(([key, values]) => key !== 'all' && Array.isArray(values) && values.length > 0);
const scopeMessage = {
  message:
    'a restricted scope must list at least one company, location, department, org unit or employee type',
  path: ['scope'],
};

export const inviteUserBodySchema = z
  .strictObject({
    email: z.email('must be an e-mail address').max(254),
    firstName: requiredText(200),
    lastName: requiredText(200),
    roleId: z.string().min(1).max(100),
    scope: scopeSchema,
    phone: phone.optional(),
  })
  .refine((body) => restrictedScopeRefinement(body.scope), scopeMessage);

export const updateUserBodySchema = z
  .strictObject({
    email: z.email('must be an e-mail address').max(254),
    firstName: requiredText(200),
    lastName: requiredText(200),
    roleId: z.string().min(1).max(100),
    scope: scopeSchema,
    phone,
  })
  .partial()
  .refine((body) => restrictedScopeRefinement(body.scope), scopeMessage);

export const listUsersQuerySchema = z.strictObject({
  status: z.enum(['invited', 'active', 'deactivated']).optional(),
  search: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
});

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    phone: z.string().nullable(),
    phoneVerified: z.boolean(),
    status: z.enum(['invited', 'active', 'deactivated']),
    roleId: z.string(),
    scope: scopeSchema,
    isLocked: z.boolean(),
    secondFactors: z.object({
      totp: z.boolean(),
      sms: z.boolean(),
      passkeys: z.number(),
      recoveryCodesLeft: z.number(),
    }),
    sso: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });

export const userPageSchema = z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() });
