import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MembershipRole } from '../entities';
import { ProcessDetailView, ProcessListView, ProcessView } from '../views';

interface ProcessRow {
  code: string;
  name: string;
  working_languages: string[];
  members: number;
  observers: number;
  unspecified: number;
  figure_id: string | null;
  figure_value: string | null;
  figure_unit: string | null;
  figure_date: string | null;
  figure_source: string | null;
}

const PROCESS_SQL = `
  SELECT p.code, p.name, p.working_languages,
         count(*) FILTER (WHERE m.role = 'member')::int AS members,
         count(*) FILTER (WHERE m.role = 'observer')::int AS observers,
         count(*) FILTER (WHERE m.role = 'unspecified')::int AS unspecified,
         f.id AS figure_id, f.value AS figure_value, f.unit AS figure_unit,
         f.reference_date AS figure_date, f.source_id AS figure_source
    FROM regional_process p
    LEFT JOIN process_membership m ON m.process_code = p.code
    LEFT JOIN reference_figure f ON f.id = p.members_figure_id`;

function toView(row: ProcessRow): ProcessView {
  return {
    code: row.code,
    name: row.name,
    workingLanguages: row.working_languages,
    members: row.members,
    observers: row.observers,
    unspecified: row.unspecified,
    memberListAvailable: row.members + row.observers + row.unspecified > 0,
    publishedMembership:
      row.figure_id === null
        ? null
        : {
            id: row.figure_id,
            value: row.figure_value as string,
            unit: row.figure_unit as string,
            referenceDate: row.figure_date as string,
            source: row.figure_source as string,
          },
  };
}

@Injectable()
export class ProcessesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<ProcessListView> {
    const rows: ProcessRow[] = await this.dataSource.query(
      `${PROCESS_SQL} GROUP BY p.code, f.id ORDER BY p.sort_order`,
    );
    return { items: rows.map(toView) };
  }

  async get(code: string): Promise<ProcessDetailView> {
    const [row]: ProcessRow[] = await this.dataSource.query(
      `${PROCESS_SQL} WHERE p.code = $1 GROUP BY p.code, f.id`,
      [code],
    );
    if (!row) throw this.notFound(code);
    const participants = await this.dataSource.query(
      `SELECT m.country_iso3 AS iso3, c.name, m.role, m.role_in_source AS "roleInSource",
              m.source_id AS source, m.source_date AS "sourceDate", m.note
         FROM process_membership m JOIN country c ON c.iso3 = m.country_iso3
        WHERE m.process_code = $1
        ORDER BY CASE m.role WHEN 'member' THEN 0 WHEN 'observer' THEN 1 ELSE 2 END, c.name`,
      [code],
    );
    return { ...toView(row), participants };
  }

  /** ISO3 codes of the process's States in a role (members by default). */
  async memberCodes(
    code: string,
    role: MembershipRole = 'member',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    await this.assertExists(code, manager);
    const rows: Array<{ iso3: string }> = await manager.query(
      `SELECT country_iso3 AS iso3 FROM process_membership WHERE process_code = $1 AND role = $2 ORDER BY 1`,
      [code, role],
    );
    return rows.map((row) => row.iso3);
  }

  async assertExists(
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const [found] = await manager.query('SELECT 1 FROM regional_process WHERE code = $1', [code]);
    if (!found) throw this.notFound(code);
  }

  private notFound(code: string): NotFoundException {
    return new NotFoundException(`No regional process with code "${code}"`);
  }
}
