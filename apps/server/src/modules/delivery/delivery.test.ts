// The delivery module inside the running application (index.ts wiring).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { parseConfig } from '../../app/config/config.js';
import { startApplication } from '../../index.js';
import { readOutboxRows } from './delivery.test-utils.js';
import { enqueueMessage } from './outbox.usecases.js';

async function start(nodeEnv: 'production' | 'development') {
  const cwd = mkdtempSync(join(tmpdir(), 'zd-delivery-'));
  onTestFinished(() => rmSync(cwd, { recursive: true, force: true }));
  const config = parseConfig({ env: { PORT: '0', NODE_ENV: nodeEnv, LOG_LEVEL: 'silent' }, cwd });
  const app = await startApplication({ config });
  let isClosed = false;
  onTestFinished(async () => {
    if (!isClosed) await app.close();
  });
  return {
    app,
    close: async () => {
      isClosed = true;
      await app.close();
    },
  };
}

describe('delivery in the running application', () => {
  it('sends queued messages to the built-in outbox and shows them at /dev/outbox in development', async () => {
    const { app, close } = await start('development');
    await enqueueMessage({
      db: app.database.db,
      now: new Date(),
      message: {
        organizationId: null,
        channel: 'email',
        to: 'hr@example.de',
        subject: 'Willkommen',
        text: 'Hallo',
      },
    });
    await vi.waitFor(
      async () =>
        expect((await readOutboxRows(app.database.db))[0]).toMatchObject({
          status: 'sent',
          transport: 'outbox',
        }),
      { timeout: 15_000, interval: 100 },
    );
    const page = await fetch(`${app.url}/dev/outbox`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Willkommen');
    // The worker stops before the database closes: closing raises nothing.
    await expect(close()).resolves.toBeUndefined();
  });

  it('has no /dev/outbox in production', async () => {
    const { app } = await start('production');
    const page = await fetch(`${app.url}/dev/outbox`);
    expect(page.status).toBe(404);
  });
});
