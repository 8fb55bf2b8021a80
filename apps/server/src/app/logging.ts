// Structured JSON logs (pino, via Fastify): UTC timestamps, request ids, no secrets, no query strings.
import type { FastifyRequest } from 'fastify';
import type { LogLevel } from './config/config.schema.js';

const secretHeaders = ['authorization', 'cookie', 'set-cookie', 'x-csrf-token', 'x-api-key'];
const secretFields = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'key',
  'apiKey',
];

/** Paths that never reach the log, wherever a caller puts them (pino wildcards match one level). */
export const redactedPaths = [
  ...['req.headers', 'res.headers', 'headers'].flatMap((parent) =>
    secretHeaders.map((header) => `${parent}["${header}"]`),
  ),
  ...secretFields.flatMap((name) => [name, `*.${name}`, `*.*.${name}`]),
];

export interface LogDestination {
  write: (line: string) => void;
}

export function createLoggerOptions({
  level,
  destination,
}: {
  level: LogLevel;
  destination?: LogDestination;
}) {
  return {
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    serializers: {
      // Query strings can carry search terms (personal data) and tokens: log the path only.
      req: (request: FastifyRequest) => ({
        method: request.method,
        path: request.url.split('?')[0],
        remoteAddress: request.ip,
      }),
    },
    ...(destination ? { stream: destination } : {}),
  };
}
