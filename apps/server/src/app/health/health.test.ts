import { describe, expect, it, onTestFinished } from 'vitest';
import { migrations } from '../../migrations/migrations.registry.js';
import { createTestDatabase } from '../database/database.test-utils.js';
import { buildServer } from '../server.js';
import { getReadiness } from './health.usecases.js';

async function createServer(options: { migrated?: boolean } = {}) {
  const database = await createTestDatabase(options);
  const app = await buildServer({ db: database.db, isHttps: false, logger: false });
  onTestFinished(() => app.close());
  return { app, database };
}

describe('GET /health/live', () => {
  it('answers 200 while the process serves HTTP', async () => {
    const { app } = await createServer();
    const response = await app.inject({ url: '/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'live' });
  });
});

describe('GET /health/ready', () => {
  it('answers 200 when the database answers and every migration is applied', async () => {
    const { app } = await createServer();
    const response = await app.inject({ url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', migrations: migrations.length });
  });

  it('answers 503 health.not_ready while migrations are pending', async () => {
    const { app } = await createServer({ migrated: false });
    const response = await app.inject({ url: '/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      error: {
        code: 'health.not_ready',
        message: `${migrations.length} migration(s) pending: run \`zeugnisdesk migrate\`.`,
      },
    });
  });

  it('answers 503 health.not_ready when the database does not answer', async () => {
    const { app, database } = await createServer();
    await database.close();
    const response = await app.inject({ url: '/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      error: { code: 'health.not_ready', message: 'The database does not answer.' },
    });
  });

  it('answers 503 server.shutting_down once the server closes', async () => {
    const { app } = await createServer();
    await app.ready();
    const closing = app.close();
    const response = await app.inject({ url: '/health/ready' });
    await closing;
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      error: { code: 'server.shutting_down', message: 'The server is shutting down.' },
    });
    expect(response.headers.connection).toBe('close');
  });
});

describe('getReadiness', () => {
  it('gives up on a database that does not answer in time', async () => {
    const { db } = await createTestDatabase();
    const hanging = new Proxy(db, {
      get: (target, property) =>
        property === 'executeQuery' ? () => new Promise(() => undefined) : Reflect.get(target, property),
    });
    expect(await getReadiness({ db: hanging, timeoutMs: 20 })).toEqual({
      isReady: false,
      reason: 'database_unreachable',
    });
  });
});
