// Server state of the account page: the user's own record and passkeys, and what a finished set-up
// changes in the app (the session's new CSRF token; fresh factor data).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sessionQueryKey } from '../auth/session.hooks';
import type { Session } from '../auth/auth.types';
import { fetchOwnUser, fetchPasskeys } from './account.api';
import type { EnrolmentAnswer } from './account.types';

export const accountQueryKey = ['account'] as const;

export function useOwnUser(userId: string) {
  return useQuery({
    queryKey: [...accountQueryKey, 'user', userId],
    queryFn: ({ signal }) => fetchOwnUser(userId, signal),
  });
}

export function usePasskeys() {
  return useQuery({
    queryKey: [...accountQueryKey, 'passkeys'],
    queryFn: ({ signal }) => fetchPasskeys(signal),
  });
}

/** Re-reads the factors after a change. */
export function useRefreshAccount(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: accountQueryKey }), [queryClient]);
}

/**
 * After a set-up the session has a new token: the API client already sends the new CSRF token
 * (account.api.ts hands it over); the cached session learns it too, so that nothing reads the old one.
 */
export function useApplyEnrolment(): (answer: EnrolmentAnswer) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (answer) => {
      queryClient.setQueryData<Session | null>(sessionQueryKey, (session) =>
        session ? { ...session, csrfToken: answer.csrfToken } : session,
      );
    },
    [queryClient],
  );
}
