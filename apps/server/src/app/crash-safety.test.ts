// Crash safety of the embedded database: the real server process is killed (SIGKILL) in the middle of a
// burst of writes; after a restart every write it acknowledged is there and the file is intact. Needs
// `npm run build` (scripts/test.mjs builds first), because it runs bin/zeugnisdesk.js.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { signInWithPrintedCredentials } from '../modules/auth/auth.test-utils.js';

const bin = new URL('../../bin/zeugnisdesk.js', import.meta.url).pathname;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zd-crash-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function spawnServe(env: Record<string, string>, cwd: string) {
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = vi.waitFor(
    () => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) throw new Error(`not running yet:\n${output}`);
      return match[1];
    },
    { timeout: 15_000, interval: 20 },
  );
  return { child, exited, url, output: () => output };
}

/** Opens the file the way app/database/sqlite.ts does; the first read checks the key. */
function openFile(path: string, keyHex: string | null) {
  const connection = new Sqlite(path);
  onTestFinished(() => {
    connection.close();
  });
  if (keyHex !== null) {
    connection.pragma(`cipher = 'sqlcipher'`);
    connection.pragma('legacy = 4');
    connection.pragma(`key = "x'${keyHex}'"`);
  }
  connection.prepare('select count(*) from sqlite_master').get();
  return connection;
}

const employee = (index: number) =>
  JSON.stringify({
    gender: 'female',
    firstName: 'Erika',
    lastName: `Crash${index}`,
    entryDate: '2020-01-01',
  });

describe('after a crash (SIGKILL during a burst of writes)', () => {
  it('keeps every acknowledged employee, and the encrypted file is intact', async () => {
    const cwd = tempDir();
    const keyHex = randomBytes(32).toString('hex');
    const env = { DATA_DIR: join(cwd, 'data'), DATABASE_KEY: keyHex };
    const first = spawnServe(env, cwd);
    const url = await first.url;
    const signedIn = await signInWithPrintedCredentials(url, first.output());

    const acknowledged: string[] = [];
    let refused = 0;
    const total = 200;
    const killAfter = 60;
    const requests = Array.from({ length: total }, async (_, index) => {
      try {
        const response = await fetch(`${url}/api/v1/employees`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...signedIn },
          body: employee(index),
        });
        if (response.status !== 201) throw new Error(`status ${response.status}`);
        acknowledged.push(((await response.json()) as { id: string }).id);
        if (acknowledged.length === killAfter) first.child.kill('SIGKILL');
      } catch {
        refused += 1;
      }
    });
    await Promise.all(requests);
    await first.exited;
    expect(first.child.signalCode).toBe('SIGKILL');
    // The kill really fell into the burst: some writes were acknowledged, others never were.
    expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
    expect(refused).toBeGreaterThan(0);

    const second = spawnServe(env, cwd);
    const restartedUrl = await second.url;
    for (const id of acknowledged) {
      // Sessions are rows of the database: the one from before the crash still works.
      const response = await fetch(`${restartedUrl}/api/v1/employees/${id}`, { headers: signedIn });
      expect(response.status, id).toBe(200);
    }
    second.child.kill('SIGTERM');
    await second.exited;
    expect(second.child.exitCode).toBe(0);

    const path = join(cwd, 'data', 'zeugnisdesk.db');
    const database = openFile(path, keyHex);
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = database.prepare('select id from employees').pluck().all() as string[];
    expect(stored).toEqual(expect.arrayContaining(acknowledged));
    expect(stored.length).toBeLessThanOrEqual(total);
  });

  it('cannot be opened without the key or with a wrong one', async () => {
    const cwd = tempDir();
    const keyHex = randomBytes(32).toString('hex');
    const server = spawnServe({ DATA_DIR: join(cwd, 'data'), DATABASE_KEY: keyHex }, cwd);
    await server.url;
    server.child.kill('SIGTERM');
    await server.exited;

    const path = join(cwd, 'data', 'zeugnisdesk.db');
    // Threat: a copied database file (stolen disk, leaked backup) is readable without the key.
    expect(() => openFile(path, null)).toThrow(/not a database/);
    expect(() => openFile(path, randomBytes(32).toString('hex'))).toThrow(/not a database/);
    expect(openFile(path, keyHex).pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
