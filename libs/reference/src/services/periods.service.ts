import { AuditContext, AuditTrail } from '@app/audit';
import { Conflict, invalidField, NotFound, ValidationProblem } from '@app/problems';
import { publishToOutbox } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { dueDateProblem } from '../domain/due-date';
import { PeriodState } from '../entities';
import { PeriodView } from '../views';
import {
  insertPeriod,
  listPeriods,
  lockPeriod,
  periodByCode,
  updatePeriod,
} from './periods.queries';

function assertDueDate(endsOn: string, dueOn: string): void {
  const problem = dueDateProblem(endsOn, dueOn);
  if (problem) throw invalidField('dueOn', `dueOn ${problem}`);
}

/** Annual reporting periods; admins add them, change due dates, and close or reopen them. */
@Injectable()
export class PeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<PeriodView[]> {
    return listPeriods(this.dataSource.manager);
  }

  async get(code: string, manager: EntityManager = this.dataSource.manager): Promise<PeriodView> {
    const period = await periodByCode(manager, code);
    if (!period) throw new NotFound(`No reporting period ${code}`);
    return period;
  }

  /** A new annual period: 1 January – 31 December, due 31 March of the next year unless given. */
  async create(context: AuditContext, year: number, dueOn?: string): Promise<PeriodView> {
    const code = String(year);
    if (dueOn !== undefined) assertDueDate(`${year}-12-31`, dueOn);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await insertPeriod(manager, {
        code,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        dueOn: dueOn ?? `${year + 1}-03-31`,
      });
      if (!inserted)
        throw new Conflict(
          `The ${code} reporting period already exists.`,
          {},
          {
            code: 'already_exists',
          },
        );
      const created = await this.get(code, manager);
      await this.audit.record(manager, context, {
        action: 'period.created',
        entityType: 'period',
        entityId: code,
        after: created,
      });
      await publishToOutbox(manager, 'period.changed', { period: code });
      return created;
    });
  }

  async update(
    context: AuditContext,
    code: string,
    change: { state?: PeriodState; dueOn?: string },
  ): Promise<PeriodView> {
    if (change.state == null && change.dueOn == null)
      throw new ValidationProblem(
        [{ field: 'body', messages: ['give state or dueOn to change'] }],
        'Nothing to change.',
      );
    return this.dataSource.transaction(async (manager) => {
      if (!(await lockPeriod(manager, code))) throw new NotFound(`No reporting period ${code}`);
      const before = await this.get(code, manager);
      if (change.dueOn != null) assertDueDate(before.endsOn, change.dueOn);
      await updatePeriod(manager, code, change);
      const after = await this.get(code, manager);
      const action =
        before.state !== after.state
          ? after.state === 'closed'
            ? 'period.closed'
            : 'period.reopened'
          : 'period.updated';
      await this.audit.record(manager, context, {
        action,
        entityType: 'period',
        entityId: code,
        before,
        after,
      });
      // Timeliness and overdue members follow the due date.
      if (before.dueOn !== after.dueOn)
        await publishToOutbox(manager, 'period.changed', { period: code });
      return after;
    });
  }
}
