// What the pages read, as TanStack Query options: one key per resource, so a change can mark
// exactly what it made stale.
import { QueryClient, queryOptions } from '@tanstack/react-query';
import {
  getCountries,
  getCountry,
  getFramework,
  getNotificationPreferences,
  getPeriods,
  getProcesses,
  getReadiness,
  getSummary,
  getSummarySeries,
  listIndicatorSets,
  listNotifications,
  listReports,
  listSubscriptions,
  listUsers,
  type IndicatorSetQuery,
  type NotificationQuery,
  type ReportQuery,
} from './endpoints';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A failure is shown with "Try again" at once; a page reads afresh when it opens, and only
      // then (not when the window gets the focus or the network back: forms must not change under
      // the typing).
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

/** Reference data changes only with a seed: read once per page load. */
const REFERENCE = { staleTime: Infinity } as const;

export const queries = {
  framework: queryOptions({
    queryKey: ['framework'],
    queryFn: ({ signal }) => getFramework(signal),
    ...REFERENCE,
  }),
  processes: queryOptions({
    queryKey: ['processes'],
    queryFn: ({ signal }) => getProcesses(signal),
    ...REFERENCE,
  }),
  periods: queryOptions({ queryKey: ['periods'], queryFn: ({ signal }) => getPeriods(signal) }),
  countries: (process?: string) =>
    queryOptions({
      queryKey: ['countries', process ?? 'all'],
      queryFn: ({ signal }) => getCountries(process, signal),
    }),
  country: (iso3: string) =>
    queryOptions({
      queryKey: ['country', iso3],
      queryFn: ({ signal }) => getCountry(iso3, signal),
    }),
  reports: (query: ReportQuery) =>
    queryOptions({
      queryKey: ['reports', query],
      queryFn: ({ signal }) => listReports(query, signal),
    }),
  indicatorSets: (query: IndicatorSetQuery) =>
    queryOptions({
      queryKey: ['indicator-sets', query],
      queryFn: ({ signal }) => listIndicatorSets(query, signal),
    }),
  summary: (process: string, period: string) =>
    queryOptions({
      queryKey: ['summary', process, period],
      queryFn: ({ signal }) => getSummary(process, period, signal),
    }),
  summarySeries: (process: string) =>
    queryOptions({
      queryKey: ['summary-series', process],
      queryFn: ({ signal }) => getSummarySeries(process, signal),
    }),
  subscriptions: queryOptions({
    queryKey: ['subscriptions'],
    queryFn: ({ signal }) => listSubscriptions(signal),
  }),
  notifications: (query: NotificationQuery) =>
    queryOptions({
      queryKey: ['notifications', query],
      queryFn: ({ signal }) => listNotifications(query, signal),
    }),
  notificationPreferences: queryOptions({
    queryKey: ['notification-preferences'],
    queryFn: ({ signal }) => getNotificationPreferences(signal),
  }),
  users: queryOptions({ queryKey: ['users'], queryFn: ({ signal }) => listUsers(signal) }),
  readiness: queryOptions({
    queryKey: ['readiness'],
    queryFn: ({ signal }) => getReadiness(signal),
  }),
};

/** What a change to a report or indicator values makes stale: the lists that show it. */
export const RECORD_LISTS = [['reports'], ['indicator-sets']] as const;
