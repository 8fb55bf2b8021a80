// GET /dev/outbox: what the server sent or would have sent, for developers. Not registered in
// production, where it answers 404 like any unknown route (it shows login codes and links).
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../app/database/database.types.js';
import { renderOutboxPage } from './outbox-page.models.js';
import { listRecentOutboxMessages } from './outbox.usecases.js';

export function registerOutboxDevRoutes(
  app: FastifyInstance,
  { db, isEnabled }: { db: Db; isEnabled: boolean },
): void {
  if (!isEnabled) return;
  app.get('/dev/outbox', async (_request, reply) => {
    const { messages } = await listRecentOutboxMessages({ db });
    return reply.type('text/html; charset=utf-8').send(renderOutboxPage(messages));
  });
}
