// Request and response schemas of sign-in, passwords and invitations (/api/v1/auth).
import { z } from 'zod';
import { accessAreas, accessLevels } from '../access/access.models.js';

/** Passwords are compared exactly as typed: no trimming, up to 1024 characters (the policy's limit). */
const password = z.string('must be text').min(1, 'must not be empty').max(4096, 'is too long');
const email = z.email('must be an e-mail address').max(254);
/** A token from a link: 43 base64url characters (256 bits). */
const linkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a valid link token');

export const loginBodySchema = z.strictObject({
  email,
  password,
  /** Only needed when the same address has an account in several organisations. */
  organizationId: z.string().min(1).max(100).optional(),
});

const secondFactorMethods = z.enum(['totp', 'passkey', 'sms', 'recovery_code']);

const scopeSchema = z.union([
  z.strictObject({ all: z.literal(true) }),
  z.strictObject({
    all: z.literal(false),
    companyIds: z.array(z.string()),
    locationIds: z.array(z.string()),
    departmentIds: z.array(z.string()),
    orgUnitIds: z.array(z.string()),
    employeeTypeIds: z.array(z.string()),
  }),
]);

export const sessionSchema = z
  .object({
    csrfToken: z.string(),
    mustEnrolSecondFactor: z.boolean(),
    user: z.object({ id: z.string(), email: z.string(), firstName: z.string(), lastName: z.string() }),
    organization: z.object({ id: z.string(), name: z.string() }),
    isAdministrator: z.boolean(),
    permissions: z.record(z.enum(accessAreas), z.enum(accessLevels)),
    scope: scopeSchema,
    signInPolicy: z.object({
      passwordPolicy: z.object({
        preset: z.enum(['standard', 'nist']),
        minLength: z.number(),
        maxLength: z.number(),
        rules: z.array(z.object({ code: z.string(), message: z.string() })),
      }),
      secondFactorRequired: z.boolean(),
      secondFactorMethods: z.array(z.enum(['totp', 'passkey', 'sms'])),
    }),
  })
  .meta({ id: 'Session' });

export const loginResponseSchema = z.discriminatedUnion('status', [
  sessionSchema.extend({ status: z.literal('signed_in') }),
  z.object({ status: z.literal('second_factor_required'), methods: z.array(secondFactorMethods) }),
]);

export const passwordResetRequestBodySchema = z.strictObject({ email });
export const tokenPasswordBodySchema = z.strictObject({ token: linkToken, password });
export const tokenBodySchema = z.strictObject({ token: linkToken });
export const changePasswordBodySchema = z.strictObject({ currentPassword: password, newPassword: password });

export const passwordPolicySchema = z.object({
  preset: z.enum(['standard', 'nist']),
  minLength: z.number(),
  maxLength: z.number(),
  rules: z.array(z.object({ code: z.string(), message: z.string() })),
});

export const invitationSchema = z.object({
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  organizationName: z.string(),
  passwordPolicy: passwordPolicySchema,
  ssoOnly: z.boolean(),
});

export const statusSchema = z.object({ status: z.string() });

/** GET /auth/sign-in-options: the organisation the sign-in page is for (from its link), if any. */
export const signInOptionsQuerySchema = z.strictObject({
  organization: z.string().min(1).max(100).optional(),
});

/**
 * What the sign-in page offers before anyone is signed in: the organisation (null when unknown or not
 * determinable) and its sign-in with Microsoft (null when off, not configured or the contract ended;
 * `only`: passwords are refused, so the page shows no password form).
 */
export const signInOptionsSchema = z
  .object({
    organization: z.object({ id: z.string(), name: z.string() }).nullable(),
    sso: z.object({ provider: z.literal('entra'), only: z.boolean() }).nullable(),
  })
  .meta({ id: 'SignInOptions' });

export { scopeSchema };
