import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  createPostgresTestSchema,
  describeWithPostgres,
  postgresUrlForSchema,
} from '../app/database/database.test-utils.js';
import { migrations } from '../migrations/migrations.registry.js';
import { signInWithPrintedCredentials } from '../modules/auth/auth.test-utils.js';
import { memoryIo } from './cli.test-utils.js';
import { runServeCommand } from './serve.command.js';
import { startServe, tempDir } from './serve.test-utils.js';

describe('zeugnisdesk serve', () => {
  it('starts with the encrypted embedded database, prints the address, and stops cleanly', async () => {
    const cwd = tempDir();
    const server = await startServe({}, cwd);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', migrations: migrations.length });
    // The API works on a fresh start: the development organisation and its administrator exist.
    const signedIn = await signInWithPrintedCredentials(server.url, server.stdout());
    const created = await fetch(`${server.url}/api/v1/departments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedIn },
      body: JSON.stringify({ name: 'Qualitätssicherung' }),
    });
    expect(created.status).toBe(201);

    server.stop('SIGTERM');
    expect(await server.exitCode).toBe(0);
    expect(server.stdout()).toContain('Zeugnisdesk stopped.\n');
    expect(
      readFileSync(join(cwd, 'data', 'zeugnisdesk.db'))
        .subarray(0, 16)
        .toString('latin1'),
    ).not.toBe('SQLite format 3\0');
  });

  it('tells about the generated key once, never printing it', async () => {
    const cwd = tempDir();
    const first = await startServe({}, cwd);
    first.stop('SIGTERM');
    await first.exitCode;
    const key = readFileSync(join(cwd, 'data', 'database.key'), 'utf8').trim();
    expect(first.stdout()).toContain(
      `Generated the database key ${join(cwd, 'data', 'database.key')}.\nBack it up now`,
    );
    expect(first.stdout()).not.toContain(key);

    const second = await startServe({}, cwd);
    second.stop('SIGTERM');
    await second.exitCode;
    expect(second.stdout()).not.toContain('Generated');
    expect(readFileSync(join(cwd, 'data', 'database.key'), 'utf8').trim()).toBe(key);
  });

  it('refuses to start with a wrong key, in one line', async () => {
    const cwd = tempDir();
    const first = await startServe({}, cwd);
    first.stop('SIGTERM');
    await first.exitCode;
    const { io } = memoryIo();
    await expect(
      runServeCommand([], io, {
        env: { PORT: '0', DATABASE_KEY: 'ff'.repeat(32) },
        cwd,
        waitForStopSignal: () => new Promise(() => undefined),
      }),
    ).rejects.toThrow(/^the database .*zeugnisdesk\.db cannot be opened with the configured key/);
  });

  it('refuses to start when the port is taken, naming PORT', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const port = (blocker.address() as { port: number }).port;
    const { io } = memoryIo();
    await expect(
      runServeCommand([], io, {
        env: { PORT: String(port) },
        cwd: tempDir(),
        waitForStopSignal: () => new Promise(() => undefined),
      }),
    ).rejects.toThrow(`PORT ${port} on 127.0.0.1 is already in use`);
  });
});

describeWithPostgres('zeugnisdesk serve', () => {
  it('starts on PostgreSQL when DATABASE_URL is set, migrating it', async () => {
    const schema = await createPostgresTestSchema();
    const server = await startServe({ DATABASE_URL: postgresUrlForSchema(schema) }, tempDir());
    const ready = await fetch(`${server.url}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', migrations: migrations.length });
    server.stop('SIGTERM');
    expect(await server.exitCode).toBe(0);
  });
});

describe('the zeugnisdesk serve process (needs `npm run build`)', () => {
  const bin = new URL('../../bin/zeugnisdesk.js', import.meta.url).pathname;

  function spawnServe(env: Record<string, string>, cwd: string) {
    const child = spawn(process.execPath, [bin, 'serve'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const waitForOutput = (pattern: RegExp) =>
      vi.waitFor(
        () => {
          const match = pattern.exec(stdout);
          if (!match) throw new Error(`waiting for ${pattern} in:\n${stdout}${stderr}`);
          return match;
        },
        { timeout: 15_000, interval: 20 },
      );
    return { child, exited, waitForOutput, stdout: () => stdout, stderr: () => stderr };
  }

  function readResponse(socket: Socket): Promise<string> {
    return new Promise((resolve, reject) => {
      let response = '';
      socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
      socket.on('end', () => resolve(response));
      socket.on('error', reject);
    });
  }

  it('finishes a request in flight on SIGTERM, refuses new connections, and exits with 0', async () => {
    const cwd = tempDir();
    const server = spawnServe(
      { PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(cwd, 'data'), LOG_LEVEL: 'info' },
      cwd,
    );
    const port = Number((await server.waitForOutput(/running at http:\/\/127\.0\.0\.1:(\d+)/))[1]);
    // Plain HTTP on loopback, as the server speaks it.
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url
    const signedIn = await signInWithPrintedCredentials(`http://127.0.0.1:${port}`, server.stdout());

    // A slow upload: the headers and half of the body now, the rest after the signal.
    const body = JSON.stringify({ name: 'Qualitätssicherung und Arbeitszeugnisse' });
    const socket = connect(port, '127.0.0.1');
    const response = readResponse(socket);
    socket.write(
      `POST /api/v1/departments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Cookie: ${signedIn.cookie}\r\nX-CSRF-Token: ${signedIn['x-csrf-token']}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await server.waitForOutput(/"path":"\/api\/v1\/departments"[^\n]*"msg":"incoming request"/);

    server.child.kill('SIGTERM');
    await server.waitForOutput(/"msg":"shutting down"/);
    await vi.waitFor(
      () =>
        new Promise<void>((resolve, reject) => {
          const probe = connect(port, '127.0.0.1');
          probe.on('connect', () => {
            probe.destroy();
            reject(new Error('still accepting connections'));
          });
          probe.on('error', (error: NodeJS.ErrnoException) =>
            error.code === 'ECONNREFUSED' ? resolve() : reject(error),
          );
        }),
      { timeout: 5000, interval: 20 },
    );
    expect(server.child.exitCode).toBeNull();

    socket.write(body.slice(10));
    const text = await response;
    // Finished and answered in full, not cut off.
    expect(text).toMatch(/^HTTP\/1\.1 201 /);
    expect(text).toMatch(/connection: close/i);
    expect(text).toContain('"name":"Qualitätssicherung und Arbeitszeugnisse"');
    expect(await server.exited).toBe(0);
    expect(server.stdout()).toContain('Zeugnisdesk stopped.\n');
  });

  it('exits with 2 and one line naming the variable on a bad configuration', async () => {
    const cwd = tempDir();
    const server = spawnServe({ PORT: 'eighty', DATA_DIR: join(cwd, 'data') }, cwd);
    expect(await server.exited).toBe(2);
    expect(server.stderr()).toBe(
      'zeugnisdesk serve: invalid configuration: PORT must be a whole number from 0 to 65535\n',
    );
    expect(server.stdout()).toBe('');
  });
});
