export { ChangesSinceReview } from './core/changes-since-review';
export type { ChangesView } from './core/changes-since-review';
export { ListRecords, readRecordList } from './core/list-records';
export type { RecordFilter } from './core/list-records';
export { MAX_PATCH_OPERATIONS } from './core/json-patch';
export { PatchConflict } from './core/patch-problems';
export { PatchRecord } from './core/patch-record';
export type { PatchableKind, PatchCommand } from './core/patch-record';
export { ReadRecord } from './core/read-record';
export { RecordComments } from './core/record-comments';
export type { CommentCommand } from './core/record-comments';
export type { RecordKey, RecordKind, SavedRecord } from './core/record-kind';
export { TransitionRecord } from './core/transition-record';
export type { TransitionCommand } from './core/transition-record';
export { REPORTING_ENTITIES } from './entities';
export {
  INDICATOR_SET_LIST,
  INDICATOR_SET_SORTS,
  IndicatorSetRecords,
} from './indicator-values/indicator-set-records';
export { selectIndicatorDefinitions } from './indicator-values/indicator-values.queries';
export type { IndicatorSetKey } from './indicator-values/indicator-values.queries';
export { IndicatorSetPatches } from './indicator-values/indicator-set-patches';
export { SaveIndicatorValues } from './indicator-values/save-indicator-values';
export { ReportingModule } from './reporting.module';
export { ReportPatches } from './reports/report-patches';
export { ActionFrameworks } from './reports/action-frameworks';
export { REPORT_LIST, REPORT_SORTS, ReportRecords } from './reports/report-records';
export type { ReportFilter } from './reports/report-records';
export type { ReportKey } from './reports/report.queries';
export { SaveReport } from './reports/save-report';
export type * from './views';
export { IsCalendarDate, IsNotFutureDay, IsTimestamp } from './rules/date.rules';
export { ChecklistAnswerRules, EvidenceRules, ReportDraftRules } from './rules/report-draft.rules';
export {
  AgeBreakdownRules,
  IndicatorValueRules,
  IndicatorValuesRules,
  SexAgeBreakdownRules,
  SexBreakdownRules,
} from './rules/indicator-values.rules';
