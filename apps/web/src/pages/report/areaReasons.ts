import { areasServed } from '@app/domain';
import type { ActionView } from '../../api/generated/api';
import type { I18n } from '../../i18n';
import type { ReportForm } from './reportForm';

/**
 * The areas the report counts toward in the regional summaries without being ticked for them,
 * each with why (its action serves the area; an item answered yes or partly has it as its own).
 */
export function untickedAreaReasons(
  t: I18n['t'],
  form: ReportForm,
  action: ActionView,
): Map<number, string> {
  const served = areasServed(
    {
      action: action.code,
      areas: form.areas,
      answers: Object.entries(form.checklist).map(([item, entry]) => ({
        item,
        answer: entry.answer,
      })),
    },
    { actions: [action], checklist: action.checklist },
  );
  const reasons = new Map<number, string>();
  for (const [area, why] of served) {
    if (form.areas.includes(area)) continue;
    const text = why
      .map((reason) =>
        reason.kind === 'item'
          ? t('reportForm.reasonItem', { item: reason.item })
          : t('reportForm.reasonAction', { action: action.code }),
      )
      .join('; ');
    reasons.set(area, t('reportForm.countsAnyway', { reasons: text }));
  }
  return reasons;
}
