import type { Actor } from '@app/auth';
import {
  ACCESS_DENIED,
  audienceOf,
  indicatorValuesShownTo,
  ReportContent,
  reportShownTo,
} from '@app/domain';
import { FrameworkService } from '@app/reference';
import { IndicatorSetRecords, ReportRecords } from '@app/reporting';
import { Forbidden, NotFound } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { addActionSheet, addListsSheet } from './action-sheet';
import { ACTION_CODES, actionSheetName, INDICATORS_SHEET } from './layout';
import { addIndicatorsSheet, addReadMeSheet } from './reference-sheets';
import { keyExists, selectIndicatorSetState, selectReportStates } from './workbook.queries';

/** The workbook a focal point fills in offline: a sheet per action with the current content. */
@Injectable()
export class BuildWorkbook {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly framework: FrameworkService,
    private readonly reports: ReportRecords,
    private readonly indicatorSets: IndicatorSetRecords,
  ) {}

  async execute(actor: Actor, country: string, period: string): Promise<Buffer> {
    const audience = audienceOf(actor, country);
    if (!audience) throw new Forbidden(`${ACCESS_DENIED.read} ${country}.`);
    // A coordinator or analyst may download it to read: only what the policy lets them see.
    const shown = (content: ReportContent | undefined) =>
      content && reportShownTo(content, audience);
    const db = this.dataSource.manager;
    const exists = await keyExists(db, country, period);
    if (!exists.country) throw new NotFound(`No country with ISO3 code "${country}"`);
    if (!exists.period) throw new NotFound(`No reporting period ${period}`);
    const [framework, indicators, states, indicatorSet, values] = await Promise.all([
      this.framework.get(actor.locale),
      this.framework.indicators(actor.locale),
      selectReportStates(db, country, period),
      selectIndicatorSetState(db, country, period),
      this.indicatorSets.content(db, { country, period }),
    ]);
    const workbook = new Workbook();
    workbook.creator = 'GCM Objective 9 Tracker';
    addReadMeSheet(
      workbook,
      { country, period },
      [
        ...ACTION_CODES.map((action) => ({
          record: actionSheetName(action),
          ...states.find((state) => state.action === action),
        })),
        { record: INDICATORS_SHEET, ...indicatorSet },
      ],
      actor.locale,
    );
    for (const action of framework.actions) {
      const state = states.find((row) => row.action === action.code);
      await addActionSheet(
        workbook,
        {
          country,
          period,
          action: action.code,
          items: action.checklist.map((item) => ({ code: item.code, text: item.text })),
          content:
            state &&
            shown(await this.reports.content(db, { country, period, action: action.code })),
          version: state?.version ?? null,
        },
        actor.locale,
      );
    }
    await addIndicatorsSheet(
      workbook,
      {
        country,
        period,
        indicators,
        values: indicatorValuesShownTo(values, audience).values,
        version: indicatorSet?.version ?? null,
      },
      actor.locale,
    );
    addListsSheet(workbook);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
