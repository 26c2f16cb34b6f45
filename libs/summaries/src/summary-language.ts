import type { FrameworkTexts } from '@app/reference';
import type { SummaryView } from './summary-data';

/**
 * A summary with the framework's texts in one language: action titles, checklist items, area
 * and indicator names. The stored snapshot keeps the English; the figures are untouched.
 */
export function summaryInLanguage(view: SummaryView, texts: FrameworkTexts): SummaryView {
  return {
    ...view,
    actions: view.actions.map((action) => ({
      ...action,
      title: texts.text('action', action.code, 'shortTitle', action.title),
      checklist: action.checklist.map((item) => ({
        ...item,
        text: texts.text('checklist_item', item.item, 'text', item.text),
      })),
    })),
    areas: view.areas.map((area) => ({
      ...area,
      name: texts.text('work_plan_area', area.code, 'name', area.nameEn),
    })),
    indicators: view.indicators.map((indicator) => ({
      ...indicator,
      name: texts.text('indicator', indicator.code, 'name', indicator.name),
    })),
  };
}
