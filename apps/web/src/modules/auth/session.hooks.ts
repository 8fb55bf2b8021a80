// The signed-in session as server state: fetched once per page load (GET /auth/session), replaced by
// the answer of a sign-in, cleared at sign-out or when a request finds the session gone.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { fetchSession } from './auth.api';
import type { Session } from './auth.types';

export const sessionQueryKey = ['session'] as const;

export function useSessionQuery() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity, retry: 1 });
}

/** Stores a fresh session (after sign-in) and forgets everything cached for another user. */
export function storeSession(queryClient: QueryClient, session: Session): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, session);
}

/** Forgets the session and every piece of data read with it. */
export function clearSession(queryClient: QueryClient): void {
  queryClient.cancelQueries().catch(() => {});
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, null);
}

export function useStoreSession(): (session: Session) => void {
  const queryClient = useQueryClient();
  return (session) => storeSession(queryClient, session);
}

/** Inside the shell the session is always there; pages read it from here. */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside the signed-in part of the app');
  return session;
}
