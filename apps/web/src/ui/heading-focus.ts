// After a page change inside the app, the focus moves to the new page's heading, so that keyboard and
// screen-reader users start at the new content instead of somewhere in the old one (WCAG 2.4.3). The
// shell provides the last path a heading took the focus for; the first page after loading is left alone.
import { createContext } from 'react';

export interface HeadingFocusState {
  lastPath: string;
}

export const HeadingFocusContext = createContext<HeadingFocusState | null>(null);

/** True when the page at `pathname` is new since the last focus move (and records it). */
export function claimHeadingFocus(state: HeadingFocusState | null, pathname: string): boolean {
  if (!state || state.lastPath === pathname) return false;
  state.lastPath = pathname;
  return true;
}
