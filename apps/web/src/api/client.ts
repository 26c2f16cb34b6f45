// The one way the app talks to the API: openapi-fetch over the types generated from its OpenAPI
// document. It adds the Bearer token, turns RFC 9457 problem details into ApiError (with per-field
// messages). A 401 to a signed-in request first asks for a new access token with the refresh
// cookie and tries once more, so an active official is never thrown out by an expired token; only
// when the session itself has ended does it hand over to the session (back to sign-in; forms keep
// their unsaved state in localStorage, see lib/editable/drafts.ts).
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './generated/api';

const TOKEN_KEY = 'gcm9.token';

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** When the token's `exp` claim ends (ms since epoch), or null when it has none. */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

let onUnauthorized: () => void = () => undefined;
/** The session registers what a 401 on a signed-in request does. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

let onRefreshed: (token: string) => void = () => undefined;
/** The session registers what a new access token does (its expiry timer starts again). */
export function setRefreshedHandler(handler: (token: string) => void): void {
  onRefreshed = handler;
}

const REFRESH_PATH = '/api/v1/auth/refresh';
let pendingRefresh: Promise<string | null> | null = null;

/**
 * A new access token from the refresh cookie (which the browser sends to /api/v1/auth only), or
 * null when the session has ended. Concurrent callers share one request: the refresh token
 * rotates, and a second request with the old one would look like a stolen token.
 */
export function refreshAccessToken(): Promise<string | null> {
  pendingRefresh ??= fetch(REFRESH_PATH, {
    method: 'POST',
    headers: { Accept: 'application/json' },
    cache: 'no-store',
  })
    .then(async (response) => {
      if (!response.ok) return null;
      const body = (await response.json()) as { accessToken?: unknown };
      if (typeof body.accessToken !== 'string') return null;
      setToken(body.accessToken);
      onRefreshed(body.accessToken);
      return body.accessToken;
    })
    .catch(() => null)
    .finally(() => {
      pendingRefresh = null;
    });
  return pendingRefresh;
}

export interface FieldError {
  field: string;
  messages: string[];
}

/** A failed request: the problem details the API sent, or status 0 when it could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly fieldErrors: FieldError[] = [],
    /** The API's stable problem code (docs/api.md), empty when it sent none. */
    readonly code = '',
  ) {
    super(detail || title);
    this.name = 'ApiError';
  }

  /** Messages per field (`status`, `checklist[0].note`, …). */
  get byField(): Record<string, string> {
    return Object.fromEntries(this.fieldErrors.map((e) => [e.field, e.messages.join(' ')]));
  }

  get isConflict(): boolean {
    return this.status === 409 || this.status === 412 || this.status === 428;
  }
}

/** The ApiError of a refused response, from its problem document (when it sent one). */
function problemError(response: Response, body: unknown): ApiError {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  return new ApiError(
    response.status,
    typeof problem.title === 'string' ? problem.title : response.statusText,
    typeof problem.detail === 'string' ? problem.detail : '',
    Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : [],
    typeof problem.code === 'string' ? problem.code : '',
  );
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The signed-in user's Bearer header (none when signed out). */
const authorization = (): Record<string, string> => {
  const token = getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
};

/** A 401 to a signed-in request: the session has ended. */
function checkSession(request: { headers: Headers }, response: Response): void {
  if (response.status === 401 && request.headers.has('Authorization')) onUnauthorized();
}

let requestLanguage = 'en';
/** The interface's language, asked of the API so its problem details come in it. */
export function setRequestLanguage(locale: string): void {
  requestLanguage = locale;
}

/** Untouched copies of signed-in requests, to send once more after a refresh. */
const retries = new WeakMap<Request, Request>();

const session: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(authorization())) request.headers.set(name, value);
    request.headers.set('Accept-Language', requestLanguage);
    if (request.headers.has('Authorization')) retries.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    const retry = retries.get(request);
    if (response.status === 401 && retry) {
      const token = await refreshAccessToken();
      if (token) {
        retry.headers.set('Authorization', `Bearer ${token}`);
        const again = await fetch(retry);
        checkSession(retry, again);
        return again;
      }
    }
    checkSession(request, response);
    return response;
  },
  onError({ error }) {
    return isAbort(error) ? undefined : new ApiError(0, 'Network error', '');
  },
};

export const api = createClient<paths>({
  baseUrl: '/',
  headers: { Accept: 'application/json' },
  cache: 'no-store',
});
api.use(session);

/** What openapi-fetch answers: the parsed body, or the parsed error, and the response. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful answer; a refused one as ApiError. */
function accepted<T>({ data, error, response }: Answer<T>): T {
  if (!response.ok) throw problemError(response, error);
  return data as T;
}

/** A call's data and ETag. */
export interface ApiResult<T> {
  data: T;
  etag: string | null;
}

export async function result<T>(pending: Promise<Answer<T>>): Promise<ApiResult<T>> {
  const answer = await pending;
  return { data: accepted(answer), etag: answer.response.headers.get('ETag') };
}

/** Just the data of a call (or its ApiError). */
export const dataOf = async <T>(pending: Promise<Answer<T>>): Promise<T> =>
  (await result(pending)).data;

/** null instead of a 404 error, for records that may not exist yet. */
export async function orNull<T>(pending: Promise<ApiResult<T>>): Promise<ApiResult<T> | null> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Saves a file the API only gives with the Bearer header (an answer of `parseAs: 'blob'`) through
 * an object URL, under the name the API gives (Content-Disposition) or `fallbackName`.
 */
export async function saveFile(
  pending: Promise<Answer<Blob>>,
  fallbackName: string,
): Promise<string> {
  const answer = await pending;
  const blob = accepted(answer);
  const disposition = answer.response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return name;
}

/**
 * Gives this browser the queue board's session (an HttpOnly cookie scoped to /admin/queues): the
 * bearer goes in a header, never in an address. The board is no part of the API's document.
 */
export async function startQueueBoardSession(): Promise<void> {
  const request = new Request('/admin/queues/session', {
    method: 'POST',
    headers: { Accept: 'application/json', ...authorization() },
    cache: 'no-store',
  });
  let response: Response;
  try {
    response = await fetch(request);
  } catch {
    throw new ApiError(0, 'Network error', '');
  }
  checkSession(request, response);
  if (!response.ok) throw problemError(response, await response.json().catch(() => null));
}

/** The version in an ETag (`"3"` → 3), or null. */
export const etagOf = (version: number | null | undefined): string | null =>
  version === null || version === undefined ? null : `"${version}"`;
