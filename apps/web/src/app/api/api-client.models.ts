// The pure parts of the API client: URLs with query strings, the typed error every failed request
// becomes, and the mapping of a server error code to the message the user reads.

/** One offending field of a `validation.failed` (or password) error: its dotted path and the problem. */
export interface ApiIssue {
  path: string;
  message: string;
}

/**
 * A failed request. `status` is the HTTP status (0: the server was not reached); `code` is the server's
 * stable error code (`auth.invalid_credentials`), or `network.failed` / `http.<status>` when the answer
 * carried none.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined;

/** `path` with the query parameters that have a value; empty strings, null and undefined are left out. */
export function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    parameters.append(name, String(value));
  }
  const search = parameters.toString();
  return search ? `${path}?${search}` : path;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Requests that change state must carry the session's CSRF token. */
export function needsCsrfToken(method: string): boolean {
  return !safeMethods.has(method.toUpperCase());
}

function isIssue(value: unknown): value is ApiIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiIssue).path === 'string' &&
    typeof (value as ApiIssue).message === 'string'
  );
}

/** Turns an error answer into an ApiError; bodies that are not the server's error format still become one. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null) {
    const { code, message, issues } = error as { code?: unknown; message?: unknown; issues?: unknown };
    if (typeof code === 'string' && code !== '') {
      return new ApiError(
        status,
        code,
        typeof message === 'string' ? message : code,
        Array.isArray(issues) ? issues.filter(isIssue) : [],
      );
    }
  }
  return new ApiError(status, `http.${status}`, `The server answered ${status}.`);
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(0, 'network.failed', 'The server could not be reached.');
  error.cause = cause;
  return error;
}

/** A request that found the session gone (expired, ended elsewhere): the user must sign in again. */
export function isSessionLost(error: ApiError): boolean {
  return error.status === 401 && error.code === 'auth.required';
}

/**
 * The issues keyed by field: the first message per path. Paths are the server's dotted paths
 * (`password`, `body.email`); a leading `body.` is dropped so forms can use their own field names.
 */
export function issuesByField(issues: readonly ApiIssue[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.replace(/^body\./, '');
    if (!(field in byField)) byField[field] = issue.message;
  }
  return byField;
}

/** Every message about one field (a rejected password can break several rules at once). */
export function issueMessages(issues: readonly ApiIssue[], field: string): string[] {
  return issues.filter((issue) => issue.path.replace(/^body\./, '') === field).map((issue) => issue.message);
}

/** The locale keys of the messages the user can be shown for a failed request. */
export type ErrorMessageKey =
  | 'errors.invalidCredentials'
  | 'errors.rateLimited'
  | 'errors.sessionLost'
  | 'errors.forbidden'
  | 'errors.csrfFailed'
  | 'errors.invalidCode'
  | 'errors.challengeExpired'
  | 'errors.invalidLink'
  | 'errors.passwordRejected'
  | 'errors.ssoOnly'
  | 'errors.readOnly'
  | 'errors.secondFactorEnrolmentRequired'
  | 'errors.validation'
  | 'errors.notFound'
  | 'errors.conflict'
  | 'errors.network'
  | 'errors.server'
  | 'errors.unknown';

const messageKeyByCode: Record<string, ErrorMessageKey> = {
  'auth.invalid_credentials': 'errors.invalidCredentials',
  'auth.rate_limited': 'errors.rateLimited',
  'auth.required': 'errors.sessionLost',
  'auth.forbidden': 'errors.forbidden',
  'auth.csrf_failed': 'errors.csrfFailed',
  'auth.invalid_code': 'errors.invalidCode',
  'second_factor.invalid_code': 'errors.invalidCode',
  'auth.challenge_expired': 'errors.challengeExpired',
  'auth.second_factor_required': 'errors.challengeExpired',
  'auth.invalid_token': 'errors.invalidLink',
  'auth.password_rejected': 'errors.passwordRejected',
  'auth.sso_only': 'errors.ssoOnly',
  'organization.read_only': 'errors.readOnly',
  'auth.second_factor_enrolment_required': 'errors.secondFactorEnrolmentRequired',
  'validation.failed': 'errors.validation',
  'request.invalid': 'errors.validation',
};

/** What to tell the user about a failed request, as a locale key; never the server's English text. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (!isApiError(error)) return 'errors.unknown';
  const known = messageKeyByCode[error.code];
  if (known) return known;
  if (error.status === 0) return 'errors.network';
  if (error.status === 404) return 'errors.notFound';
  if (error.status === 409) return 'errors.conflict';
  if (error.status === 429) return 'errors.rateLimited';
  if (error.status >= 500) return 'errors.server';
  return 'errors.unknown';
}
