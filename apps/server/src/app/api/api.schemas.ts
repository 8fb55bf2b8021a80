// Schemas every API route shares: the error body, id parameters, and common field types.
import { z } from 'zod';

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** The error answers a route may give, for the OpenAPI document. */
export function errorResponses<const S extends number>(
  ...statuses: S[]
): Record<S, typeof errorResponseSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorResponseSchema])) as Record<
    S,
    typeof errorResponseSchema
  >;
}

export const idParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

/** "is required" for a missing field, `otherwise` for a value of the wrong type. */
export const requiredError = (otherwise: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : otherwise),
});

/** A required line of text: trimmed, not empty. */
export const requiredText = (max: number) =>
  z
    .string(requiredError('must be text'))
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** An optional line of text: null clears it; an empty string counts as null. */
export const optionalText = (max: number) =>
  z
    .string('must be text')
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable();

export const isoDate = z.iso.date(requiredError('must be a date (YYYY-MM-DD)'));
