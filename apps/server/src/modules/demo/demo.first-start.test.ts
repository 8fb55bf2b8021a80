// The first start as the operator sees it: `zeugnisdesk serve` in-process on a fresh data directory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createDatabase } from '../../app/database/database.js';
import { startServe, tempDir as makeTempDir } from '../../cli/serve.test-utils.js';
import { printedCredentials, signInWithPrintedCredentials } from '../auth/auth.test-utils.js';
import { verifyPassword } from '../users/users.services.js';

const tempDir = () => makeTempDir('zd-first-start-');

/** Starts `serve`, waits until it listens, calls `during` with its address, stops it; returns stdout. */
async function serveOnce(
  cwd: string,
  env: Record<string, string> = {},
  during: (url: string, stdout: string) => Promise<void> = async () => undefined,
): Promise<string> {
  // trace: the most log lines there can be, so that a leaked password would show.
  const { url, stdout, exitCode, stop } = await startServe({ LOG_LEVEL: 'trace', ...env }, cwd, 15_000);
  await during(url, stdout());
  stop('SIGTERM');
  expect(await exitCode).toBe(0);
  return stdout();
}

async function openData(cwd: string) {
  const keyHex = readFileSync(join(cwd, 'data', 'database.key'), 'utf8').trim();
  const database = await createDatabase({
    kind: 'sqlite',
    path: join(cwd, 'data', 'zeugnisdesk.db'),
    keyHex,
  });
  onTestFinished(() => database.close());
  return database.db;
}

describe('the first start of zeugnisdesk serve', () => {
  it('seeds the demo organisation and prints the administrator password once, never into the log', async () => {
    const cwd = tempDir();
    let listed: unknown;
    const stdout = await serveOnce(cwd, {}, async (url, printed) => {
      // The printed password signs in (and the sign-in request must not leak it into the log either).
      const headers = await signInWithPrintedCredentials(url, printed);
      listed = await (await fetch(`${url}/api/v1/employees?limit=100`, { headers })).json();
    });
    const [, email, password = ''] = printedCredentials.exec(stdout) ?? [];
    expect(email).toBe('admin@musterfirma.example');
    expect(password).toMatch(/^\S{20,}$/);
    expect(stdout.split(password)).toHaveLength(2);
    // Threat: a password in a log line ends up in log shippers and backups.
    const logLines = stdout.split('\n').filter((line) => line.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) expect(line).not.toContain(password);
    expect((listed as { items: unknown[] }).items).toHaveLength(20);

    const db = await openData(cwd);
    const user = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(user.password_hash).not.toContain(password);
    expect(await verifyPassword(user.password_hash ?? '', password)).toBe(true);
  });

  it('prints nothing and changes nothing on the second start', async () => {
    const cwd = tempDir();
    await serveOnce(cwd);
    const readAll = async () => {
      const db = await openData(cwd);
      return {
        employees: await db.selectFrom('employees').selectAll().orderBy('id').execute(),
        users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
        companies: await db.selectFrom('companies').selectAll().orderBy('id').execute(),
      };
    };
    const before = await readAll();

    const stdout = await serveOnce(cwd);
    expect(stdout).not.toMatch(/password|administrator/i);
    expect(await readAll()).toEqual(before);
  });

  it('creates the organisation and its administrator but no demo data with SEED_DEMO=false', async () => {
    const cwd = tempDir();
    let listed: unknown;
    const stdout = await serveOnce(cwd, { SEED_DEMO: 'false' }, async (url, printed) => {
      const headers = await signInWithPrintedCredentials(url, printed);
      listed = await (await fetch(`${url}/api/v1/employees`, { headers })).json();
    });
    expect(stdout).toMatch(printedCredentials);
    expect(listed).toEqual({ items: [], nextCursor: null });
    const db = await openData(cwd);
    expect(await db.selectFrom('users').select('email').execute()).toEqual([
      { email: 'admin@musterfirma.example' },
    ]);
    expect(await db.selectFrom('companies').selectAll().execute()).toEqual([]);
  });
});
