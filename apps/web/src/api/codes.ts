// The API's codes under their domain names, with their values in the order the app shows them: all
// from the generated types (a code the API adds or drops fails the type check here).
import type {
  AgeBreakdownView,
  MeView,
  ReportView,
  SexBreakdownView,
  SubscriptionDoc,
} from './generated/api';

export {
  checklistEntryViewAnswerValues as ANSWERS,
  evidenceViewKindValues as EVIDENCE_KINDS,
  notificationPreferencesDtoRecord_submittedValues as NOTIFICATION_DELIVERIES,
  reportViewStatusValues as STATUSES,
} from './generated/api';

export type Role = MeView['role'];
export type WorkflowState = ReportView['state'];
export type ImplementationStatus = ReportView['status'];
export type ChecklistAnswer = NonNullable<ReportView['checklist']>[number]['answer'];
export type EvidenceKind = NonNullable<ReportView['evidence']>[number]['kind'];
export type Frequency = SubscriptionDoc['frequency'];
export type Sex = keyof SexBreakdownView;
export type AgeGroup = keyof AgeBreakdownView;

/** Every value of a union, in the order of the record's keys (none can be left out). */
const inOrder = <K extends string>(all: Record<K, true>): K[] => Object.keys(all) as K[];

/** The roles as the administration lists them. */
export const ROLES = inOrder<Role>({
  focal_point: true,
  coordinator: true,
  analyst: true,
  admin: true,
});
export const SEXES = inOrder<Sex>({ female: true, male: true, unknown: true });
export const AGE_GROUPS = inOrder<AgeGroup>({ child: true, adult: true, unknown: true });
