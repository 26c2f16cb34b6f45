import { AuditModule } from '@app/audit';
import { ReferenceModule } from '@app/reference';
import { SummariesModule } from '@app/summaries';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Publication } from './publication.entity';
import { PublicationsService } from './publications.service';
import { PublicProfiles } from './public-profiles.service';

/** The public side: published snapshots, their open-data files, public country profiles. */
@Module({
  imports: [TypeOrmModule.forFeature([Publication]), AuditModule, ReferenceModule, SummariesModule],
  providers: [PublicationsService, PublicProfiles],
  exports: [PublicationsService, PublicProfiles],
})
export class PublicationsModule {}
