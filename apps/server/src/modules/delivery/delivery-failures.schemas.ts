// Request and response schemas of the delivery failures page (administrators).
import { z } from 'zod';

export const listFailuresQuerySchema = z.strictObject({
  limit: z.coerce.number('must be a number').int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
});

export const deliveryFailureSchema = z
  .object({
    id: z.string(),
    channel: z.enum(['email', 'sms']),
    /** The e-mail address in full; a phone number masked. */
    recipient: z.string(),
    subject: z.string().nullable(),
    lastError: z.string().nullable(),
    attempts: z.number(),
    failedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'DeliveryFailure' });

export const deliveryFailurePageSchema = z.object({
  items: z.array(deliveryFailureSchema),
  nextCursor: z.string().nullable(),
});

export const resendResultSchema = z.object({ id: z.string(), status: z.literal('pending') });
