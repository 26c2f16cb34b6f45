import { AuditModule } from '@app/audit';
import { ReferenceModule } from '@app/reference';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ListRecords } from './core/list-records';
import { ReadRecord } from './core/read-record';
import { RecordChanges } from './core/record-changes';
import { TransitionRecord } from './core/transition-record';
import { REPORTING_ENTITIES } from './entities';
import { IndicatorSetRecords } from './indicator-values/indicator-set-records';
import { SaveIndicatorValues } from './indicator-values/save-indicator-values';
import { ActionFrameworks } from './reports/action-frameworks';
import { ReportRecords } from './reports/report-records';
import { SaveReport } from './reports/save-report';

/**
 * Reports per country × period × action and indicator values per country × period, on one
 * reviewable-record core: reading, transitions, history and lists are the core's use cases,
 * given a record kind; saving is each kind's own.
 */
@Module({
  imports: [TypeOrmModule.forFeature(REPORTING_ENTITIES), AuditModule, ReferenceModule],
  providers: [
    RecordChanges,
    ReadRecord,
    TransitionRecord,
    ListRecords,
    ActionFrameworks,
    ReportRecords,
    SaveReport,
    IndicatorSetRecords,
    SaveIndicatorValues,
  ],
  exports: [
    ActionFrameworks,
    ReadRecord,
    TransitionRecord,
    ListRecords,
    ReportRecords,
    SaveReport,
    IndicatorSetRecords,
    SaveIndicatorValues,
  ],
})
export class ReportingModule {}
