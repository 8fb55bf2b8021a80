// Runs `zeugnisdesk serve` in-process for tests: waits until it listens; `stop` plays the part of SIGTERM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished, vi } from 'vitest';
import { memoryIo } from './cli.test-utils.js';
import { runServeCommand } from './serve.command.js';

/** A temporary working directory, removed when the test ends. */
export function tempDir(prefix = 'zd-serve-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function startServe(env: Record<string, string>, cwd: string, timeout = 10_000) {
  let stop: (signal: string) => void = () => undefined;
  const signal = new Promise<string>((resolve) => (stop = resolve));
  const { io, stdout, stderr } = memoryIo();
  const exitCode = runServeCommand([], io, {
    env: { PORT: '0', LOG_LEVEL: 'warn', ...env },
    cwd,
    waitForStopSignal: () => signal,
  });
  exitCode.catch(() => undefined);
  const url = await vi.waitFor(
    async () => {
      const match = /running at (http:\/\/\S+)/.exec(stdout());
      if (!match?.[1]) {
        await Promise.race([exitCode, new Promise((resolve) => setTimeout(resolve, 20))]);
        throw new Error('not running yet');
      }
      return match[1];
    },
    { timeout, interval: 20 },
  );
  return { url, stdout, stderr, exitCode, stop };
}
