import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MembershipRole } from '../entities';
import { CountryDetailView, CountryListView, CountryView } from '../views';
import { ProcessesService } from './processes.service';
import { TreatiesService } from './treaties.service';

interface CountryRow {
  iso3: string;
  iso2: string;
  m49: string;
  name: string;
  unterm_short_name: string | null;
  un_member: boolean;
  un_member_basis: string;
  region: string | null;
  region_code: string | null;
  subregion: string | null;
  subregion_code: string | null;
  intermediate_region: string | null;
  intermediate_region_code: string | null;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
}

export interface CountryFilter {
  process?: string;
  role?: MembershipRole | 'any';
  region?: string;
}

const area = (code: string | null, name: string | null) =>
  code !== null && name !== null ? { code, name } : null;

/** An M49 region, sub-region or intermediate region, by code ("419") or name, any case. */
const regionMatch = (param: string) =>
  `(c.region_code = ${param} OR c.subregion_code = ${param} OR c.intermediate_region_code = ${param}
    OR lower(c.region) = ${param} OR lower(c.subregion) = ${param} OR lower(c.intermediate_region) = ${param})`;

function toView(row: CountryRow): CountryView {
  return {
    iso3: row.iso3,
    iso2: row.iso2,
    m49: row.m49,
    name: row.name,
    unMember: row.un_member,
    region: area(row.region_code, row.region),
    subregion: area(row.subregion_code, row.subregion),
    intermediateRegion: area(row.intermediate_region_code, row.intermediate_region),
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
  async list(filter: CountryFilter = {}): Promise<CountryListView> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.process !== undefined) {
      await this.processes.assertExists(filter.process);
      params.push(filter.process);
      const processParam = `$${params.length}`;
      let roleCondition = '';
      const role = filter.role ?? 'member';
      if (role !== 'any') {
        params.push(role);
        roleCondition = ` AND m.role = $${params.length}`;
      }
      where.push(
        `EXISTS (SELECT 1 FROM process_membership m
                  WHERE m.country_iso3 = c.iso3 AND m.process_code = ${processParam}${roleCondition})`,
      );
    }
    if (filter.region !== undefined) {
      const region = filter.region.toLowerCase();
      const [{ known }] = await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM country c WHERE ${regionMatch('$1')}) AS known`,
        [region],
      );
      if (!known) {
        throw new NotFoundException(
          `No UN M49 region, sub-region or intermediate region "${filter.region}"`,
        );
      }
      params.push(region);
      where.push(regionMatch(`$${params.length}`));
    }
    const rows: CountryRow[] = await this.dataSource.query(
      `SELECT * FROM country c ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.name`,
      params,
    );
    return { items: rows.map(toView), total: rows.length };
  }

  /** One country with its process memberships and treaty status. */
  async get(iso3: string): Promise<CountryDetailView> {
    const [row]: CountryRow[] = await this.dataSource.query(
      'SELECT * FROM country WHERE iso3 = $1',
      [iso3],
    );
    if (!row) throw new NotFoundException(`No country with ISO3 code "${iso3}"`);
    const memberships = await this.dataSource.query(
      `SELECT m.process_code, p.name AS process_name, m.role, m.role_in_source, m.source_id, s.url AS source_url,
              m.source_date, m.note
         FROM process_membership m
         JOIN regional_process p ON p.code = m.process_code
         JOIN source s ON s.id = m.source_id
        WHERE m.country_iso3 = $1
        ORDER BY p.sort_order`,
      [iso3],
    );
    return {
      ...toView(row),
      untermShortName: row.unterm_short_name,
      unMemberBasis: row.un_member_basis,
      memberships: memberships.map((m: Record<string, string | null>) => ({
        process: m.process_code as string,
        processName: m.process_name as string,
        role: m.role as MembershipRole,
        roleInSource: m.role_in_source as string,
        source: { id: m.source_id as string, url: m.source_url },
        sourceDate: m.source_date as string,
        note: m.note,
      })),
      treaties: await this.treaties.forCountry(iso3),
    };
  }
}
