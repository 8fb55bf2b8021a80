// The web application (apps/web, built by Vite into apps/web/dist) at `/`: its files with long caching
// for the content-hashed assets, and index.html for every other path outside the API, so that the
// browser's routes (/anmelden, /mitarbeiter/…) work on reload. Without a build nothing is served and
// unknown paths answer 404 as before.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** apps/web/dist, from apps/server/src/app/web (tests) or apps/server/dist/app/web (run time). */
export const defaultWebAppDirectory = fileURLToPath(new URL('../../../../web/dist/', import.meta.url));

/**
 * Mantine (the component library) sets CSS variables in style attributes and one style element, so the
 * app's pages allow inline styles; scripts stay as strict as everywhere else ('self' only).
 */
export const webAppContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const reserved = /^\/(?:api|health|dev)(?:\/|$)/;

/** Paths of the browser's routes: GET, outside the API, without a file extension. */
function isAppRoute(method: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return (
    method === 'GET' && !reserved.test(path) && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path)
  );
}

/**
 * Serves the build if there is one; returns the not-found fallback (index.html for the browser's
 * routes), or null without a build.
 */
export async function registerWebApp(
  app: FastifyInstance,
  { directory = defaultWebAppDirectory }: { directory?: string } = {},
): Promise<((request: FastifyRequest, reply: FastifyReply) => FastifyReply | null) | null> {
  // The directory is the server's own build output (or a test's), never request data.
  // eslint-disable-next-line security/detect-non-literal-fs-filename
  if (!existsSync(`${directory}/index.html`)) return null;
  app.addHook('onSend', async (request, reply) => {
    if (reserved.test(request.url)) return;
    reply.header('content-security-policy', webAppContentSecurityPolicy);
    // Hashed file names never change content; index.html must always be fresh.
    if (request.url.startsWith('/assets/'))
      reply.header('cache-control', 'public, max-age=31536000, immutable');
  });
  await app.register(fastifyStatic, {
    root: directory,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // Caching is decided above (assets) and by the server (everything else: no-store).
    cacheControl: false,
  });
  return (request, reply) =>
    isAppRoute(request.method, request.url)
      ? reply.type('text/html; charset=utf-8').sendFile('index.html')
      : null;
}
