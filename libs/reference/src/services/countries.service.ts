import { placeName } from '@app/domain';
import type { Locale } from '@app/i18n';
import { NotFound } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MembershipRole } from '../entities';
import { CountryDetailView, CountryListView, CountryView } from '../views';
import {
  countryByIso3,
  CountryQuery,
  CountryRow,
  listCountries,
  membershipsOf,
  regionExists,
} from './countries.queries';
import { ProcessesService } from './processes.service';
import { TreatiesService } from './treaties.service';

export interface CountryFilter {
  process?: string;
  role?: MembershipRole | 'any';
  region?: string;
}

const area = (locale: Locale, code: string | null, name: string | null) =>
  code !== null && name !== null ? { code, name: placeName(locale, code, name) } : null;

/** The country with its and its areas' names in the language asked for. */
function toView(row: CountryRow, locale: Locale): CountryView {
  return {
    iso3: row.iso3,
    iso2: row.iso2,
    m49: row.m49,
    name: placeName(locale, row.iso2, row.name),
    unMember: row.un_member,
    region: area(locale, row.region_code, row.region),
    subregion: area(locale, row.subregion_code, row.subregion),
    intermediateRegion: area(locale, row.intermediate_region_code, row.intermediate_region),
    ldc: row.ldc,
    lldc: row.lldc,
    sids: row.sids,
  };
}

@Injectable()
export class CountriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly treaties: TreatiesService,
  ) {}

  /** Countries, optionally those of a regional process (members by default) or an M49 area. */
  async list(filter: CountryFilter = {}, locale: Locale = 'en'): Promise<CountryListView> {
    const db = this.dataSource.manager;
    const query: CountryQuery = {};
    if (filter.process !== undefined) {
      await this.processes.assertExists(filter.process);
      query.process = { code: filter.process, role: filter.role ?? 'member' };
    }
    if (filter.region !== undefined) {
      query.region = filter.region.toLowerCase();
      if (!(await regionExists(db, query.region)))
        throw new NotFound(
          `No UN M49 region, sub-region or intermediate region "${filter.region}"`,
        );
    }
    const rows = await listCountries(db, query);
    return { items: rows.map((row) => toView(row, locale)), total: rows.length };
  }

  /** One country with its process memberships and treaty status. */
  async get(iso3: string, locale: Locale = 'en'): Promise<CountryDetailView> {
    const db = this.dataSource.manager;
    const row = await countryByIso3(db, iso3);
    if (!row) throw new NotFound(`No country with ISO3 code "${iso3}"`);
    const memberships = await membershipsOf(db, iso3);
    return {
      ...toView(row, locale),
      untermShortName: row.unterm_short_name,
      unMemberBasis: row.un_member_basis,
      memberships: memberships.map(({ sourceId, sourceUrl, ...membership }) => ({
        ...membership,
        source: { id: sourceId, url: sourceUrl },
      })),
      treaties: await this.treaties.forCountry(iso3),
    };
  }
}
