// The /api/v1 routes the app calls (those of accounts: account-endpoints.ts): paths, parameters,
// bodies and answers are checked against the types generated from the API's OpenAPI document.
import type { JsonPatch } from '../lib/editable/recordMerge';
import { api, dataOf, orNull, result, saveFile } from './client';
import type {
  CreateUserDto,
  IndicatorValueDto,
  MarkReadDto,
  NotificationPreferencesDto,
  operations,
  SaveReportDto,
  SubscribeDto,
  UpdatePeriodDto,
  UpdateUserDto,
  WriteCommentDto,
} from './generated/api';

type Signal = AbortSignal | undefined;
type QueryOf<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;

/** Lists come in one page: the app shows every record of its scope. */
const ALL = 200;

const ifMatch = (etag: string | null) => (etag ? { 'If-Match': etag } : undefined);
/** A save of only what changed: a JSON Patch (RFC 6902) from the version in If-Match. */
const JSON_PATCH = { 'Content-Type': 'application/json-patch+json' };

export const getFramework = (signal?: Signal) => dataOf(api.GET('/api/v1/framework', { signal }));
export const getProcesses = async (signal?: Signal) =>
  (await dataOf(api.GET('/api/v1/processes', { signal }))).items;

export const getPeriods = async (signal?: Signal) =>
  (await dataOf(api.GET('/api/v1/periods', { signal }))).items;
export const createPeriod = (year: number, dueOn?: string) =>
  dataOf(api.POST('/api/v1/periods', { body: { year, ...(dueOn ? { dueOn } : {}) } }));
export const updatePeriod = (code: string, body: UpdatePeriodDto) =>
  dataOf(api.PATCH('/api/v1/periods/{code}', { params: { path: { code } }, body }));

/** A process's member States, or every country the reference data knows when none is given. */
export const getCountries = async (process: string | undefined, signal?: Signal) =>
  (
    await dataOf(
      api.GET('/api/v1/countries', { params: { query: process ? { process } : {} }, signal }),
    )
  ).items;
export const getCountry = (iso3: string, signal?: Signal) =>
  dataOf(api.GET('/api/v1/countries/{iso3}', { params: { path: { iso3 } }, signal }));

export type ReportQuery = QueryOf<'ReportsController_list'>;
export const listReports = (query: ReportQuery, signal?: Signal) =>
  dataOf(api.GET('/api/v1/reports', { params: { query: { pageSize: ALL, ...query } }, signal }));

export type IndicatorSetQuery = QueryOf<'IndicatorValuesController_list'>;
export const listIndicatorSets = (query: IndicatorSetQuery, signal?: Signal) =>
  dataOf(
    api.GET('/api/v1/indicator-values', {
      params: { query: { pageSize: ALL, ...query } },
      signal,
    }),
  );

export type Transition = 'submit' | 'withdraw' | 'return' | 'validate' | 'reopen';
/** What a transition says: the comment a record is returned with, the reason it is reopened. */
export type TransitionNote = { comment?: string; reason?: string };
/** The body of a transition: only the note it takes (a note on another transition is refused). */
const noteOf = (transition: Transition, { comment = '', reason = '' }: TransitionNote) =>
  transition === 'return' ? { comment } : transition === 'reopen' ? { reason } : {};

export interface ReportKey {
  iso3: string;
  period: string;
  action: string;
}
export const getReport = (path: ReportKey, signal?: Signal) =>
  orNull(result(api.GET('/api/v1/reports/{iso3}/{period}/{action}', { params: { path }, signal })));
export const saveReport = (path: ReportKey, body: SaveReportDto, etag: string | null) =>
  result(
    api.PUT('/api/v1/reports/{iso3}/{period}/{action}', {
      params: { path, header: ifMatch(etag) },
      body,
    }),
  );
export const patchReport = (path: ReportKey, operations: JsonPatch, etag: string) =>
  result(
    api.PATCH('/api/v1/reports/{iso3}/{period}/{action}', {
      params: { path, header: { 'If-Match': etag } },
      body: operations,
      headers: JSON_PATCH,
    }),
  );
export const reportTransition = (
  path: ReportKey,
  transition: Transition,
  etag: string | null,
  note: TransitionNote = {},
) =>
  result(
    api.POST('/api/v1/reports/{iso3}/{period}/{action}/{transition}', {
      params: { path: { ...path, transition }, header: ifMatch(etag) },
      body: noteOf(transition, note),
    }),
  );

export const getReportComments = async (path: ReportKey, signal?: Signal) =>
  (
    await dataOf(
      api.GET('/api/v1/reports/{iso3}/{period}/{action}/comments', { params: { path }, signal }),
    )
  ).items;
export const writeReportComment = (path: ReportKey, body: WriteCommentDto) =>
  dataOf(api.POST('/api/v1/reports/{iso3}/{period}/{action}/comments', { params: { path }, body }));
/** A reviewer resolves a comment thread (open: false) or opens it again. */
export const setReportCommentOpen = (path: ReportKey, commentId: string, open: boolean) =>
  dataOf(
    open
      ? api.POST('/api/v1/reports/{iso3}/{period}/{action}/comments/{commentId}/reopen', {
          params: { path: { ...path, commentId } },
        })
      : api.POST('/api/v1/reports/{iso3}/{period}/{action}/comments/{commentId}/resolve', {
          params: { path: { ...path, commentId } },
        }),
  );

export interface IndicatorSetKey {
  iso3: string;
  period: string;
}
export const getIndicatorSet = (path: IndicatorSetKey, signal?: Signal) =>
  orNull(result(api.GET('/api/v1/indicator-values/{iso3}/{period}', { params: { path }, signal })));
export const saveIndicatorSet = (
  path: IndicatorSetKey,
  values: IndicatorValueDto[],
  etag: string | null,
) =>
  result(
    api.PUT('/api/v1/indicator-values/{iso3}/{period}', {
      params: { path, header: ifMatch(etag) },
      body: { values },
    }),
  );
export const patchIndicatorSet = (path: IndicatorSetKey, operations: JsonPatch, etag: string) =>
  result(
    api.PATCH('/api/v1/indicator-values/{iso3}/{period}', {
      params: { path, header: { 'If-Match': etag } },
      body: operations,
      headers: JSON_PATCH,
    }),
  );
export const indicatorTransition = (
  path: IndicatorSetKey,
  transition: Transition,
  etag: string | null,
  note: TransitionNote = {},
) =>
  result(
    api.POST('/api/v1/indicator-values/{iso3}/{period}/{transition}', {
      params: { path: { ...path, transition }, header: ifMatch(etag) },
      body: noteOf(transition, note),
    }),
  );

export const getSummary = async (process: string, period: string, signal?: Signal) =>
  (
    await orNull(
      result(
        api.GET('/api/v1/summaries/{process}/{period}', {
          params: { path: { process, period } },
          signal,
        }),
      ),
    )
  )?.data ?? null;
export const getSummarySeries = async (process: string, signal?: Signal) =>
  (
    await orNull(
      result(api.GET('/api/v1/summaries/{process}', { params: { path: { process } }, signal })),
    )
  )?.data ?? null;
/** Saves the summary as a CSV, XLSX or PDF file; the file's name. */
export const downloadSummary = (process: string, period: string, format: 'csv' | 'xlsx' | 'pdf') =>
  saveFile(
    api.GET('/api/v1/summaries/{process}/{period}', {
      params: { path: { process, period }, query: { format } },
      parseAs: 'blob',
    }),
    `gcm9-${process}-${period}.${format}`,
  );

export const listSubscriptions = (signal?: Signal) =>
  dataOf(api.GET('/api/v1/me/subscriptions', { signal }));
export const subscribe = (body: SubscribeDto) =>
  dataOf(api.POST('/api/v1/me/subscriptions', { body }));
export const unsubscribe = (subscriptionId: string) =>
  dataOf(
    api.DELETE('/api/v1/me/subscriptions/{subscriptionId}', {
      params: { path: { subscriptionId } },
    }),
  );

export type NotificationQuery = QueryOf<'NotificationsController_list'>;
export const listNotifications = (query: NotificationQuery, signal?: Signal) =>
  dataOf(api.GET('/api/v1/me/notifications', { params: { query }, signal }));
export const markNotificationsRead = (body: MarkReadDto) =>
  dataOf(api.POST('/api/v1/me/notifications/read', { body }));
export const getNotificationPreferences = (signal?: Signal) =>
  dataOf(api.GET('/api/v1/me/notification-preferences', { signal }));
export const setNotificationPreferences = (body: NotificationPreferencesDto) =>
  dataOf(api.PUT('/api/v1/me/notification-preferences', { body }));

export const listUsers = (signal?: Signal) =>
  dataOf(api.GET('/api/v1/users', { params: { query: { pageSize: ALL } }, signal }));
export const createUser = (body: CreateUserDto) => dataOf(api.POST('/api/v1/users', { body }));
export const updateUser = (id: string, body: UpdateUserDto, etag: string) =>
  dataOf(
    api.PATCH('/api/v1/users/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body,
    }),
  );

export const getReadiness = (signal?: Signal) =>
  dataOf(api.GET('/api/v1/health/ready', { signal }));

/** Every change and transition of a report (audit events, oldest first). */
export const getReportHistory = (path: ReportKey, signal?: Signal) =>
  dataOf(api.GET('/api/v1/reports/{iso3}/{period}/{action}/history', { params: { path }, signal }));
/** What changed in a report since the coordinator last acted on it, part by part. */
export const getReportChanges = (path: ReportKey, signal?: Signal) =>
  dataOf(api.GET('/api/v1/reports/{iso3}/{period}/{action}/changes', { params: { path }, signal }));
/** Every change and transition of a country's indicator values (oldest first). */
export const getIndicatorSetHistory = (path: IndicatorSetKey, signal?: Signal) =>
  dataOf(api.GET('/api/v1/indicator-values/{iso3}/{period}/history', { params: { path }, signal }));
/** What changed in them since the coordinator last acted, cell by cell. */
export const getIndicatorSetChanges = (path: IndicatorSetKey, signal?: Signal) =>
  dataOf(api.GET('/api/v1/indicator-values/{iso3}/{period}/changes', { params: { path }, signal }));
/** Saves a country's workbook for a period (to fill in offline); the file's name. */
export const downloadWorkbook = (iso3: string, period: string) =>
  saveFile(
    api.GET('/api/v1/workbooks/{iso3}/{period}', {
      params: { path: { iso3, period } },
      parseAs: 'blob',
    }),
    `${iso3}-${period}.xlsx`,
  );
/** Uploads a workbook or CSV: the import, queued for its preview. */
export const uploadImport = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  // The browser sets the multipart boundary; the generated type only knows a binary string.
  return dataOf(api.POST('/api/v1/imports', { body: form as unknown as { file?: string } }));
};
export const getImport = (id: string, signal?: Signal) =>
  dataOf(api.GET('/api/v1/imports/{id}', { params: { path: { id } }, signal }));
export const applyImport = (id: string) =>
  dataOf(api.POST('/api/v1/imports/{id}/apply', { params: { path: { id } } }));
export const discardImport = (id: string) =>
  dataOf(api.DELETE('/api/v1/imports/{id}', { params: { path: { id } } }));

export type TreatyCode = 'SOM' | 'UNTOC' | 'TIP';
export const listTreaties = (signal?: Signal) => dataOf(api.GET('/api/v1/treaties', { signal }));
/** Uploads a UNTC participant table with the day it was read: its preview, nothing written. */
export const uploadTreatyImport = (code: TreatyCode, file: File, readOn: string) => {
  const form = new FormData();
  form.append('readOn', readOn);
  form.append('file', file);
  return dataOf(
    api.POST('/api/v1/treaties/{code}/imports', {
      params: { path: { code } },
      body: form as unknown as { file: string; readOn: string },
    }),
  );
};
export const applyTreatyImport = (code: TreatyCode, id: string) =>
  dataOf(
    api.POST('/api/v1/treaties/{code}/imports/{id}/apply', { params: { path: { code, id } } }),
  );
