// The one table of error codes and their HTTP status (CONTRACTS §4), and the error response format:
// { "error": { "code": "<feature>.<reason>", "message": "…" } }. Features add their codes here.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export const httpErrorStatus = {
  'request.invalid': 400,
  'request.invalid_json': 400,
  'route.not_found': 404,
  'request.body_too_large': 413,
  'request.unsupported_media_type': 415,
  'server.internal_error': 500,
  'server.shutting_down': 503,
  'health.not_ready': 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof httpErrorStatus;

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** An expected failure of a use case; the status comes from the table. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function sendError(reply: FastifyReply, code: ErrorCode, message: string): FastifyReply {
  const body: ErrorBody = { error: { code, message } };
  return reply.code(httpErrorStatus[code]).type('application/json; charset=utf-8').send(body);
}

// Fastify's own request errors, translated to our codes and messages.
const fastifyErrors: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['request.invalid_json', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['request.invalid_json', 'The request body is empty but declared as JSON.'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['request.body_too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['request.unsupported_media_type', 'This content type is not accepted.'],
};

function classify(error: FastifyError | AppError): [ErrorCode, string] {
  if (error instanceof AppError) return [error.code, error.message];
  const known = error.code ? fastifyErrors[error.code] : undefined;
  if (known) return known;
  if (error.validation) return ['request.invalid', error.message];
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return ['request.invalid', 'The request is invalid.'];
  return ['server.internal_error', 'An unexpected error occurred.'];
}

/** Fastify's error handler: every error leaves in our format, never with a stack trace. */
export function handleError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  const [code, message] = classify(error);
  if (httpErrorStatus[code] >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code }, 'request rejected');
  return sendError(reply, code, message);
}
