// Request and response schemas of handovers (H1–H4): HR's create, list and revoke, and the recipient's
// session, code, certificate, finish and document routes.
import { handoverGrantLevels, handoverGrantsSchema, handoverSections } from '@zeugnisdesk/shared';
import { z } from 'zod';
import { isoDate, optionalText, requiredText } from '../../app/api/api.schemas.js';
import { certificateStatuses } from '../certificates/certificates.policies.js';
import { certificateIssueSchema, certificateOptionsSchema } from '../certificates/certificates.schemas.js';
import { defaultExpiresInDays, maxExpiresInDays, maxFinishCommentLength } from './handovers.config.js';
import { linkStringPattern } from './handovers.models.js';

const phone = z
  .string('must be text')
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'must be a mobile number in international form, e.g. +491701234567');

export const secondFactors = ['none', 'email', 'sms'] as const;

export const createHandoverBodySchema = z.strictObject({
  recipient: z.strictObject({
    name: requiredText(150),
    email: z.email('must be an e-mail address').max(254),
    phone: phone.optional(),
  }),
  message: optionalText(2000).optional(),
  dueDate: isoDate.optional(),
  expiresInDays: z
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(maxExpiresInDays, `must be at most ${maxExpiresInDays} days`)
    .default(defaultExpiresInDays),
  grants: handoverGrantsSchema,
  download: z.boolean('must be true or false'),
  secondFactor: z.enum(secondFactors, `must be one of ${secondFactors.join(', ')}`),
});

export type CreateHandoverInput = z.output<typeof createHandoverBodySchema>;

const grantsResponseSchema = z.object(
  Object.fromEntries(handoverSections.map((section) => [section, z.enum(handoverGrantLevels)])) as Record<
    (typeof handoverSections)[number],
    z.ZodEnum<{ none: 'none'; read: 'read'; write: 'write' }>
  >,
);

const handoverEventTypes = [
  'created',
  'opened',
  'code_sent',
  'code_failed',
  'locked',
  'saved',
  'finished',
  'revoked',
  'expired',
] as const;

export const handoverSchema = z
  .object({
    id: z.string(),
    recipient: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
    message: z.string().nullable(),
    dueDate: z.string().nullable(),
    grants: grantsResponseSchema,
    download: z.boolean(),
    secondFactor: z.enum(secondFactors),
    status: z.enum(['active', 'finished', 'revoked', 'expired', 'locked']),
    createdAt: z.string(),
    createdBy: z.object({ id: z.string(), name: z.string() }),
    expiresAt: z.string(),
    openedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    finishComment: z.string().nullable(),
    revokedAt: z.string().nullable(),
    events: z.array(
      z.object({
        type: z.enum(handoverEventTypes),
        at: z.string(),
        userName: z.string().nullable().optional(),
        details: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .meta({ id: 'Handover' });

export const createdHandoverSchema = z.object({
  handover: handoverSchema,
  /** The link with its secret: answered once, never stored. */
  link: z.string(),
});

// The recipient ------------------------------------------------------------------------------------

export const sessionBodySchema = z.strictObject({
  id: z
    .string(requiredErrorText('the link’s first string'))
    .regex(linkStringPattern, 'is not a handover link'),
  secret: z
    .string(requiredErrorText('the link’s second string'))
    .regex(linkStringPattern, 'is not a handover link'),
});

function requiredErrorText(what: string) {
  return {
    error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`),
  };
}

export const sessionAnswerSchema = z.union([
  z.object({ status: z.literal('ready') }),
  z.object({
    status: z.literal('code_required'),
    channel: z.enum(['email', 'sms']),
    destination: z.string(),
  }),
]);

export const verifyCodeBodySchema = z.strictObject({
  code: z.string(requiredErrorText('the code')).trim().min(1, 'must not be empty').max(16, 'is too long'),
});

export const updateRecipientCertificateBodySchema = z.strictObject({
  revision: z.int('must be the revision number the change is based on').min(1),
  /** Any subset of the write-granted input paths, nested as in the certificate input. */
  content: z.record(z.string(), z.unknown(), 'must be an object').optional(),
  options: certificateOptionsSchema.optional(),
});

export type UpdateRecipientCertificateInput = z.output<typeof updateRecipientCertificateBodySchema>;

export const finishBodySchema = z.strictObject({
  comment: optionalText(maxFinishCommentLength).optional(),
});

export const recipientDocumentQuerySchema = z.strictObject({
  format: z.enum(['pdf', 'docx'], 'must be pdf or docx').default('pdf'),
});

export const recipientViewSchema = z
  .object({
    handover: z.object({
      recipientName: z.string(),
      message: z.string().nullable(),
      dueDate: z.string().nullable(),
      grants: grantsResponseSchema,
      download: z.boolean(),
      expiresAt: z.string(),
      secondFactor: z.enum(secondFactors),
    }),
    certificate: z.object({
      kind: z.string(),
      form: z.string(),
      status: z.enum(certificateStatuses),
      revision: z.number(),
      employeeName: z.string(),
    }),
    /** The certificate input with only the granted sections' paths; the others are absent. */
    content: z.record(z.string(), z.unknown()),
    options: certificateOptionsSchema.optional(),
    /** The composed certificate (engine CertificateDocument), when the result is granted. */
    document: z.record(z.string(), z.unknown()).nullable(),
    issues: z.array(certificateIssueSchema),
  })
  .meta({ id: 'HandoverRecipientView' });
