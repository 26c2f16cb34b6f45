import type { Locale } from '@app/i18n';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FrameworkTexts } from '../domain/framework-texts';
import { AGE_GROUPS, SEXES } from '../entities';
import { ActionView, FrameworkView, IndicatorView } from '../views';
import {
  ActionRow,
  firstObjective,
  IndicatorRow,
  listActions,
  listIndicators,
  listSdgTargets,
  listTranslations,
  listWorkPlanAreas,
} from './framework.queries';

const toIndicatorView = (row: IndicatorRow, texts: FrameworkTexts): IndicatorView => ({
  ...row,
  name: texts.text('indicator', row.code, 'name', row.name),
  sexes: row.disaggregation === 'none' ? [] : [...SEXES],
  ageGroups: row.disaggregation === 'sex_age' ? [...AGE_GROUPS] : [],
  workingTranslations: texts.workingFields('indicator', row.code, ['name']),
});

const toActionView = (row: ActionRow, texts: FrameworkTexts): ActionView => ({
  ...row,
  shortTitle: texts.text('action', row.code, 'shortTitle', row.shortTitle),
  text: texts.text('action', row.code, 'text', row.text),
  checklist: row.checklist.map((item) => ({
    ...item,
    text: texts.text('checklist_item', item.code, 'text', item.text),
    workingTranslations: texts.workingFields('checklist_item', item.code, ['text']),
  })),
  workingTranslations: texts.workingFields('action', row.code, ['shortTitle', 'text']),
});

/**
 * Objective 9 as seeded: actions with their areas, SDG targets and checklist; indicators; in
 * the language asked for, the English standing in for a text that has no translation.
 */
@Injectable()
export class FrameworkService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(locale: Locale): Promise<FrameworkView> {
    const db = this.dataSource.manager;
    const texts = await this.texts(locale);
    const objective = await firstObjective(db);
    return {
      language: locale,
      objective: {
        ...objective,
        title: texts.text('objective', objective.code, 'title', objective.title),
        commitment: texts.text('objective', objective.code, 'commitment', objective.commitment),
        workingTranslations: texts.workingFields('objective', objective.code, [
          'title',
          'commitment',
        ]),
      },
      actions: (await listActions(db)).map((row) => toActionView(row, texts)),
      areas: (await listWorkPlanAreas(db)).map((area) => ({
        ...area,
        name: texts.text('work_plan_area', area.code, 'name', area.nameEn),
        workingTranslations: texts.workingFields('work_plan_area', area.code, ['name']),
      })),
      sdgTargets: (await listSdgTargets(db)).map((target) => ({
        ...target,
        text: texts.text('sdg_target', target.code, 'text', target.text),
        workingTranslations: texts.workingFields('sdg_target', target.code, ['text']),
      })),
      indicators: await this.indicators(locale, texts),
    };
  }

  async indicators(locale: Locale, texts?: FrameworkTexts): Promise<IndicatorView[]> {
    const inLanguage = texts ?? (await this.texts(locale));
    return (await listIndicators(this.dataSource.manager)).map((row) =>
      toIndicatorView(row, inLanguage),
    );
  }

  /** The framework's texts in one language, for the documents and emails that name them. */
  async texts(locale: Locale): Promise<FrameworkTexts> {
    if (locale === 'en') return FrameworkTexts.english();
    return new FrameworkTexts(locale, await listTranslations(this.dataSource.manager, locale));
  }
}
