import { SUMMARIES_QUEUE } from '@app/queue';
import { ReferenceModule } from '@app/reference';
import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SummariesService } from './summaries.service';
import { SummaryCalculator } from './compute/summary-calculator';
import { SummaryJobs } from './summary-jobs.service';
import { SummaryDocuments } from './export/summary-documents.service';
import { SummarySnapshot } from './summary-snapshot.entity';

/** Regional summaries: computation, stored snapshots, exports, and the `summaries` queue. */
@Module({
  imports: [
    TypeOrmModule.forFeature([SummarySnapshot]),
    BullModule.registerQueue({ name: SUMMARIES_QUEUE }),
    ReferenceModule,
  ],
  providers: [SummaryCalculator, SummariesService, SummaryJobs, SummaryDocuments],
  exports: [SummariesService, SummaryJobs, SummaryDocuments, BullModule],
})
export class SummariesModule {}
