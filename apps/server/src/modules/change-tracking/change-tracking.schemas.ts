// Request and response schemas of a certificate's change history (L4).
import { z } from 'zod';

export const listChangesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(500).optional(),
});

export const certificateChangeSchema = z
  .object({
    id: z.string(),
    changedAt: z.string(),
    actor: z.object({
      type: z.enum(['user', 'handover']),
      /** The name as it was when the change was made. */
      name: z.string(),
      userId: z.string().optional(),
      handoverId: z.string().optional(),
    }),
    /** A JSON Pointer (RFC 6901) into { content, options, isPrivate }, e.g. `/content/activities/2`. */
    path: z.string(),
    /** The value before; missing: there was none (e.g. an added list element). */
    before: z.unknown().optional(),
    /** The value after; missing: there is none now (e.g. a removed list element). */
    after: z.unknown().optional(),
  })
  .meta({ id: 'CertificateChange' });

export const certificateChangePageSchema = z
  .object({
    items: z.array(certificateChangeSchema),
    nextCursor: z.string().nullable(),
    /** „First Last“ of the users named in the certificate's status history, by id. */
    userNames: z.record(z.string(), z.string()),
    /** Whether the organisation records changes now (entries made earlier stay when it is off). */
    changeTracking: z.boolean(),
  })
  .meta({ id: 'CertificateChangePage' });
