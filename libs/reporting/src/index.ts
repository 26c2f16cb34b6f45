export {
  CHECKLIST_ANSWERS,
  EVIDENCE_KINDS,
  IMPLEMENTATION_STATUSES,
  STATUS_SCORES,
  statusScore,
} from '@app/domain';
export type { ChecklistAnswer, EvidenceKind, ImplementationStatus } from '@app/domain';
export { SEX_CATEGORIES, AGE_CATEGORIES } from '@app/domain';
export type { IndicatorValueInput, SexBreakdown, SexAgeBreakdown } from '@app/domain';
export { WORKFLOW_STATES } from '@app/domain';
export type { WorkflowState } from '@app/domain';
export { REPORTING_ENTITIES } from './entities';
export { INDICATOR_SET_SORTS, IndicatorValuesService } from './indicator-values.service';
export type { IndicatorSetFilter, IndicatorSetKey } from './indicator-values.service';
export { ReportingModule } from './reporting.module';
export { REPORT_SORTS, ReportsService } from './reports.service';
export type { ReportFilter, ReportKey, SaveReportCommand } from './reports.service';
export * from './views';
export { treatyMismatch } from '@app/domain';
export type { ReportFlag } from '@app/domain';
