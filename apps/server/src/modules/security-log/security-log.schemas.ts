// Request and response schemas of the security log (L1): list filters, keyset pages, one entry.
import { z } from 'zod';
import { securityActions } from './security-log.models.js';

const isoTime = z.iso.datetime({
  offset: true,
  error: 'must be an ISO-8601 time (e.g. 2026-06-30T08:00:00Z)',
});

const filterFields = {
  action: z.enum(securityActions, 'must be a security action').optional(),
  userId: z.string().min(1).max(100).optional(),
  /** Entries at or after this time. */
  from: isoTime.optional(),
  /** Entries before this time. */
  to: isoTime.optional(),
};

export const exportSecurityEventsQuerySchema = z.strictObject(filterFields);

export const listSecurityEventsQuerySchema = z.strictObject({
  ...filterFields,
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** nextCursor of the previous page. */
  cursor: z.string().max(1000).optional(),
});

export type ExportSecurityEventsQuery = z.output<typeof exportSecurityEventsQuerySchema>;
export type ListSecurityEventsQuery = z.output<typeof listSecurityEventsQuerySchema>;

export const securityEventSchema = z
  .object({
    id: z.string(),
    /** ISO-8601 UTC. */
    createdAt: z.string(),
    action: z.string(),
    /** German name of the action. */
    actionLabel: z.string(),
    reason: z.string().nullable(),
    reasonLabel: z.string().nullable(),
    userId: z.string().nullable(),
    actorUserId: z.string().nullable(),
    /** The e-mail address as given, for events about unknown users. */
    subject: z.string().nullable(),
    ipAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'SecurityEvent' });

export const securityEventPageSchema = z
  .object({ items: z.array(securityEventSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'SecurityEventPage' });
