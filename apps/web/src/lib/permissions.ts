// What the signed-in user may do with a country's records (the API decides; the app only
// shows what would be allowed).
import type { Me, Period, WorkflowState } from '../api/types';

/** States in which a focal point may still change a record. */
export const EDITABLE_STATES: WorkflowState[] = ['draft', 'returned'];

/** Fill in and submit the country's reports and indicator values. */
export const mayWrite = (me: Me, iso3: string) =>
  me.role === 'admin' || (me.role === 'focal_point' && me.countries.includes(iso3));

/** Return or validate them. */
export const mayReview = (me: Me, iso3: string) =>
  me.role === 'admin' || (me.role === 'coordinator' && me.coordinatedCountries.includes(iso3));

/** Read them. */
export const mayRead = (me: Me, iso3: string) =>
  me.role === 'admin' ||
  me.role === 'analyst' ||
  me.countries.includes(iso3) ||
  me.coordinatedCountries.includes(iso3);

/** One record's access: who may write or review it, and whether it can be edited now. */
export function recordAccess(
  me: Me,
  iso3: string,
  period: Period | undefined,
  record: { state: WorkflowState } | null,
) {
  const canWrite = mayWrite(me, iso3);
  const canReview = mayReview(me, iso3);
  const periodOpen = period?.state !== 'closed';
  const editable = canWrite && periodOpen && (!record || EDITABLE_STATES.includes(record.state));
  return { canWrite, canReview, periodOpen, editable };
}
export type RecordAccess = ReturnType<typeof recordAccess>;
