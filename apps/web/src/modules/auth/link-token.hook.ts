// Reads the token of an invitation or reset link once, then removes it from the address bar (and the
// history entry), so that it is not left on screen, in bookmarks or in a shared screenshot.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { readLinkToken } from './link-token.models';

export function useLinkToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => readLinkToken(location.hash));
  useEffect(() => {
    if (location.hash !== '') {
      void navigate(
        { pathname: location.pathname, search: location.search },
        { replace: true, state: location.state },
      );
    }
  }, [location.hash, location.pathname, location.search, location.state, navigate]);
  return token;
}

/**
 * Reads the link's token and asks the server about it once (never retried, never cached past the page):
 * whose link it is and which password rules apply. Looking does not spend the link.
 */
export function useInspectedLink<T>(name: string, inspect: (token: string) => Promise<T>) {
  const token = useLinkToken();
  const inspection = useQuery({
    queryKey: ['link', name],
    queryFn: () => inspect(token ?? ''),
    enabled: token !== null,
    retry: false,
    gcTime: 0,
    staleTime: Infinity,
  });
  return { token, inspection };
}
