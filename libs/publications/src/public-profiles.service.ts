import { InjectReadDatabase } from '@app/database';
import { reportShownTo } from '@app/domain';
import { CountriesService, ProcessesService } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validatedReports } from './publications.queries';
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
    const reports = await validatedReports(this.dataSource.manager, iso3);
    return {
      country,
      // As validated, and only what the sensitivity policy shows anyone; never a comment or user.
      reports: reports.map((report) => {
        const shown = reportShownTo(report.content, 'public');
        return {
          period: report.period,
          action: report.action,
          status: shown.status,
          narrative: shown.narrative === '' ? null : shown.narrative,
          evidence: shown.evidence.map(({ kind, title, url, date, reference }) => ({
            kind,
            title,
            url,
            date,
            reference,
          })),
          validatedAt: report.validatedAt.toISOString(),
        };
      }),
    };
  }

  processList() {
    return this.processes.list();
  }
}
