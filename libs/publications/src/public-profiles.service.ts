import { InjectReadDatabase } from '@app/database';
import { CountriesService, ProcessesService } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validatedStatuses } from './publications.queries';
import { PublicCountryView } from './public-profile-views';

/** What the public sees of a country: reference data, treaty status, validated statuses. */
@Injectable()
export class PublicProfiles {
  constructor(
    @InjectReadDatabase() private readonly dataSource: DataSource,
    private readonly countries: CountriesService,
    private readonly processes: ProcessesService,
  ) {}

  async country(iso3: string): Promise<PublicCountryView> {
    const country = await this.countries.get(iso3);
    const statuses = await validatedStatuses(this.dataSource.manager, iso3);
    return {
      country,
      // Status only: narratives, checklist notes, evidence and comments never leave the tracker.
      reports: statuses.map((s) => ({ ...s, validatedAt: s.validatedAt.toISOString() })),
    };
  }

  processList() {
    return this.processes.list();
  }
}
