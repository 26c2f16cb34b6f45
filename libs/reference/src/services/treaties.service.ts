import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ParticipationRecord, TreatyStanding, treatyStatusAsOf } from '../domain/treaty-status';
import { TreatyCode } from '../entities';
import {
  CountryTreatyStatusView,
  TreatyCoverageView,
  TreatyStatusView,
  TreatyView,
} from '../views';
import { ProcessesService } from './processes.service';

interface TreatyRow {
  code: TreatyCode;
  name: string;
  untc_reference: string;
  entry_into_force_on: string | null;
  complete_as_of: string;
  complete_source_id: string;
  gap: string;
}

const PARTICIPATION_COLUMNS = `
  p.participant, p.country_iso3 AS iso3, p.participant_name AS name,
  p.status, p.signature_date AS "signatureDate", p.consent_date AS "consentDate",
  p.consent_kind AS "consentKind", p.source_ids AS sources, p.status_as_of AS "statusAsOf", p.note`;

const coverage = (treaty: TreatyRow): TreatyCoverageView => ({
  completeAsOf: treaty.complete_as_of,
  completeSource: treaty.complete_source_id,
  gap: treaty.gap,
});

@Injectable()
export class TreatiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
  ) {}

  async list(): Promise<TreatyView[]> {
    const treaties = await this.treatyRows();
    return treaties.map((treaty) => ({
      code: treaty.code,
      name: treaty.name,
      untcReference: treaty.untc_reference,
      entryIntoForceOn: treaty.entry_into_force_on,
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
    const records: ParticipationRecord[] = await manager.query(
      `SELECT ${PARTICIPATION_COLUMNS} FROM treaty_participation p
        WHERE p.treaty_code = $1 AND ($2::text[] IS NULL OR p.country_iso3 = ANY($2::text[]))
        ORDER BY p.participant_name`,
      [treaty.code, members],
    );
    const asOf = options.asOf ?? null;
    const status = treatyStatusAsOf(records, asOf);
    const recorded = new Set(records.map((record) => record.iso3));
    const published = members
      ? []
      : await manager.query(
          `SELECT id, value, unit, reference_date AS "referenceDate", source_id AS source
             FROM reference_figure WHERE treaty_code = $1 ORDER BY reference_date`,
          [treaty.code],
        );
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
  ): Promise<{ coverage: TreatyCoverageView; records: ParticipationRecord[] }> {
    const treaty = await this.treaty(code, manager);
    const records: ParticipationRecord[] = await manager.query(
      `SELECT ${PARTICIPATION_COLUMNS} FROM treaty_participation p WHERE p.treaty_code = $1 ORDER BY p.participant_name`,
      [code],
    );
    return { coverage: coverage(treaty), records };
  }

  /** A country's status in every tracked treaty, `not_recorded` where the table has no row. */
  async forCountry(iso3: string): Promise<CountryTreatyStatusView[]> {
    const treaties = await this.treatyRows();
    const records: Array<ParticipationRecord & { treatyCode: TreatyCode }> =
      await this.dataSource.query(
        `SELECT p.treaty_code AS "treatyCode", ${PARTICIPATION_COLUMNS}
         FROM treaty_participation p WHERE p.country_iso3 = $1`,
        [iso3],
      );
    return treaties.map((treaty) => {
      const record = records.find((r) => r.treatyCode === treaty.code);
      return {
        treaty: treaty.code,
        treatyName: treaty.name,
        status: record?.status ?? 'not_recorded',
        signatureDate: record?.signatureDate ?? null,
        consentDate: record?.consentDate ?? null,
        consentKind: record?.consentKind ?? null,
        sources: record?.sources ?? [treaty.complete_source_id],
        statusAsOf: record?.statusAsOf ?? treaty.complete_as_of,
        note: record?.note ?? null,
        coverage: coverage(treaty),
      };
    });
  }

  /**
   * Whether a country was bound by each of some treaties on a date, in one query; a party with an
   * unknown date counts. Pass the caller's transaction so a request reads one point in time.
   */
  async standingsOn(
    codes: TreatyCode[],
    iso3: string,
    date: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<TreatyCode, TreatyStanding>> {
    const rows: Array<
      Partial<ParticipationRecord> & {
        treaty: TreatyCode;
        completeAsOf: string;
        completeSource: string;
        recorded: boolean;
      }
    > = await manager.query(
      `SELECT t.code AS treaty, t.complete_as_of AS "completeAsOf", t.complete_source_id AS "completeSource",
              p.participant IS NOT NULL AS recorded, ${PARTICIPATION_COLUMNS}
         FROM treaty t LEFT JOIN treaty_participation p ON p.treaty_code = t.code AND p.country_iso3 = $2
        WHERE t.code = ANY($1::text[])`,
      [codes, iso3],
    );
    return new Map(
      rows.map((row) => {
        const bound =
          row.status === 'party' && (row.consentDate == null || row.consentDate <= date);
        return [
          row.treaty,
          {
            treaty: row.treaty,
            standing: bound ? 'party' : 'not_party',
            consentDate: bound ? (row.consentDate ?? null) : null,
            consentKind: bound ? (row.consentKind ?? null) : null,
            sources: row.recorded && row.sources ? row.sources : [row.completeSource],
            completeAsOf: row.completeAsOf,
          },
        ];
      }),
    );
  }

  private treatyRows(manager: EntityManager = this.dataSource.manager): Promise<TreatyRow[]> {
    return manager.query(
      `SELECT code, name, untc_reference, entry_into_force_on, complete_as_of, complete_source_id, gap
         FROM treaty ORDER BY CASE code WHEN 'SOM' THEN 0 WHEN 'UNTOC' THEN 1 ELSE 2 END`,
    );
  }

  private async treaty(code: string, manager?: EntityManager): Promise<TreatyRow> {
    const treaty = (await this.treatyRows(manager)).find((row) => row.code === code);
    if (!treaty)
      throw new NotFoundException(`No treaty with code "${code}" (known: SOM, UNTOC, TIP)`);
    return treaty;
  }
}
