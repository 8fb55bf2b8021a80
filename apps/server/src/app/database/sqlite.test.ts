import { mkdtempSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DatabaseError } from './database.errors.js';
import { openEncryptedSqlite, type SqliteConnection } from './sqlite.js';

const key = '5a'.repeat(32);
const otherKey = 'a5'.repeat(32);

function tempDatabasePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zd-sqlite-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'zeugnisdesk.db');
}

function open(path: string, keyHex = key): SqliteConnection {
  const connection = openEncryptedSqlite({ path, keyHex });
  onTestFinished(() => {
    if (connection.open) connection.close();
  });
  return connection;
}

function createWithSecret(path: string): void {
  const connection = open(path);
  connection.exec(
    "create table notes (text text); insert into notes values ('Leistungsbeurteilung: sehr gut')",
  );
  connection.close();
}

function firstBytes(path: string, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  readSync(fd, buffer, 0, length, 0);
  closeSync(fd);
  return buffer;
}

function openError(open: () => unknown): DatabaseError {
  try {
    open();
  } catch (error) {
    if (error instanceof DatabaseError) return error;
    throw error;
  }
  throw new Error('expected a DatabaseError');
}

describe('the encrypted SQLite database', () => {
  it('does not start with the plaintext SQLite header, and no content is readable', () => {
    const path = tempDatabasePath();
    createWithSecret(path);
    expect(firstBytes(path, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const file = firstBytes(path, statSync(path).size);
    expect(file.includes(Buffer.from('Leistungsbeurteilung'))).toBe(false);
    expect(file.includes(Buffer.from('notes'))).toBe(false);
  });

  it('opens again with the right key', () => {
    const path = tempDatabasePath();
    createWithSecret(path);
    expect(open(path).prepare('select text from notes').pluck().get()).toBe('Leistungsbeurteilung: sehr gut');
  });

  it('cannot be opened with a wrong key: database.key_invalid', () => {
    const path = tempDatabasePath();
    createWithSecret(path);
    const error = openError(() => open(path, otherKey));
    expect(error.code).toBe('database.key_invalid');
    expect(error.message).toContain('cannot be opened with the configured key');
  });

  it('cannot be read by SQLite without a key', () => {
    const path = tempDatabasePath();
    createWithSecret(path);
    const plain = new Sqlite(path);
    onTestFinished(() => {
      plain.close();
    });
    expect(() => plain.prepare('select * from notes').all()).toThrow(/file is not a database/);
  });

  it('refuses a plaintext SQLite file with database.key_invalid', () => {
    const path = tempDatabasePath();
    const plain = new Sqlite(path);
    plain.exec('create table t (x)');
    plain.close();
    expect(openError(() => open(path)).code).toBe('database.key_invalid');
  });

  it('passes the integrity check and runs with WAL, full sync, foreign keys and a busy timeout', () => {
    const path = tempDatabasePath();
    createWithSecret(path);
    const connection = open(path);
    expect(connection.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(connection.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(connection.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(connection.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(connection.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(connection.pragma('cipher', { simple: true })).toBe('sqlcipher');
  });

  it('keeps the database file and its WAL readable by the owner only', () => {
    const path = tempDatabasePath();
    const connection = open(path);
    connection.exec('create table t (x); insert into t values (1)');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(`${path}-wal`).mode & 0o777).toBe(0o600);
  });

  it('refuses a key that is not 64 hex characters before it reaches SQL', () => {
    expect(() => openEncryptedSqlite({ path: tempDatabasePath(), keyHex: `${key}'` })).toThrow(/64 hex/);
  });
});
