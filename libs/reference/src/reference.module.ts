import { AuditModule } from '@app/audit';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REFERENCE_ENTITIES } from './entities';
import { CountriesService } from './services/countries.service';
import { FrameworkService } from './services/framework.service';
import { PeriodsService } from './services/periods.service';
import { ProcessesService } from './services/processes.service';
import { TreatiesService } from './services/treaties.service';

/** Countries, regional processes, the Objective 9 framework, treaty status and periods. */
@Module({
  imports: [TypeOrmModule.forFeature(REFERENCE_ENTITIES), AuditModule],
  providers: [
    CountriesService,
    ProcessesService,
    FrameworkService,
    TreatiesService,
    PeriodsService,
  ],
  exports: [CountriesService, ProcessesService, FrameworkService, TreatiesService, PeriodsService],
})
export class ReferenceModule {}
