// The shapes of /api/v1 that the web app reads and sends (see /api/docs-json). Only the fields the
// app uses are listed; the API may add more.

export type Role = 'admin' | 'focal_point' | 'coordinator' | 'analyst';
export type Locale = 'en' | 'es' | 'fr';
export type ActionCode = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
export type WorkflowState = 'draft' | 'submitted' | 'returned' | 'validated';
export type ImplementationStatus =
  | 'not_started'
  | 'planned'
  | 'in_progress'
  | 'partially_implemented'
  | 'implemented'
  | 'not_applicable';
export type ChecklistAnswer = 'yes' | 'partial' | 'no' | 'unknown';
export type EvidenceKind =
  | 'legislation'
  | 'regulation'
  | 'policy'
  | 'protocol'
  | 'agreement'
  | 'case_law'
  | 'statistics'
  | 'report'
  | 'training'
  | 'campaign'
  | 'other';
export type Frequency = 'weekly' | 'monthly';
export type Sex = 'female' | 'male' | 'unknown';
export type AgeGroup = 'child' | 'adult' | 'unknown';

export const ROLES: Role[] = ['focal_point', 'coordinator', 'analyst', 'admin'];
export const LOCALES: Locale[] = ['en', 'es', 'fr'];
export const ACTION_CODES: ActionCode[] = ['a', 'b', 'c', 'd', 'e', 'f'];
export const STATUSES: ImplementationStatus[] = [
  'not_started',
  'planned',
  'in_progress',
  'partially_implemented',
  'implemented',
  'not_applicable',
];
export const ANSWERS: ChecklistAnswer[] = ['yes', 'partial', 'no', 'unknown'];
export const EVIDENCE_KINDS: EvidenceKind[] = [
  'legislation',
  'regulation',
  'policy',
  'protocol',
  'agreement',
  'case_law',
  'statistics',
  'report',
  'training',
  'campaign',
  'other',
];
export const SEXES: Sex[] = ['female', 'male', 'unknown'];
export const AGE_GROUPS: AgeGroup[] = ['child', 'adult', 'unknown'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface LoginResult {
  accessToken: string;
  expiresIn: number;
  user: { id: string; email: string; name: string; role: Role; locale: Locale };
}

export interface Me {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  timeZone: string;
  active: boolean;
  countries: string[];
  processes: string[];
  version: number;
  coordinatedCountries: string[];
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  timeZone: string;
  active: boolean;
  countries: string[];
  processes: string[];
  version: number;
  lastLoginAt: string | null;
}

export interface ChecklistItem {
  code: string;
  text: string;
  protocolReference: string;
  area: number | null;
  prefill: string | null;
}

export interface FrameworkAction {
  code: ActionCode;
  shortTitle: string;
  text: string;
  protocolArticles: string;
  areas: number[];
  sdgTargets: string[];
  checklist: ChecklistItem[];
}

export interface WorkPlanArea {
  code: number;
  nameEn: string;
  nameEs: string;
  actions: ActionCode[];
}

export interface Indicator {
  code: string;
  name: string;
  disaggregation: 'none' | 'sex' | 'sex_age';
  sexes: Sex[];
  ageGroups: AgeGroup[];
  action: ActionCode;
  area: number;
}

export interface Framework {
  objective: { code: string; number: number; title: string; commitment: string };
  actions: FrameworkAction[];
  areas: WorkPlanArea[];
  indicators: Indicator[];
}

export interface Period {
  code: string;
  startsOn: string;
  endsOn: string;
  dueOn: string;
  state: 'open' | 'closed';
}

export interface Process {
  code: string;
  name: string;
  members: number;
  observers: number;
}

export interface Country {
  iso3: string;
  name: string;
}

export interface CountryDetail extends Country {
  iso2: string;
  region: { code: string; name: string } | null;
  subregion: { code: string; name: string } | null;
  memberships: {
    process: string;
    processName: string;
    role: 'member' | 'observer' | 'unspecified';
    roleInSource: string;
    source: { id: string; url: string | null };
  }[];
  treaties: {
    treaty: 'SOM' | 'UNTOC' | 'TIP';
    treatyName: string;
    status: 'party' | 'signatory' | 'unconfirmed' | 'not_recorded';
    signatureDate: string | null;
    consentDate: string | null;
    consentKind: string | null;
    sources: string[];
    statusAsOf: string | null;
    coverage: { completeAsOf: string; gap: string };
  }[];
}

export interface ChecklistEntry {
  item: string;
  answer: ChecklistAnswer;
  note?: string | null;
}

export interface Evidence {
  kind: EvidenceKind;
  title: string;
  url?: string | null;
  date?: string | null;
  reference?: string | null;
}

export interface Review {
  comment: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

export interface ReportContent {
  status: ImplementationStatus;
  narrative?: string | null;
  areas?: number[];
  checklist?: ChecklistEntry[];
  evidence?: Evidence[];
}

export interface Report extends ReportContent {
  country: string;
  period: string;
  action: ActionCode;
  state: WorkflowState;
  version: number;
  narrative: string | null;
  areas: number[];
  checklist: ChecklistEntry[];
  evidence: Evidence[];
  flags: { code: string; item: string; message: string }[];
  review: Review;
  submittedAt: string | null;
  submittedBy: string | null;
  validatedAt: string | null;
  validatedBy: string | null;
  updatedAt: string;
  updatedBy: string;
}

export interface ReportListItem {
  country: string;
  countryName: string;
  period: string;
  action: ActionCode;
  state: WorkflowState;
  status: ImplementationStatus;
  version: number;
  reviewComment: string | null;
  submittedAt: string | null;
  validatedAt: string | null;
  updatedAt: string;
}

export type SexBreakdown = Record<Sex, number>;
export type SexAgeBreakdown = Record<Sex, Record<AgeGroup, number>>;

export interface IndicatorValue {
  indicator: string;
  total: number;
  bySex?: SexBreakdown | null;
  bySexAge?: SexAgeBreakdown | null;
}

export interface IndicatorSet {
  country: string;
  period: string;
  state: WorkflowState;
  version: number;
  values: IndicatorValue[];
  review: Review;
  submittedAt: string | null;
  validatedAt: string | null;
  updatedAt: string;
  updatedBy: string;
}

export interface IndicatorSetListItem {
  country: string;
  countryName: string;
  period: string;
  state: WorkflowState;
  version: number;
  indicators: number;
  reviewComment: string | null;
  submittedAt: string | null;
  validatedAt: string | null;
  updatedAt: string;
}

export interface AreaSummary {
  code: number;
  nameEn: string;
  nameEs: string;
  score: number | null;
  scorePercent: number | null;
  measures: number;
  evidence: number;
  actions: ActionCode[];
}

export type StatusCounts = Record<ImplementationStatus | 'not_reported', number>;

export interface ActionSummary {
  code: ActionCode;
  title: string;
  reports: number;
  meanScore: number | null;
  meanScorePercent: number | null;
  statusCounts: StatusCounts;
  checklist: {
    item: string;
    text: string;
    yes: number;
    partial: number;
    no: number;
    unknown: number;
    unanswered: number;
    coverage: number;
  }[];
}

export interface IndicatorTotal {
  code: string;
  name: string;
  disaggregation: 'none' | 'sex' | 'sex_age';
  reportingMembers: number;
  total: number;
  bySex: SexBreakdown | null;
  byAge: Record<AgeGroup, number> | null;
  previousTotal: number | null;
  change: number | null;
}

export interface Summary {
  process: string;
  processName: string;
  period: string;
  dueOn: string;
  members: number;
  memberCodes: string[];
  membersReported: number;
  expectedReports: number;
  validatedReports: number;
  completeness: number;
  timeliness: number;
  notValidated: { draft: number; submitted: number; returned: number };
  actions: ActionSummary[];
  areas: AreaSummary[];
  indicators: IndicatorTotal[];
  protocol: {
    asOf: string;
    parties: number;
    previousParties: number | null;
    change: number | null;
    signatoriesNotParties: number;
    partiesWithUnknownDate: string[];
    partyMembers: string[];
    completeAsOf: string;
    gap: string;
  };
  notReported: string[];
  overdue: { country: string; missingActions: ActionCode[] }[];
  treatyMismatches: { country: string; item: string; answer: string; message: string }[];
  generatedAt: string;
  newestChangeAt: string | null;
}

export interface SummarySeries {
  process: string;
  periods: {
    period: string;
    completeness: number;
    timeliness: number;
    membersReported: number;
    protocolParties: number;
    areas: AreaSummary[];
    generatedAt: string;
  }[];
}

export interface Subscription {
  id: string;
  process: string;
  processName: string;
  frequency: Frequency;
  createdAt: string;
}
