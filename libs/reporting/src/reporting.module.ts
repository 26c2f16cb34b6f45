import { AuditModule } from '@app/audit';
import { ReferenceModule } from '@app/reference';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REPORTING_ENTITIES } from './entities';
import { IndicatorValuesService } from './indicator-values.service';
import { ReportsService } from './reports.service';
import { ReviewWorkflow } from './review-workflow';

/** Reports per country × period × action, indicator values, and their review. */
@Module({
  imports: [TypeOrmModule.forFeature(REPORTING_ENTITIES), AuditModule, ReferenceModule],
  providers: [ReviewWorkflow, ReportsService, IndicatorValuesService],
  exports: [ReportsService, IndicatorValuesService],
})
export class ReportingModule {}
