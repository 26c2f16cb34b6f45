import type {
  ContentChange,
  ImplementationStatus,
  IndicatorValueInput,
  ReportContent,
  ReportFlag,
  WorkflowEvent,
  WorkflowState,
} from '@app/domain';

/** The coordinator's last word on a record: a return comment or a reopening reason. */
export interface ReviewView {
  comment: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
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
