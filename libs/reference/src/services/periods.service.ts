import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PeriodView } from '../views';

@Injectable()
export class PeriodsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<PeriodView[]> {
    return this.dataSource.query(
      `SELECT code, starts_on AS "startsOn", ends_on AS "endsOn", due_on AS "dueOn", state
         FROM reporting_period ORDER BY code`,
    );
  }
}
