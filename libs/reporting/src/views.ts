import type {
  CommentPartKind,
  ContentChange,
  ImplementationStatus,
  IndicatorValueInput,
  ReportContent,
  ReportFlag,
  ThreadResolution,
  WorkflowEvent,
  WorkflowState,
} from '@app/domain';

/** The coordinator's last word on a record: a return comment or a reopening reason. */
export interface ReviewView {
  comment: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

/** The part of a record a comment is about; key null for the whole record. */
export interface CommentPartView {
  kind: CommentPartKind;
  key: string | null;
}

/** A thread still waiting for its answer, as the record lists it. */
export interface OpenThreadView {
  id: string;
  part: CommentPartView;
  /** Its first comment. */
  body: string;
  author: string;
  createdAt: string;
}

export interface CommentView {
  id: string;
  body: string;
  author: string;
  createdAt: string;
}

/** A thread of comments on one part of a record, oldest first, and whether it is answered. */
export interface CommentThreadView {
  id: string;
  part: CommentPartView;
  open: boolean;
  resolution: ThreadResolution | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** The record's version when the thread was opened. */
  recordVersion: number;
  comments: CommentView[];
}

/** What every reviewed record shows, whatever its content. */
export interface ReviewedRecordView {
  state: WorkflowState;
  version: number;
  review: ReviewView;
  submittedAt: string | null;
  submittedBy: string | null;
  validatedAt: string | null;
  validatedBy: string | null;
  updatedAt: string;
  updatedBy: string;
  /** What the caller may do to the record now (access policy, period and workflow). */
  allowedActions: WorkflowEvent[];
  /** The comment threads on its parts not answered yet, oldest first. */
  openComments: OpenThreadView[];
}

export interface ReportView extends ReviewedRecordView, ReportContent {
  /** What the sensitivity policy withholds from the caller (`narrative`, `evidence[2]`…). */
  withheld: string[];
  country: string;
  period: string;
  action: string;
  flags: ReportFlag[];
  changesSinceValidation: ContentChange[] | null;
  createdAt: string;
  createdBy: string;
}

export interface IndicatorSetView extends ReviewedRecordView {
  country: string;
  period: string;
  values: IndicatorValueInput[];
  /** The indicators the sensitivity policy withholds from the caller (`values.<code>`). */
  withheld: string[];
  changedSinceValidation: string[] | null;
}

/** A record as a list shows it. */
export interface RecordSummaryView {
  country: string;
  countryName: string;
  period: string;
  state: WorkflowState;
  version: number;
  reviewComment: string | null;
  submittedAt: string | null;
  validatedAt: string | null;
  updatedAt: string;
}

export interface ReportSummaryView extends RecordSummaryView {
  action: string;
  status: ImplementationStatus;
}

export interface IndicatorSetSummaryView extends RecordSummaryView {
  /** How many indicators have values. */
  indicators: number;
}

export interface ListView<Item> {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
}
