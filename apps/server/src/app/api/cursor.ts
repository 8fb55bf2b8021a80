// Opaque keyset cursors: base64url of the last row's sort key and id, together with the sort order
// they belong to, so that a cursor used with another order is refused instead of skipping rows.
import { z } from 'zod';
import { createValidationError } from '../http-errors.js';

const cursorSchema = z.strictObject({ order: z.string(), key: z.string(), id: z.string() });

export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** The cursor's position, or a validation.failed error naming `query.cursor`. */
export function decodeCursor(encoded: string, order: string): Cursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = cursorSchema.safeParse(decoded);
  if (!parsed.success) {
    throw createValidationError([{ path: 'query.cursor', message: 'is not a cursor of this list' }]);
  }
  if (parsed.data.order !== order) {
    throw createValidationError([{ path: 'query.cursor', message: 'belongs to another sort order' }]);
  }
  return parsed.data;
}
