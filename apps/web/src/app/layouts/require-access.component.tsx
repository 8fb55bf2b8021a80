// Shows a page only when the user's role allows it; otherwise says so (the navigation hides such
// pages, but an address can still be typed or bookmarked). The server refuses the data either way.
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useSession } from '../../modules/auth/session.hooks';
import type { Session } from '../../modules/auth/auth.types';
import { NoAccessPage } from '../../modules/placeholders/no-access.page';

export function RequireAccess({
  allows,
  children,
}: {
  allows: (session: Session) => boolean;
  /** The page; without it, the nested routes (an Outlet). */
  children?: ReactNode;
}) {
  const session = useSession();
  if (!allows(session)) return <NoAccessPage />;
  return children ?? <Outlet />;
}
