// What the signed-in user may do with a country's records (the API decides; the app only shows
// what would be allowed). `allowedActions` has the shape of the list the API is to send with each
// record (`allowedActions`: what the caller may do with it now); once it does, the record's own
// list replaces the computation here, in recordAccess alone.
import type { WorkflowState } from '../api/codes';
import type { MeView, PeriodView } from '../api/generated/api';

export type RecordAction = 'save' | 'submit' | 'return' | 'validate' | 'reopen';

/** States in which a focal point may still change a record. */
export const EDITABLE_STATES: readonly WorkflowState[] = ['draft', 'returned'];

/** Fill in and submit the country's reports and indicator values. */
export const mayWrite = (me: MeView, iso3: string) =>
  me.role === 'admin' || (me.role === 'focal_point' && me.countries.includes(iso3));

/** Return or validate them. */
export const mayReview = (me: MeView, iso3: string) =>
  me.role === 'admin' || (me.role === 'coordinator' && me.coordinatedCountries.includes(iso3));

/** Read them. */
export const mayRead = (me: MeView, iso3: string) =>
  me.role === 'admin' ||
  me.role === 'analyst' ||
  me.countries.includes(iso3) ||
  me.coordinatedCountries.includes(iso3);

/** What the user may do with the record now (null: there is none yet). */
export function allowedActions(
  me: MeView,
  iso3: string,
  period: PeriodView | undefined,
  record: { state: WorkflowState } | null,
): RecordAction[] {
  const state = record?.state;
  const allowed: RecordAction[] = [];
  const periodOpen = period?.state !== 'closed';
  if (mayWrite(me, iso3) && periodOpen && (!state || EDITABLE_STATES.includes(state)))
    allowed.push('save', 'submit');
  if (mayReview(me, iso3) && state === 'submitted') allowed.push('return', 'validate');
  if (mayReview(me, iso3) && state === 'validated') allowed.push('reopen');
  return allowed;
}

/** One record's access: what the user may do with it now, and why the form is not shown. */
export function recordAccess(
  me: MeView,
  iso3: string,
  period: PeriodView | undefined,
  record: { state: WorkflowState } | null,
) {
  const allowed = allowedActions(me, iso3, period, record);
  return {
    allowed,
    editable: allowed.includes('save'),
    /** The user writes this country's records (whether or not this one can change now). */
    canWrite: mayWrite(me, iso3),
    /** The user reviews this country's records. */
    canReview: mayReview(me, iso3),
    periodOpen: period?.state !== 'closed',
  };
}
export type RecordAccess = ReturnType<typeof recordAccess>;
