// Sign-in housekeeping: sessions past their absolute lifetime, links and pending sign-ins that expired a
// day ago, and rate-limit windows of yesterday are deleted. Expired rows never authenticate anyone (every
// check compares the time), so this only keeps the tables small; it is idempotent.
import type { IdentityDependencies } from './auth.dependencies.js';

const dayMs = 24 * 60 * 60 * 1000;

export async function purgeExpiredSignInState({
  inTransaction,
  now,
}: Pick<IdentityDependencies, 'inTransaction' | 'now'>): Promise<{ sessions: number; other: number }> {
  const current = now();
  const dayAgo = new Date(current.getTime() - dayMs).toISOString();
  return inTransaction(async ({ auth }) => ({
    sessions: await auth.deleteExpiredSessions({ before: current.toISOString() }),
    other: await auth.deleteExpiredTokensAndChallenges({ before: dayAgo }),
  })).then(async (result) => {
    await inTransaction(({ auth }) => auth.deleteStaleRateLimits({ before: dayAgo }));
    return result;
  });
}
