// GET /dev/outbox: what the server sent or would have sent, for developers. Not registered in
// production, where it answers 404 like any unknown route; and even outside production it answers only
// direct requests from this machine, because it shows sign-in codes and reset links (anyone who could
// read it could take over an account).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from '../../app/http-errors.js';
import type { Db } from '../../app/database/database.types.js';
import { renderOutboxPage } from './outbox-page.models.js';
import { listRecentOutboxMessages } from './outbox.usecases.js';

export function registerOutboxDevRoutes(
  app: FastifyInstance,
  { db, isEnabled }: { db: Db; isEnabled: boolean },
): void {
  if (!isEnabled) return;
  app.get('/dev/outbox', async (request, reply) => {
    if (!isDirectLocalRequest(request)) {
      return sendError(reply, 'route.not_found', 'This route does not exist.');
    }
    const { messages } = await listRecentOutboxMessages({ db });
    return reply.type('text/html; charset=utf-8').send(renderOutboxPage(messages));
  });
}

function isDirectLocalRequest(request: FastifyRequest): boolean {
  const address = request.socket.remoteAddress ?? '';
  const isLoopback = address === '::1' || /^(?:::ffff:)?127\./.test(address);
  const isProxied =
    request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return isLoopback && !isProxied;
}
