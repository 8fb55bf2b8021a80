import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ConfigError } from './config.js';
import { resolveDatabaseKey } from './database-key.js';

const key = '0123456789abcdef'.repeat(4);

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zd-key-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('resolveDatabaseKey', () => {
  it('uses DATABASE_KEY as given (lower-cased)', () => {
    expect(resolveDatabaseKey({ source: 'environment', hex: key.toUpperCase() }, '/nowhere/db')).toEqual({
      hex: key,
      warnings: [],
    });
  });

  it('reads DATABASE_KEY_FILE, ignoring surrounding white space', () => {
    const path = join(tempDir(), 'db.key');
    writeFileSync(path, `  ${key}\n`, { mode: 0o600 });
    expect(resolveDatabaseKey({ source: 'file', path }, '/nowhere/db')).toEqual({ hex: key, warnings: [] });
  });

  it('warns when the key file can be read by other users', () => {
    const path = join(tempDir(), 'db.key');
    writeFileSync(path, key, { mode: 0o644 });
    expect(resolveDatabaseKey({ source: 'file', path }, '/nowhere/db').warnings).toEqual([
      `${path} can be read by other users; restrict it with: chmod 600 ${path}`,
    ]);
  });

  it.each([
    ['a missing file', undefined, /^DATABASE_KEY_FILE .* cannot be read \(file not found\)$/],
    ['a file without a key', 'my passphrase', /^DATABASE_KEY_FILE .* must contain 64 hexadecimal characters/],
  ])('rejects %s, naming DATABASE_KEY_FILE', (_case, content, message) => {
    const path = join(tempDir(), 'db.key');
    if (content !== undefined) writeFileSync(path, content);
    const resolve = () => resolveDatabaseKey({ source: 'file', path }, '/nowhere/db');
    expect(resolve).toThrow(ConfigError);
    expect(resolve).toThrow(message);
  });

  it('generates a 256-bit key file with mode 0600 on the first start, and reads it on the next', () => {
    const dir = tempDir();
    const path = join(dir, 'database.key');
    const first = resolveDatabaseKey({ source: 'data-dir', path }, join(dir, 'zeugnisdesk.db'));
    expect(first.hex).toMatch(/^[0-9a-f]{64}$/);
    expect(first.generatedPath).toBe(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe(`${first.hex}\n`);

    const second = resolveDatabaseKey({ source: 'data-dir', path }, join(dir, 'zeugnisdesk.db'));
    expect(second).toEqual({ hex: first.hex, warnings: [] });
    expect(readFileSync(path, 'utf8')).toBe(`${first.hex}\n`);
  });

  it('generates a different key for every installation', () => {
    const a = tempDir();
    const b = tempDir();
    const keyA = resolveDatabaseKey({ source: 'data-dir', path: join(a, 'database.key') }, join(a, 'db')).hex;
    const keyB = resolveDatabaseKey({ source: 'data-dir', path: join(b, 'database.key') }, join(b, 'db')).hex;
    expect(keyA).not.toBe(keyB);
  });

  it('refuses to generate a new key for a database that exists (the key file was lost)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'zeugnisdesk.db'), 'encrypted pages');
    expect(() =>
      resolveDatabaseKey(
        { source: 'data-dir', path: join(dir, 'database.key') },
        join(dir, 'zeugnisdesk.db'),
      ),
    ).toThrow(/exists but its key file .* is missing: restore the key file from your backup/);
  });
});
