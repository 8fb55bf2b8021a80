// Request and response schemas of the certificates (C1, C14). The content is the engine input of
// CONTRACTS §1, validated by the shared contract, so a stored certificate can always be composed.
import {
  certificateForms,
  certificateInputObjectSchema,
  certificateInputSchema,
  certificateKinds,
  exitReasons,
  interimReasons,
} from '@zeugnisdesk/shared';
import { z } from 'zod';
import { isoDate, optionalText, requiredText } from '../../app/api/api.schemas.js';
import { certificateStatuses } from './certificates.policies.js';

const reference = z.string().min(1).max(100);
const maxOptionEntries = 200;

/** The composer's options: pin a sentence's phrasing, or replace a sentence by the user's own text. */
export const certificateOptionsSchema = z
  .strictObject({
    variants: z
      .record(z.string().min(1).max(100), z.int().min(0).max(1000))
      .refine((entries) => Object.keys(entries).length <= maxOptionEntries, 'has too many entries')
      .default({}),
    overrides: z
      .record(z.string().min(1).max(100), z.string().max(2000, 'must be at most 2000 characters'))
      .refine((entries) => Object.keys(entries).length <= maxOptionEntries, 'has too many entries')
      .default({}),
  })
  .meta({ id: 'CertificateOptions' });

export type CertificateOptions = z.output<typeof certificateOptionsSchema>;

/** A signer: one of the organisation's employees (name and job title taken from the record) or a name. */
const signerSchema = z.strictObject({
  employeeId: reference.optional(),
  name: requiredText(150).optional(),
  /** The signer's function; for an employee, defaults to their job title. */
  function: requiredText(150).optional(),
});

export type SignerInput = z.output<typeof signerSchema>;

/** The fields that build the content from the employee record; not allowed together with `content`. */
const fromEmployeeFields = [
  'kind',
  'form',
  'exitReason',
  'interimReason',
  'issueDate',
  'place',
  'signers',
] as const;

export const createCertificateBodySchema = z
  .strictObject({
    /** The employee the certificate is about. */
    employeeId: reference,
    /** The complete content; without it, the content is built from the employee and company records. */
    content: certificateInputSchema.optional(),
    kind: z.enum(certificateKinds, `must be one of ${certificateKinds.join(', ')}`).optional(),
    form: z.enum(certificateForms, `must be one of ${certificateForms.join(', ')}`).optional(),
    exitReason: z
      .enum(exitReasons, `must be one of ${exitReasons.join(', ')}`)
      .nullable()
      .optional(),
    interimReason: z
      .enum(interimReasons, `must be one of ${interimReasons.join(', ')}`)
      .nullable()
      .optional(),
    /** Defaults to today. */
    issueDate: isoDate.optional(),
    /** Defaults to the company's city. */
    place: requiredText(100).optional(),
    signers: z
      .array(signerSchema)
      .min(1, 'must name at least one signer')
      .max(2, 'must name at most two signers')
      .optional(),
    options: certificateOptionsSchema.optional(),
    isPrivate: z.boolean('must be true or false').optional(),
  })
  .superRefine((body, ctx) => {
    if (body.content !== undefined) {
      for (const field of fromEmployeeFields) {
        if (body[field] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: 'is not allowed together with content' });
        }
      }
      return;
    }
    if (body.kind === undefined) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'is required unless content is given' });
    }
    if (body.signers === undefined) {
      ctx.addIssue({ code: 'custom', path: ['signers'], message: 'is required unless content is given' });
    }
    body.signers?.forEach((signer, index) => {
      if (signer.employeeId === undefined && (signer.name === undefined || signer.function === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['signers', index],
          message: 'must name an employeeId, or a name and a function',
        });
      }
      if (signer.employeeId !== undefined && signer.name !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['signers', index, 'name'],
          message: 'is taken from the employee record',
        });
      }
    });
  });

export type CreateCertificateInput = z.output<typeof createCertificateBodySchema>;

export const updateCertificateBodySchema = z.strictObject({
  /** The revision the change is based on; another change in between answers 409. */
  revision: z.int('must be the revision number the change is based on').min(1),
  content: certificateInputSchema.optional(),
  options: certificateOptionsSchema.optional(),
  isPrivate: z.boolean('must be true or false').optional(),
});

export type UpdateCertificateInput = z.output<typeof updateCertificateBodySchema>;

export const transitionBodySchema = z.strictObject({
  to: z.enum(certificateStatuses, `must be one of ${certificateStatuses.join(', ')}`),
  comment: optionalText(1000).optional(),
});

export const listCertificatesQuerySchema = z.strictObject({
  status: z.enum(certificateStatuses).optional(),
  kind: z.enum(certificateKinds).optional(),
  employeeId: reference.optional(),
  /** Words that must all occur in the employee's name, in any letter case. */
  search: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** nextCursor of the previous page. */
  cursor: z.string().max(1000).optional(),
});

export type ListCertificatesQuery = z.output<typeof listCertificatesQuerySchema>;

export const documentFormats = ['pdf', 'docx', 'html', 'text'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export const documentQuerySchema = z.strictObject({
  format: z.enum(documentFormats, `must be one of ${documentFormats.join(', ')}`).default('pdf'),
});

const certificateSummaryFields = {
  id: z.string(),
  employeeId: z.string(),
  companyId: z.string().nullable(),
  employeeName: z.string(),
  kind: z.enum(certificateKinds),
  form: z.enum(certificateForms),
  status: z.enum(certificateStatuses),
  isPrivate: z.boolean(),
  revision: z.number(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const certificateSummarySchema = z.object(certificateSummaryFields).meta({ id: 'CertificateSummary' });

export const certificatePageSchema = z
  .object({ items: z.array(certificateSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: 'CertificatePage' });

export const statusChangeSchema = z.object({
  from: z.enum(certificateStatuses).nullable(),
  to: z.enum(certificateStatuses),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
  comment: z.string().nullable(),
});

export const versionSummarySchema = z.object({
  id: z.string(),
  number: z.number(),
  issuedAt: z.string(),
  issuedBy: z.string().nullable(),
});

export const certificateIssueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  path: z.string().optional(),
  sentenceId: z.string().optional(),
  evidence: z.string().optional(),
});

export const certificateSchema = z
  .object({
    ...certificateSummaryFields,
    content: certificateInputObjectSchema,
    options: certificateOptionsSchema,
    history: z.array(statusChangeSchema),
    versions: z.array(versionSummarySchema),
    /** The certificate composed from the current content and options. */
    text: z.string(),
    /** The consistency check of the current content, against the last issued version if there is one. */
    issues: z.array(certificateIssueSchema),
  })
  .meta({ id: 'Certificate' });

export const issuedVersionSchema = z
  .object({
    ...versionSummarySchema.shape,
    text: z.string(),
    content: certificateInputObjectSchema,
    issues: z.array(certificateIssueSchema),
  })
  .meta({ id: 'CertificateVersion' });
