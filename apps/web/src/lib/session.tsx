import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { ApiError, getToken, setToken, setUnauthorizedHandler, tokenExpiry } from '../api/client';
import { getMe, signIn as apiSignIn } from '../api/endpoints';
import type { Me } from '../api/types';
import { useI18n } from '../i18n';
import { clearDrafts } from './drafts';
import { useRouter } from './router';

interface SessionValue {
  me: Me | null;
  /** The current token's ETag of /me (for PATCH /me). */
  meEtag: string | null;
  loading: boolean;
  /** Why the first /me of a kept token failed (not a 401: the token is kept), else null. */
  startError: unknown;
  /** Asks for /me again after a start error. */
  retryStart(): void;
  signIn(email: string, password: string): Promise<void>;
  signOut(): void;
  setMe(me: Me, etag: string | null): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Where a signed-out user is sent; `next` brings them back to where they were. */
export const signInPath = (next?: string, expired = false) => {
  const params = new URLSearchParams();
  if (next && next !== '/' && !next.startsWith('/sign-in')) params.set('next', next);
  if (expired) params.set('expired', '1');
  const qs = params.toString();
  return `/sign-in${qs ? `?${qs}` : ''}`;
};

export function SessionProvider({ children }: { children: ReactNode }) {
  const { navigate } = useRouter();
  const { setLocale } = useI18n();
  const [me, setMeState] = useState<Me | null>(null);
  const [meEtag, setMeEtag] = useState<string | null>(null);
  const [loading, setLoading] = useState(() => getToken() !== null);
  const [startError, setStartError] = useState<unknown>(null);
  const [startAttempt, setStartAttempt] = useState(0);
  const expiryTimer = useRef<number | undefined>(undefined);

  /** The session ended by itself: back to sign-in, keeping the place (and, in forms, the typing). */
  const expire = useCallback(() => {
    window.clearTimeout(expiryTimer.current);
    setToken(null);
    setMeState(null);
    setLoading(false);
    setStartError(null);
    const here = window.location.pathname + window.location.search;
    if (!window.location.pathname.startsWith('/sign-in'))
      navigate(signInPath(here, true), { replace: true });
  }, [navigate]);

  const watchExpiry = useCallback(
    (token: string) => {
      window.clearTimeout(expiryTimer.current);
      const at = tokenExpiry(token);
      // setTimeout cannot wait more than ~24 days; tokens last minutes.
      if (at) expiryTimer.current = window.setTimeout(expire, Math.max(0, at - Date.now()));
    },
    [expire],
  );

  useEffect(() => {
    setUnauthorizedHandler(expire);
    const token = getToken();
    if (!token) return;
    watchExpiry(token);
    setLoading(true);
    setStartError(null);
    const controller = new AbortController();
    getMe(controller.signal).then(
      (result) => {
        setMeState(result.data);
        setMeEtag(result.etag);
        setLoading(false);
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setLoading(false);
        // A 401 has already sent the user to sign in. Anything else (no network, a server
        // error) says nothing about the token: keep it, and offer to try again.
        if (error instanceof ApiError && error.status === 401) {
          if (getToken()) expire();
        } else setStartError(error);
      },
    );
    return () => controller.abort();
  }, [startAttempt]); // at start, and on each retry
  const retryStart = useCallback(() => setStartAttempt((n) => n + 1), []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await apiSignIn(email, password);
      setToken(result.accessToken);
      watchExpiry(result.accessToken);
      const profile = await getMe();
      setMeState(profile.data);
      setMeEtag(profile.etag);
      setStartError(null);
      setLocale(profile.data.locale);
    },
    [setLocale, watchExpiry],
  );

  const signOut = useCallback(() => {
    window.clearTimeout(expiryTimer.current);
    if (me) clearDrafts(me.id);
    setToken(null);
    setMeState(null);
    navigate('/sign-in');
  }, [me, navigate]);

  const setMe = useCallback((next: Me, etag: string | null) => {
    setMeState(next);
    setMeEtag(etag);
  }, []);

  const value = useMemo(
    () => ({ me, meEtag, loading, startError, retryStart, signIn, signOut, setMe }),
    [me, meEtag, loading, startError, retryStart, signIn, signOut, setMe],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user (the app only renders signed-in pages with one). */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}
