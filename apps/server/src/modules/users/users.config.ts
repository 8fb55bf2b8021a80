// Argon2id parameters for local passwords, tuned so that one hash takes about 50–100 ms on the
// reference machine (2 cores): m = 64 MiB, t = 5, p = 1 measured 67 ms to hash and 70 ms to verify
// (docs/operations.md). One lane (p = 1) keeps concurrent sign-ins from fighting over the cores.
export const passwordHashParameters = {
  memoryCost: 65_536,
  timeCost: 5,
  parallelism: 1,
} as const;

/** Length of generated passwords (the first administrator's): 24 characters of 57, about 140 bits. */
export const generatedPasswordLength = 24;
