import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AGE_GROUPS, SEXES } from '../entities';
import { FrameworkView, IndicatorView } from '../views';
import {
  firstObjective,
  IndicatorRow,
  listActions,
  listIndicators,
  listSdgTargets,
  listWorkPlanAreas,
} from './framework.queries';

const toIndicatorView = (row: IndicatorRow): IndicatorView => ({
  ...row,
  sexes: row.disaggregation === 'none' ? [] : [...SEXES],
  ageGroups: row.disaggregation === 'sex_age' ? [...AGE_GROUPS] : [],
});

/** Objective 9 as seeded: actions with their areas, SDG targets and checklist; indicators. */
@Injectable()
export class FrameworkService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(): Promise<FrameworkView> {
    const db = this.dataSource.manager;
    return {
      objective: await firstObjective(db),
      actions: await listActions(db),
      areas: await listWorkPlanAreas(db),
      sdgTargets: await listSdgTargets(db),
      indicators: await this.indicators(),
    };
  }

  async indicators(): Promise<IndicatorView[]> {
    return (await listIndicators(this.dataSource.manager)).map(toIndicatorView);
  }
}
