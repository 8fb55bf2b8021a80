// The HTTP server: Fastify with security headers, one error format, request ids, graceful closing.
// buildServer returns the server without listening, so tests use `app.inject()`.
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerApi } from './api/api.js';
import type { Db } from './database/database.types.js';
import { registerHealthRoutes } from './health/health.routes.js';
import { registerWebApp } from './web/web-app.js';
import { handleError, sendError } from './http-errors.js';
import {
  createIdentityRepositories,
  createIdentityTransactionRunner,
} from '../modules/auth/auth.dependencies.js';
import { createReadRunner } from './database/transaction.js';
import { registerAuthenticationHooks } from '../modules/auth/auth.hooks.js';
import type { createLoggerOptions } from './logging.js';

export const bodyLimitBytes = 1024 * 1024;

export interface ServerDependencies {
  db: Db;
  /** PUBLIC_URL is https: send HSTS and upgrade insecure requests. */
  isHttps: boolean;
  /** Pino options from createLoggerOptions, or false for no log. */
  logger: ReturnType<typeof createLoggerOptions> | false;
  /** The clock of every use case; tests pass a fixed one. */
  now?: () => Date;
  /** Where users reach the application (links in e-mails); defaults to a loopback address. */
  publicUrl?: string;
  /** TRUSTED_PROXIES: proxies whose X-Forwarded-For names the client. */
  trustedProxies?: string[];
  /** Overrides the per-address limit of the authentication routes (tests). */
  authRateLimit?: { maxRequests: number; windowMs: number };
  /** The built web app to serve at / (startApplication passes apps/web/dist); default none. */
  webAppDirectory?: string | null;
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

export async function buildServer({
  db,
  isHttps,
  logger,
  now = () => new Date(),
  // Plain HTTP on loopback, as the server itself speaks it.
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url
  publicUrl = 'http://127.0.0.1:3000',
  trustedProxies = [],
  authRateLimit,
  webAppDirectory = null,
}: ServerDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // request.ip comes from X-Forwarded-For only when the connecting address is a trusted proxy.
    trustProxy: trustedProxies.length > 0 ? trustedProxies : false,
    bodyLimit: bodyLimitBytes,
    // Keep a proxy's request id if it looks like one; anything else could be used to forge log lines.
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    },
    // Our own hook answers during shutdown, in our error format.
    return503OnClosing: false,
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(isHttps ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: isHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });

  // Only JSON bodies: a cross-site form cannot send them without a CORS preflight.
  app.removeContentTypeParser('text/plain');

  let isClosing = false;
  app.addHook('preClose', async () => {
    isClosing = true;
  });
  // Also flag it the moment close() is called: avvio reaches the preClose hooks only after a tick per
  // plugin scope, and a request arriving in between must already be turned away.
  const close = app.close.bind(app);
  app.close = ((...args: Parameters<typeof close>) => {
    isClosing = true;
    return close(...args);
  }) as typeof app.close;
  app.addHook('onRequest', async (_request, reply) => {
    if (isClosing) {
      reply.header('connection', 'close');
      return sendError(reply, 'server.shutting_down', 'The server is shutting down.');
    }
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    // Let keep-alive clients go, so that closing does not wait for their idle timeout.
    if (isClosing) reply.header('connection', 'close');
  });

  app.setErrorHandler(handleError);
  const webApp = webAppDirectory === null ? null : await registerWebApp(app, { directory: webAppDirectory });
  app.setNotFoundHandler(
    (request, reply) =>
      webApp?.(request, reply) ?? sendError(reply, 'route.not_found', 'This route does not exist.'),
  );

  await app.register(cookie);
  registerAuthenticationHooks(app, {
    inTransaction: createIdentityTransactionRunner(db, now),
    // Every request resolves its session: single statements, no transaction needed.
    read: createReadRunner(db, (connection) => createIdentityRepositories(connection, now)),
    now,
    isHttps,
    ...(authRateLimit ? { rateLimit: authRateLimit } : {}),
  });

  registerHealthRoutes(app, { db });
  registerApi(app, { db, now, publicUrl, isHttps });
  return app;
}
