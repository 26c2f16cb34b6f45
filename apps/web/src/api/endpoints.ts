// Typed calls of the /api/v1 routes the app uses.
import { api, ApiError, downloadFile, type ApiResult } from './client';
import type {
  CountryDetail,
  Country,
  Frequency,
  Framework,
  IndicatorSet,
  IndicatorSetListItem,
  IndicatorValue,
  Locale,
  LoginResult,
  Me,
  Page,
  Period,
  Process,
  Report,
  ReportContent,
  ReportListItem,
  Role,
  Subscription,
  Summary,
  SummarySeries,
  User,
  WorkflowState,
} from './types';

type Signal = AbortSignal | undefined;

/**
 * An API path with every interpolated value encoded as one segment: a decoded route parameter
 * such as `2025/../../me?` cannot lead the request to another route.
 */
const path = (strings: TemplateStringsArray, ...segments: string[]): string =>
  strings.reduce((out, text, i) => out + encodeURIComponent(segments[i - 1]) + text);

/** null instead of a 404 error, for records that may not exist yet. */
async function orNull<T>(call: Promise<ApiResult<T>>): Promise<ApiResult<T> | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

// Reference data changes only with a seed: fetched once per page load.
let frameworkPromise: Promise<Framework> | null = null;
export function getFramework(): Promise<Framework> {
  frameworkPromise ??= api.get<Framework>('/framework').then(
    (r) => r.data,
    (error: unknown) => {
      frameworkPromise = null;
      throw error;
    },
  );
  return frameworkPromise;
}

let processesPromise: Promise<Process[]> | null = null;
export function getProcesses(): Promise<Process[]> {
  processesPromise ??= api.get<{ items: Process[] }>('/processes').then(
    (r) => r.data.items,
    (error: unknown) => {
      processesPromise = null;
      throw error;
    },
  );
  return processesPromise;
}

export const signIn = (email: string, password: string) =>
  api.post<LoginResult>('/auth/login', { body: { email, password } }).then((r) => r.data);

export const getMe = (signal?: Signal) => api.get<Me>('/me', { signal });
export const updateMe = (
  body: { name?: string; locale?: Locale; timeZone?: string },
  ifMatch: string | null,
) => api.patch<Me>('/me', { body, ifMatch });

export const getPeriods = (signal?: Signal) =>
  api.get<{ items: Period[] }>('/periods', { signal }).then((r) => r.data.items);
export const createPeriod = (year: number, dueOn?: string) =>
  api.post<Period>('/periods', { body: { year, ...(dueOn ? { dueOn } : {}) } });
export const updatePeriod = (code: string, body: { state?: 'open' | 'closed'; dueOn?: string }) =>
  api.patch<Period>(path`/periods/${code}`, { body });

export const getCountries = (process: string, signal?: Signal) =>
  api
    .get<{ items: Country[] }>('/countries', { query: { process }, signal })
    .then((r) => r.data.items);
export const getCountry = (iso3: string, signal?: Signal) =>
  api.get<CountryDetail>(path`/countries/${iso3}`, { signal }).then((r) => r.data);

export interface ReportQuery {
  country?: string;
  process?: string;
  period?: string;
  action?: string;
  state?: WorkflowState;
  sort?: string;
  page?: number;
  pageSize?: number;
}
export const listReports = (query: ReportQuery, signal?: Signal) =>
  api
    .get<Page<ReportListItem>>('/reports', { query: { pageSize: 200, ...query }, signal })
    .then((r) => r.data);

const reportPath = (iso3: string, period: string, action: string) =>
  path`/reports/${iso3}/${period}/${action}`;
export const getReport = (iso3: string, period: string, action: string, signal?: Signal) =>
  orNull(api.get<Report>(reportPath(iso3, period, action), { signal }));
export const saveReport = (
  iso3: string,
  period: string,
  action: string,
  body: ReportContent,
  ifMatch: string | null,
) => api.put<Report>(reportPath(iso3, period, action), { body, ifMatch });

export type Transition = 'submit' | 'return' | 'validate' | 'reopen';
export const reportTransition = (
  iso3: string,
  period: string,
  action: string,
  transition: Transition,
  ifMatch: string | null,
  body?: { comment?: string; reason?: string },
) => api.post<Report>(reportPath(iso3, period, action) + path`/${transition}`, { body, ifMatch });

const indicatorPath = (iso3: string, period: string) => path`/indicator-values/${iso3}/${period}`;
export const listIndicatorSets = (query: Omit<ReportQuery, 'action'>, signal?: Signal) =>
  api
    .get<Page<IndicatorSetListItem>>('/indicator-values', {
      query: { pageSize: 200, ...query },
      signal,
    })
    .then((r) => r.data);
export const getIndicatorSet = (iso3: string, period: string, signal?: Signal) =>
  orNull(api.get<IndicatorSet>(indicatorPath(iso3, period), { signal }));
export const saveIndicatorSet = (
  iso3: string,
  period: string,
  values: IndicatorValue[],
  ifMatch: string | null,
) => api.put<IndicatorSet>(indicatorPath(iso3, period), { body: { values }, ifMatch });
export const indicatorTransition = (
  iso3: string,
  period: string,
  transition: Transition,
  ifMatch: string | null,
  body?: { comment?: string; reason?: string },
) => api.post<IndicatorSet>(indicatorPath(iso3, period) + path`/${transition}`, { body, ifMatch });

const summaryPath = (process: string, period: string) => path`/summaries/${process}/${period}`;
export const getSummary = (process: string, period: string, signal?: Signal) =>
  orNull(api.get<Summary>(summaryPath(process, period), { signal }));
export const getSummarySeries = (process: string, signal?: Signal) =>
  orNull(api.get<SummarySeries>(path`/summaries/${process}`, { signal }));
/** Saves the summary as a CSV, XLSX or PDF file; the file's name. */
export const downloadSummary = (process: string, period: string, format: 'csv' | 'xlsx' | 'pdf') =>
  downloadFile(summaryPath(process, period), { format }, `gcm9-${process}-${period}.${format}`);

export const listSubscriptions = (signal?: Signal) =>
  api.get<Subscription[]>('/me/subscriptions', { signal }).then((r) => r.data);
export const subscribe = (process: string, frequency: Frequency) =>
  api.post<Subscription>('/me/subscriptions', { body: { process, frequency } });
export const unsubscribe = (id: string) => api.delete<void>(path`/me/subscriptions/${id}`);

export interface UserQuery {
  role?: Role;
  active?: boolean;
  page?: number;
  pageSize?: number;
}
export const listUsers = (query: UserQuery, signal?: Signal) =>
  api.get<Page<User>>('/users', { query: { pageSize: 200, ...query }, signal }).then((r) => r.data);
export interface UserInput {
  email?: string;
  name?: string;
  password?: string;
  role?: Role;
  locale?: Locale;
  timeZone?: string;
  active?: boolean;
  countries?: string[];
  processes?: string[];
}
export const createUser = (body: UserInput) => api.post<User>('/users', { body });
export const updateUser = (id: string, body: UserInput, ifMatch: string | null) =>
  api.patch<User>(path`/users/${id}`, { body, ifMatch });

export const getReadiness = (signal?: Signal) =>
  api.get<{ status: string; info?: Record<string, { status: string }> }>('/health/ready', {
    signal,
  });
