import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

let navigated = false;
/** Whether the user has moved within the app since it loaded (not on the first page). */
export const hasNavigated = () => navigated;

/**
 * What a move within the app does besides showing the page: it is noted (the new page's heading
 * then takes the focus, see PageHeading) and, unless it goes back or forward, the page starts at
 * its top.
 */
export function useNavigationEffects(): void {
  const { key } = useLocation();
  const type = useNavigationType();
  const first = useRef(key);
  // Noted while rendering, before the page's own effects run.
  if (key !== first.current) navigated = true;
  useLayoutEffect(() => {
    if (key !== first.current && type !== 'POP') window.scrollTo(0, 0);
  }, [key, type]);
}

/**
 * Where to go after signing in: `next` when it stays on this origin (resolved as the browser
 * would, so `//host` and `/\host` are other sites), else the home page.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next) return '/';
  try {
    const url = new URL(next, window.location.origin);
    if (url.origin !== window.location.origin) return '/';
    return url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
}
