// The key of the embedded database: from DATABASE_KEY, from DATABASE_KEY_FILE, or from
// DATA_DIR/database.key, which the first start generates. The key itself is never logged or printed.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { databaseKeyPattern } from './config.schema.js';
import { ConfigError, type DatabaseKeySetting } from './config.js';

export interface DatabaseKey {
  /** 64 lower-case hex characters: a raw 256-bit key. */
  hex: string;
  /** Set when this call generated the key file: the operator must back it up. */
  generatedPath?: string;
  /** Problems worth a warning, e.g. a key file that others can read. */
  warnings: string[];
}

const keyFileFormat = 'must contain 64 hexadecimal characters (a 256-bit key)';

// The paths come from the operator's configuration; reading and writing them is the point.
/* eslint-disable security/detect-non-literal-fs-filename */
function readKeyFile(path: string, name: string): DatabaseKey {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${name} ${path} cannot be read (${code === 'ENOENT' ? 'file not found' : (code ?? 'error')})`,
    );
  }
  const hex = text.trim();
  if (!databaseKeyPattern.test(hex)) throw new ConfigError(`${name} ${path} ${keyFileFormat}`);
  const warnings =
    (statSync(path).mode & 0o077) !== 0
      ? [`${path} can be read by other users; restrict it with: chmod 600 ${path}`]
      : [];
  return { hex: hex.toLowerCase(), warnings };
}

function generateKeyFile(path: string): DatabaseKey {
  const hex = randomBytes(32).toString('hex');
  try {
    // 'wx': never overwrite a key that exists, even one written by a concurrent start.
    writeFileSync(path, `${hex}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(path, 'the key file');
    throw error;
  }
  return { hex, generatedPath: path, warnings: [] };
}

function fileExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export function resolveDatabaseKey(setting: DatabaseKeySetting, databasePath: string): DatabaseKey {
  switch (setting.source) {
    case 'environment':
      return { hex: setting.hex.toLowerCase(), warnings: [] };
    case 'file':
      return readKeyFile(setting.path, 'DATABASE_KEY_FILE');
    case 'data-dir':
      if (fileExists(setting.path)) return readKeyFile(setting.path, 'the key file');
      // A new key for an existing database would only produce a confusing "wrong key" error later.
      if (fileExists(databasePath)) {
        throw new ConfigError(
          `the database ${databasePath} exists but its key file ${setting.path} is missing: ` +
            'restore the key file from your backup, or set DATABASE_KEY or DATABASE_KEY_FILE',
        );
      }
      return generateKeyFile(setting.path);
  }
}
/* eslint-enable security/detect-non-literal-fs-filename */
