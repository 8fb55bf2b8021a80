// Fastify's schema validation errors (from the zod validator compiler) as the issues of a
// `validation.failed` error: one issue per offending field, with a dotted path. Body paths are relative
// to the body (`employment.startDate`, CONTRACTS §1); query and path parameters are prefixed
// (`query.limit`, `params.id`), so a client can tell them apart.
import type { FastifySchemaValidationError } from 'fastify';
import type { ValidationIssue } from '../http-errors.js';

const contextPrefix: Record<string, string> = { querystring: 'query', params: 'params', headers: 'headers' };

function joinPath(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('.');
}

export function toValidationIssues(
  errors: FastifySchemaValidationError[],
  context: string | undefined,
): ValidationIssue[] {
  const prefix = context ? (contextPrefix[context] ?? '') : '';
  return errors.flatMap((error) => {
    const path = joinPath(prefix, ...error.instancePath.split('/'));
    const keys = (error.params as { keys?: unknown }).keys;
    // Unknown fields are reported once per field, each under its own path.
    if (error.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      return keys.map((key) => ({ path: joinPath(path, String(key)), message: 'is not a known field' }));
    }
    return [{ path, message: error.message ?? 'is invalid' }];
  });
}
