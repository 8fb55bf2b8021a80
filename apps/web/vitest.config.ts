// Runs the web app's tests on their own: `npx vitest run --config apps/web/vitest.config.ts` (unit
// tests under src/, end-to-end tests under e2e/ against the built app and server).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
