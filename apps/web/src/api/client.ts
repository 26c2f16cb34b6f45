// The one way the app talks to /api/v1: adds the Bearer token, reads ETags, turns RFC 9457
// problem details into ApiError (with per-field messages), and on 401 hands over to the session
// (back to sign-in; forms keep their unsaved state in sessionStorage, see lib/drafts.ts).

const TOKEN_KEY = 'gcm9.token';
export const API_BASE = '/api/v1';

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

export interface ApiResult<T> {
  data: T;
  etag: string | null;
  status: number;
}

export interface RequestOptions {
  body?: unknown;
  ifMatch?: string | null;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function send(method: string, url: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Network error', '');
  }
  if (response.ok) return response;
  const problem = await response.json().catch(() => ({}) as Record<string, unknown>);
  if (response.status === 401 && token) onUnauthorized();
  throw new ApiError(
    response.status,
    typeof problem.title === 'string' ? problem.title : response.statusText,
    typeof problem.detail === 'string' ? problem.detail : '',
    Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : [],
  );
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: RequestOptions = {},
): Promise<ApiResult<T>> {
  const response = await send(method, buildUrl(path, options.query), options);
  const text = response.status === 204 ? '' : await response.text();
  return {
    data: (text ? JSON.parse(text) : undefined) as T,
    etag: response.headers.get('ETag'),
    status: response.status,
  };
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, options?: RequestOptions) => request<T>('POST', path, options),
  put: <T>(path: string, options?: RequestOptions) => request<T>('PUT', path, options),
  patch: <T>(path: string, options?: RequestOptions) => request<T>('PATCH', path, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

/**
 * Downloads a file the API only gives with the Bearer header: fetched as a blob, saved through
 * an object URL under the name the API gives (Content-Disposition), or `fallbackName`.
 */
export async function downloadFile(
  path: string,
  query: RequestOptions['query'],
  fallbackName: string,
): Promise<string> {
  const response = await send('GET', buildUrl(path, query), {});
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
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
 * bearer goes in a header, never in an address.
 */
export async function startQueueBoardSession(): Promise<void> {
  await send('POST', '/admin/queues/session', {});
}

/** The version in an ETag (`"3"` → 3), or null. */
export const etagOf = (version: number | null | undefined): string | null =>
  version === null || version === undefined ? null : `"${version}"`;
