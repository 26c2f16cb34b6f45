// Keeps an active official signed in: shortly before the access token expires, and only if they
// did something recently, the app asks for a new one with the refresh cookie (which the browser
// sends to /api/v1/auth only, and scripts cannot read). A request refused with 401 meanwhile
// refreshes too (api/client.ts): both share one refresh.
export { refreshAccessToken } from '../api/client';

/** Someone who touched the page within this long is working, even while only reading. */
const ACTIVE_WITHIN_MS = 30 * 60_000;
/** How long before the access token's expiry the new one is asked for. */
export const REFRESH_AHEAD_MS = 60_000;

let lastActivity = Date.now();
const noteActivity = () => {
  lastActivity = Date.now();
};

/** Starts noting the user's activity; returns what stops it. */
export function watchActivity(): () => void {
  const events = ['keydown', 'pointerdown', 'input', 'wheel'] as const;
  for (const event of events) window.addEventListener(event, noteActivity, { passive: true });
  return () => {
    for (const event of events) window.removeEventListener(event, noteActivity);
  };
}

export const recentlyActive = () => Date.now() - lastActivity < ACTIVE_WITHIN_MS;
