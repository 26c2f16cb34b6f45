import { useQuery, useQueryClient } from '@tanstack/react-query';
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
import {
  ApiError,
  getToken,
  setRefreshedHandler,
  setToken,
  setUnauthorizedHandler,
  tokenExpiry,
  type ApiResult,
} from '../api/client';
import {
  completeTwoFactor,
  getMe,
  signIn as apiSignIn,
  signOutSession,
} from '../api/account-endpoints';
import type { MeView } from '../api/generated/api';
import { useI18n } from '../i18n';
import { clearDrafts } from './editable/drafts';
import {
  recentlyActive,
  REFRESH_AHEAD_MS,
  refreshAccessToken,
  watchActivity,
} from './silent-refresh';

/** How the last session ended: by itself (the token expired, was revoked) or by signing out. */
export type SessionEnd = 'expired' | 'signedOut' | null;

interface SessionValue {
  me: MeView | null;
  ended: SessionEnd;
  /** The current token's ETag of /me (for PATCH /me). */
  meEtag: string | null;
  loading: boolean;
  /** Why the first /me of a kept token failed (not a 401: the token is kept), else null. */
  startError: unknown;
  /** Asks for /me again after a start error. */
  retryStart(): void;
  /**
   * The account's role requires a second factor and it has none: the session can only enrol
   * (the API refuses everything else) until finishEnrolment.
   */
  enrolmentRequired: boolean;
  /** Enrolled: the session is a full one now. */
  finishEnrolment(): Promise<void>;
  /** Null once signed in; a challenge token when the account asks for a second factor. */
  signIn(
    email: string,
    password: string,
    code?: { challengeToken: string; code: string },
  ): Promise<string | null>;
  /** After single sign-on: the session's access token from its refresh cookie; false without one. */
  adoptRefreshedSession(): Promise<boolean>;
  /** Carries on with a new access token (after changing the password, which ends the old one). */
  replaceToken(accessToken: string): void;
  signOut(): void;
  setMe(me: MeView, etag: string | null): void;
}

const SessionContext = createContext<SessionValue | null>(null);
const ME = ['me'];
/** The API's refusal of anything but enrolment (docs/accounts.md). */
const ENROLMENT_REQUIRED = 'two_factor_enrolment_required';
const isEnrolmentRefusal = (error: unknown) =>
  error instanceof ApiError && error.status === 403 && error.code === ENROLMENT_REQUIRED;

/** Where a signed-out user is sent; `next` brings them back to where they were. */
export const signInPath = (next?: string, expired = false) => {
  const params = new URLSearchParams();
  if (next && next !== '/' && !next.startsWith('/sign-in')) params.set('next', next);
  if (expired) params.set('expired', '1');
  const qs = params.toString();
  return `/sign-in${qs ? `?${qs}` : ''}`;
};

/**
 * Just before the token expires: a new one if the user is active (see silent-refresh.ts; the new
 * token reaches the session through setRefreshedHandler), else the session ends (setTimeout
 * cannot wait ~24 days; tokens last minutes).
 */
function useExpiryTimer(onExpired: () => void) {
  const timer = useRef<number | undefined>(undefined);
  const stop = useCallback(() => window.clearTimeout(timer.current), []);
  const watch = useCallback(
    (token: string) => {
      stop();
      const at = tokenExpiry(token);
      if (!at) return;
      const renew = async () => {
        const next = recentlyActive() ? await refreshAccessToken() : null;
        if (!next) timer.current = window.setTimeout(onExpired, Math.max(0, at - Date.now()));
      };
      timer.current = window.setTimeout(renew, Math.max(0, at - REFRESH_AHEAD_MS - Date.now()));
    },
    [onExpired, stop],
  );
  return useMemo(() => ({ watch, stop }), [watch, stop]);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { setLocale } = useI18n();
  const [token, setTokenState] = useState(getToken);
  const [ended, setEnded] = useState<SessionEnd>(null);
  /** Told at sign-in; a kept token finds out from /me's refusal. */
  const [enrolling, setEnrolling] = useState(false);
  const meQuery = useQuery({
    queryKey: ME,
    queryFn: ({ signal }) => getMe(signal),
    enabled: token !== null && !enrolling,
    staleTime: Infinity,
    retry: (failures, error) => !isEnrolmentRefusal(error) && failures < 3,
  });

  /** Forgets the token and everything read with it (the app then goes to sign in, see App). */
  const end = useCallback(
    (how: SessionEnd) => {
      setToken(null);
      setTokenState(null);
      setEnrolling(false);
      setEnded(how);
      queryClient.clear();
    },
    [queryClient],
  );
  /** The session ended by itself: back to sign-in, keeping the place (and, in forms, the typing). */
  const expire = useCallback(() => end('expired'), [end]);
  const expiry = useExpiryTimer(expire);

  useEffect(() => watchActivity(), []);
  useEffect(() => {
    setUnauthorizedHandler(expire);
    const kept = getToken();
    if (kept) expiry.watch(kept);
    return expiry.stop;
  }, [expire, expiry]);

  /** Signs in with a password, or with a challenge and its code: the challenge, if one is asked. */
  const signIn = useCallback(
    async (email: string, password: string, code?: { challengeToken: string; code: string }) => {
      const result = code
        ? await completeTwoFactor(code.challengeToken, code.code)
        : await apiSignIn(email, password);
      if (!('accessToken' in result)) return result.challengeToken;
      setToken(result.accessToken);
      expiry.watch(result.accessToken);
      if (result.twoFactorEnrolmentRequired) {
        setEnrolling(true);
        setTokenState(result.accessToken);
        setEnded(null);
        setLocale(result.user.locale);
        return null;
      }
      const profile = await queryClient.fetchQuery({ queryKey: ME, queryFn: () => getMe() });
      setTokenState(result.accessToken);
      setEnded(null);
      setLocale(profile.data.locale);
      return null;
    },
    [expiry, queryClient, setLocale],
  );

  // The refreshed handler takes the token in (replaceToken below).
  const adoptRefreshedSession = useCallback(async () => {
    const token = await refreshAccessToken();
    if (token) setEnded(null);
    return token !== null;
  }, []);

  const replaceToken = useCallback(
    (accessToken: string) => {
      setToken(accessToken);
      expiry.watch(accessToken);
      setTokenState(accessToken);
    },
    [expiry],
  );
  useEffect(() => setRefreshedHandler(replaceToken), [replaceToken]);

  const me = meQuery.data?.data ?? null;
  const signOut = useCallback(() => {
    expiry.stop();
    if (me) clearDrafts(me.id);
    // The session ends on the server too; signed out here whatever the answer.
    void signOutSession().catch(() => undefined);
    end('signedOut');
  }, [expiry, me, end]);

  const setMe = useCallback(
    (next: MeView, etag: string | null) =>
      queryClient.setQueryData<ApiResult<MeView>>(ME, { data: next, etag }),
    [queryClient],
  );

  const finishEnrolment = useCallback(async () => {
    const profile = await queryClient.fetchQuery({ queryKey: ME, queryFn: () => getMe() });
    setEnrolling(false);
    setLocale(profile.data.locale);
  }, [queryClient, setLocale]);

  const { data, error, isError, isFetching, refetch } = meQuery;
  const value = useMemo<SessionValue>(() => {
    const failure = isError && !isFetching ? error : null;
    const enrolmentRequired = token !== null && (enrolling || isEnrolmentRefusal(failure));
    return {
      me: token && !enrolmentRequired ? me : null,
      enrolmentRequired,
      finishEnrolment,
      ended,
      meEtag: data?.etag ?? null,
      loading: token !== null && !me && isFetching,
      // A 401 has already sent the user to sign in. Anything else (no network, a server error)
      // says nothing about the token: keep it, and offer to try again.
      startError:
        (failure instanceof ApiError && failure.status === 401) || enrolmentRequired
          ? null
          : failure,
      retryStart: () => void refetch(),
      signIn,
      adoptRefreshedSession,
      replaceToken,
      signOut,
      setMe,
    };
  }, [
    token,
    me,
    ended,
    enrolling,
    finishEnrolment,
    data,
    error,
    isError,
    isFetching,
    refetch,
    signIn,
    adoptRefreshedSession,
    replaceToken,
    signOut,
    setMe,
  ]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user (the app only renders signed-in pages with one). */
export function useMe(): MeView {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}
