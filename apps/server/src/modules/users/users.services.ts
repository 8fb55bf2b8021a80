// Passwords: Argon2id hashing and verification (@node-rs/argon2), and generated passwords from the
// operating system's CSPRNG. A password never leaves this file except as its hash.
import { randomInt } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { generatedPasswordLength, passwordHashParameters } from './users.config.js';

// The package's `Algorithm` is a const enum, which isolated modules cannot read: its Argon2id member is 2.
const argon2id: Algorithm.Argon2id = 2;

export type HashPassword = (password: string) => Promise<string>;

/** The PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`), with a fresh random salt. */
export const hashPassword: HashPassword = (password) =>
  hash(password, { ...passwordHashParameters, algorithm: argon2id });

/** Reads the parameters from the hash, so that hashes made with older parameters still verify. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
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
