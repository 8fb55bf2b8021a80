// Reads the token of an invitation or reset link once, then removes it from the address bar (and the
// history entry), so that it is not left on screen, in bookmarks or in a shared screenshot.
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
