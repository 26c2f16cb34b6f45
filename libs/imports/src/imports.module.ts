import { AuditModule } from '@app/audit';
import { IMPORTS_QUEUE } from '@app/queue';
import { ReferenceModule } from '@app/reference';
import { ReportingModule } from '@app/reporting';
import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { ApplyImport } from './apply-import';
import { ImportsService } from './imports.service';
import { PreviewImport } from './preview/preview-import';
import { ProcessImport } from './process-import';
import { ApplyTreatyImport } from './treaty/apply-treaty-import';
import { TreatyImports } from './treaty/treaty-imports.service';
import { BuildWorkbook } from './workbook/build-workbook';

/**
 * Data in: workbooks to fill in offline, uploads (XLSX or CSV) previewed by the worker, and
 * applying a preview through the same saves as the API. A preview validates with the reporting
 * library's rules, the ones PUT validates with.
 */
@Module({
  imports: [
    BullModule.registerQueue({ name: IMPORTS_QUEUE }),
    ReferenceModule,
    ReportingModule,
    AuditModule,
  ],
  providers: [
    BuildWorkbook,
    ImportsService,
    PreviewImport,
    ProcessImport,
    ApplyImport,
    TreatyImports,
    ApplyTreatyImport,
  ],
  exports: [
    BuildWorkbook,
    ImportsService,
    ProcessImport,
    ApplyImport,
    TreatyImports,
    ApplyTreatyImport,
  ],
})
export class ImportsModule {}
