import { AuditModule } from '@app/audit';
import { ReferenceModule } from '@app/reference';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ListRecords } from './core/list-records';
import { ChangesSinceReview } from './core/changes-since-review';
import { PatchRecord } from './core/patch-record';
import { ReadRecord } from './core/read-record';
import { RecordChanges } from './core/record-changes';
import { RecordComments } from './core/record-comments';
import { RecordListsCache } from './core/record-lists-cache';
import { TransitionRecord } from './core/transition-record';
import { REPORTING_ENTITIES } from './entities';
import { IndicatorSetPatches } from './indicator-values/indicator-set-patches';
import { IndicatorSetRecords } from './indicator-values/indicator-set-records';
import { SaveIndicatorValues } from './indicator-values/save-indicator-values';
import { ActionFrameworks } from './reports/action-frameworks';
import { ReportPatches } from './reports/report-patches';
import { ReportRecords } from './reports/report-records';
import { SaveReport } from './reports/save-report';

/**
 * Reports per country × period × action and indicator values per country × period, on one
 * reviewable-record core: reading, transitions, history and lists are the core's use cases,
 * given a record kind; saving is each kind's own, and patching merges into that save.
 */
@Module({
  imports: [TypeOrmModule.forFeature(REPORTING_ENTITIES), AuditModule, ReferenceModule],
  providers: [
    RecordChanges,
    RecordComments,
    ReadRecord,
    TransitionRecord,
    ListRecords,
    RecordListsCache,
    ActionFrameworks,
    ReportRecords,
    SaveReport,
    IndicatorSetRecords,
    SaveIndicatorValues,
    PatchRecord,
    ReportPatches,
    IndicatorSetPatches,
    ChangesSinceReview,
  ],
  exports: [
    ActionFrameworks,
    RecordComments,
    ReadRecord,
    TransitionRecord,
    ListRecords,
    ReportRecords,
    SaveReport,
    IndicatorSetRecords,
    SaveIndicatorValues,
    PatchRecord,
    ReportPatches,
    IndicatorSetPatches,
    ChangesSinceReview,
  ],
})
export class ReportingModule {}
