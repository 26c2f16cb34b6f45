// What the signed-in user may do with a country's records. The API decides and says so with each
// record (`allowedActions`); the app asks the same domain rules (libs/domain) only where there is
// no record yet, and for what it shows around records (breadcrumbs, read-only notices).
import { allowedActions, EDITABLE_STATES, mayAccessCountry, type WorkflowEvent } from '@app/domain';
import type { WorkflowState } from '../api/codes';
import type { MeView, PeriodView } from '../api/generated/api';

export { EDITABLE_STATES };
export type RecordAction = WorkflowEvent;

export const mayWrite = (me: MeView, iso3: string) => mayAccessCountry(me, 'write', iso3);
export const mayReview = (me: MeView, iso3: string) => mayAccessCountry(me, 'review', iso3);
export const mayRead = (me: MeView, iso3: string) => mayAccessCountry(me, 'read', iso3);

/** One record's access: what the user may do with it now, and why the form is not shown. */
export function recordAccess(
  me: MeView,
  iso3: string,
  period: PeriodView | undefined,
  record: { state: WorkflowState; allowedActions: RecordAction[] } | null,
) {
  const periodOpen = period?.state !== 'closed';
  const allowed =
    record?.allowedActions ??
    allowedActions(me, { country: iso3, state: null, version: null, periodOpen });
  return {
    allowed,
    editable: allowed.includes('save'),
    /** The user writes this country's records (whether or not this one can change now). */
    canWrite: mayWrite(me, iso3),
    /** The user reviews this country's records. */
    canReview: mayReview(me, iso3),
    periodOpen,
  };
}
export type RecordAccess = ReturnType<typeof recordAccess>;
