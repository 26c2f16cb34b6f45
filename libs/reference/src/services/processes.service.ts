import { NotFound } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MembershipRole } from '../entities';
import { ProcessDetailView, ProcessListView, ProcessView } from '../views';
import {
  listProcesses,
  memberCodesOf,
  participantsOf,
  processByCode,
  processExists,
  ProcessRow,
} from './processes.queries';

function toView(row: ProcessRow): ProcessView {
  return {
    code: row.code,
    name: row.name,
    workingLanguages: row.workingLanguages,
    members: row.members,
    observers: row.observers,
    unspecified: row.unspecified,
    memberListAvailable: row.members + row.observers + row.unspecified > 0,
    publishedMembership:
      row.figureId === null
        ? null
        : {
            id: row.figureId,
            value: row.figureValue as string,
            unit: row.figureUnit as string,
            referenceDate: row.figureDate as string,
            source: row.figureSource as string,
          },
  };
}

@Injectable()
export class ProcessesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<ProcessListView> {
    return { items: (await listProcesses(this.dataSource.manager)).map(toView) };
  }

  async get(code: string): Promise<ProcessDetailView> {
    const row = await processByCode(this.dataSource.manager, code);
    if (!row) throw this.notFound(code);
    const participants = await participantsOf(this.dataSource.manager, code);
    return { ...toView(row), participants };
  }

  /** ISO3 codes of the process's States in a role (members by default). */
  async memberCodes(
    code: string,
    role: MembershipRole = 'member',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    await this.assertExists(code, manager);
    return memberCodesOf(manager, code, role);
  }

  exists(code: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return processExists(manager, code);
  }

  async assertExists(
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (!(await processExists(manager, code))) throw this.notFound(code);
  }

  private notFound(code: string): NotFound {
    return new NotFound(`No regional process with code "${code}"`);
  }
}
