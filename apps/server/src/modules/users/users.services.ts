// Passwords: Argon2id hashing and verification (@node-rs/argon2), and generated passwords from the
// operating system's CSPRNG. A password never leaves this file except as its hash.
import { randomInt } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { normalizePassword } from './password-policy.services.js';
import { generatedPasswordLength, passwordHashParameters } from './users.config.js';

// The package's `Algorithm` is a const enum, which isolated modules cannot read: its Argon2id member is 2.
const argon2id: Algorithm.Argon2id = 2;

export type HashPassword = (password: string) => Promise<string>;

/**
 * The PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) of the NFKC form of the password (NIST
 * 800-63B: the same password typed on another keyboard must match), with a fresh random salt.
 */
export const hashPassword: HashPassword = (password) =>
  hash(normalizePassword(password), { ...passwordHashParameters, algorithm: argon2id });

/** Reads the parameters from the hash, so that hashes made with older parameters still verify. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    return false;
  }
}

const currentParameters = `$argon2id$v=19$m=${passwordHashParameters.memoryCost},t=${passwordHashParameters.timeCost},p=${passwordHashParameters.parallelism}$`;

/** The hash was made with other parameters than today's: hash the password again at sign-in. */
export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.startsWith(currentParameters);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification without a user, so that unknown, locked and inactive accounts
 * answer as slowly as a wrong password (the response must not reveal which case it is).
 */
export async function verifyDummyPassword(password: string): Promise<void> {
  dummyHash ??= hashPassword(generatePassword());
  await verifyPassword(await dummyHash, password);
}

// No 0/O, 1/l/I: the password is read off a terminal and typed by hand.
const passwordAlphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generatePassword(length = generatedPasswordLength): string {
  let password = '';
  // randomInt draws from the CSPRNG without modulo bias.
  for (let index = 0; index < length; index += 1)
    password += passwordAlphabet[randomInt(passwordAlphabet.length)];
  return password;
}
