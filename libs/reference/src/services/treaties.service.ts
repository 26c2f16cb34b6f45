import { NotFound } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  standingAsOf,
  TreatyParticipation,
  TreatyStanding,
  treatyStatusAsOf,
} from '../domain/treaty-status';
import { TreatyCode } from '../entities';
import {
  CountryTreatyStatusView,
  TreatyCoverageView,
  TreatyStatusView,
  TreatyView,
} from '../views';
import { ProcessesService } from './processes.service';
import {
  listTreaties,
  participationOfCountry,
  participationRecords,
  publishedCounts,
  standingRows,
  TreatyRow,
} from './treaties.queries';

const coverage = (treaty: TreatyRow): TreatyCoverageView => ({
  completeAsOf: treaty.completeAsOf,
  completeSource: treaty.completeSource,
  gap: treaty.gap,
});

@Injectable()
export class TreatiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
  ) {}

  async list(): Promise<TreatyView[]> {
    const treaties = await listTreaties(this.dataSource.manager);
    return treaties.map((treaty) => ({
      code: treaty.code,
      name: treaty.name,
      untcReference: treaty.untcReference,
      entryIntoForceOn: treaty.entryIntoForceOn,
      coverage: coverage(treaty),
    }));
  }

  /** Parties and signatories of a treaty on a date (today when omitted), for all or one process. */
  async status(
    code: string,
    options: { process?: string; asOf?: string } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TreatyStatusView> {
    const treaty = await this.treaty(code, manager);
    const members = options.process
      ? await this.processes.memberCodes(options.process, 'member', manager)
      : null;
    const records = await participationRecords(manager, treaty.code, members);
    const asOf = options.asOf ?? null;
    const status = treatyStatusAsOf(records, asOf);
    const recorded = new Set(records.map((record) => record.iso3));
    const published = members ? [] : await publishedCounts(manager, treaty.code);
    return {
      treaty: treaty.code,
      name: treaty.name,
      asOf,
      process: options.process ?? null,
      counts: {
        parties: status.parties.length,
        signatories: status.signatories.length,
        signatoriesNotParties: status.signatoriesNotParties.length,
        partiesWithUnknownDate: status.partiesWithUnknownDate.length,
        unconfirmed: status.unconfirmed.length,
      },
      parties: status.parties,
      signatories: status.signatories,
      partiesWithUnknownDate: status.partiesWithUnknownDate,
      unconfirmed: status.unconfirmed,
      notRecorded: (members ?? []).filter((iso3) => !recorded.has(iso3)),
      coverage: coverage(treaty),
      publishedCounts: published,
    };
  }

  /**
   * Every participation record of a treaty, with how complete the data is: for callers that
   * evaluate many groups or dates at once with `treatyStatusAsOf`.
   */
  async participation(
    code: TreatyCode,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TreatyParticipation> {
    const treaty = await this.treaty(code, manager);
    const records = await participationRecords(manager, code, null);
    return { coverage: coverage(treaty), records };
  }

  /** A country's status in every tracked treaty, `not_recorded` where the table has no row. */
  async forCountry(iso3: string): Promise<CountryTreatyStatusView[]> {
    const treaties = await listTreaties(this.dataSource.manager);
    const records = await participationOfCountry(this.dataSource.manager, iso3);
    return treaties.map((treaty) => {
      const record = records.find((r) => r.treatyCode === treaty.code);
      return {
        treaty: treaty.code,
        treatyName: treaty.name,
        status: record?.status ?? 'not_recorded',
        signatureDate: record?.signatureDate ?? null,
        consentDate: record?.consentDate ?? null,
        consentKind: record?.consentKind ?? null,
        sources: record?.sources ?? [treaty.completeSource],
        statusAsOf: record?.statusAsOf ?? treaty.completeAsOf,
        note: record?.note ?? null,
        coverage: coverage(treaty),
      };
    });
  }

  /**
   * Where a country stood in each of some treaties on a date, in one query: a party with an
   * unknown date counts; past what the data covers, no recorded act is `unknown`, not "not a
   * party". Pass the caller's transaction so a request reads one point in time.
   */
  async standingsOn(
    codes: TreatyCode[],
    iso3: string,
    date: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<TreatyCode, TreatyStanding>> {
    const rows = await standingRows(manager, codes, iso3);
    return new Map(
      rows.map((row) => {
        const standing = standingAsOf(
          row.recorded
            ? {
                status: row.status!,
                consentDate: row.consentDate ?? null,
                statusAsOf: row.statusAsOf!,
              }
            : undefined,
          date,
          row.completeAsOf,
        );
        const bound = standing === 'party';
        return [
          row.treaty,
          {
            treaty: row.treaty,
            standing,
            consentDate: bound ? (row.consentDate ?? null) : null,
            consentKind: bound ? (row.consentKind ?? null) : null,
            sources: row.recorded && row.sources ? row.sources : [row.completeSource],
            completeAsOf: row.completeAsOf,
          },
        ];
      }),
    );
  }

  private async treaty(code: string, manager: EntityManager): Promise<TreatyRow> {
    const treaty = (await listTreaties(manager)).find((row) => row.code === code);
    if (!treaty) throw new NotFound(`No treaty with code "${code}" (known: SOM, UNTOC, TIP)`);
    return treaty;
  }
}
