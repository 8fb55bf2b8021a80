// The one table of error codes and their HTTP status (CONTRACTS §4), and the error response format:
// { "error": { "code": "<feature>.<reason>", "message": "…" } }. Features add their codes here.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { toValidationIssues } from './api/validation-issues.js';

export const httpErrorStatus = {
  'request.invalid': 400,
  'auth.required': 401,
  'auth.forbidden': 403,
  'auth.invalid_credentials': 401,
  'auth.csrf_failed': 403,
  'auth.second_factor_required': 401,
  'auth.second_factor_enrolment_required': 403,
  'auth.invalid_code': 401,
  'auth.challenge_expired': 401,
  'auth.invalid_token': 400,
  'auth.password_rejected': 400,
  'auth.sso_only': 403,
  'auth.sso_not_configured': 404,
  'auth.sso_failed': 401,
  'auth.rate_limited': 429,
  'organization.read_only': 403,
  'role.not_found': 404,
  'role.name_taken': 409,
  'role.in_use': 409,
  'role.administrator_fixed': 409,
  'user.not_found': 404,
  'user.not_invited': 409,
  'user.last_administrator': 409,
  'user.plan_limit_reached': 409,
  'second_factor.not_found': 404,
  'analysis.unreadable_pdf': 400,
  'second_factor.invalid_code': 400,
  'second_factor.not_allowed': 403,
  'request.invalid_json': 400,
  'validation.failed': 400,
  'route.not_found': 404,
  'company.not_found': 404,
  'company_asset.not_found': 404,
  'company_asset.invalid_format': 400,
  'company_asset.unreadable': 400,
  'company_asset.too_large': 413,
  'render.asset_missing': 400,
  'render.asset_invalid': 400,
  'render.background_unsupported': 400,
  'location.not_found': 404,
  'department.not_found': 404,
  'org_unit.not_found': 404,
  'employee_type.not_found': 404,
  'employee.not_found': 404,
  'employee.referenced': 409,
  'certificate.not_found': 404,
  'certificate.revision_conflict': 409,
  'certificate.transition_not_allowed': 409,
  'certificate.not_issuable': 409,
  'certificate.archived': 409,
  'structure.name_taken': 409,
  'structure.in_use': 409,
  'user.email_taken': 409,
  'email_template.invalid': 400,
  'delivery_failure.not_found': 404,
  'request.body_too_large': 413,
  'request.unsupported_media_type': 415,
  'server.internal_error': 500,
  'server.shutting_down': 503,
  'health.not_ready': 503,
  // Issue #8, handovers (modules/handovers).
  'handover.not_found': 404,
  'handover.not_active': 409,
  'handover.invalid_link': 404,
  'handover.session_required': 401,
  // Both when HR creates a handover without a code the tenant requires, and when the recipient has not
  // entered the code yet: 400, not 401, so that the HR app does not take it for a lost sign-in.
  'handover.code_required': 400,
  'handover.channel_not_allowed': 400,
  'handover.invalid_code': 400,
  'handover.rate_limited': 429,
  'handover.section_not_granted': 403,
  'handover.download_not_allowed': 403,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof httpErrorStatus;

/** One offending field of a `validation.failed` error: its dotted path and what is wrong. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: ValidationIssue[] };
}

/** An expected failure of a use case; the status comes from the table. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ValidationIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A request that passed the schema but breaks a rule across fields (e.g. exit before entry). */
export function createValidationError(issues: ValidationIssue[]): AppError {
  return new AppError('validation.failed', describeIssues(issues), issues);
}

export function describeIssues(issues: ValidationIssue[]): string {
  const shown = issues
    .slice(0, 3)
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `The request is invalid: ${shown.join('; ')}${more}.`;
}

export function sendError(
  reply: FastifyReply,
  code: ErrorCode,
  message: string,
  issues?: ValidationIssue[],
): FastifyReply {
  const body: ErrorBody = { error: { code, message, ...(issues ? { issues } : {}) } };
  return reply.code(httpErrorStatus[code]).type('application/json; charset=utf-8').send(body);
}

// Fastify's own request errors, translated to our codes and messages.
const fastifyErrors: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['request.invalid_json', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['request.invalid_json', 'The request body is empty but declared as JSON.'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['request.body_too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['request.unsupported_media_type', 'This content type is not accepted.'],
};

type Classified = [ErrorCode, string, ValidationIssue[]?];

function classify(error: FastifyError | AppError): Classified {
  if (error instanceof AppError) return [error.code, error.message, error.issues];
  const known = error.code ? fastifyErrors[error.code] : undefined;
  if (known) return known;
  if (error.validation) {
    const issues = toValidationIssues(error.validation, error.validationContext);
    return ['validation.failed', describeIssues(issues), issues];
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return ['request.invalid', 'The request is invalid.'];
  return ['server.internal_error', 'An unexpected error occurred.'];
}

/** Fastify's error handler: every error leaves in our format, never with a stack trace. */
export function handleError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  const [code, message, issues] = classify(error);
  if (httpErrorStatus[code] >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code }, 'request rejected');
  return sendError(reply, code, message, issues);
}
