import {
  TRANSLATED_LOCALES,
  type TranslatedLocale,
  type TranslatedSubject,
  type TranslationKind,
} from '../entities';
import type { FrameworkFile } from './reference-files';

/** A text in one language: the official wording with its source, or our working translation. */
export type TranslatedText =
  | { text: string; translation: 'official'; sourceId: string }
  | { text: string; translation: 'working' };

/** The Spanish and French of an entry's English fields, field by field. */
export type Translations<Field extends string> = Record<
  TranslatedLocale,
  Record<Field, TranslatedText>
>;

export interface TranslationRow {
  subject: TranslatedSubject;
  code: string;
  field: string;
  locale: TranslatedLocale;
  text: string;
  translation: TranslationKind;
  source_id: string | null;
}

/** An entry of the framework file with English fields and their translations. */
interface TranslatedEntry {
  code: string | number;
  translations?: Partial<Record<string, Partial<Record<string, TranslatedText>>>>;
}

/**
 * Every translation of the framework file as rows, after checking that each English field has
 * a Spanish and a French text, non-blank, and that an official one names its source.
 */
export function translationRows(framework: FrameworkFile): TranslationRow[] {
  const groups: Array<[TranslatedSubject, string[], TranslatedEntry[]]> = [
    ['objective', ['title', 'commitment'], [framework.objective]],
    ['action', ['shortTitle', 'text'], framework.actions],
    ['work_plan_area', ['name'], framework.workPlan.areas],
    ['sdg_target', ['text'], framework.sdgTargets.targets],
    ['checklist_item', ['text'], framework.checklist.items],
    ['indicator', ['name'], framework.indicators],
  ];
  const problems: string[] = [];
  const rows: TranslationRow[] = [];
  for (const [subject, fields, entries] of groups) {
    for (const entry of entries) {
      for (const locale of TRANSLATED_LOCALES) {
        for (const field of fields) {
          const where = `${subject} ${entry.code} ${field} (${locale})`;
          const translated = entry.translations?.[locale]?.[field];
          if (!translated || translated.text.trim() === '') problems.push(`${where}: missing`);
          else if (translated.translation === 'official' && !translated.sourceId)
            problems.push(`${where}: official without a sourceId`);
          else if (translated.translation !== 'official' && translated.translation !== 'working')
            problems.push(`${where}: translation must be official or working`);
          else
            rows.push({
              subject,
              code: String(entry.code),
              field,
              locale,
              text: translated.text,
              translation: translated.translation,
              source_id: translated.translation === 'official' ? translated.sourceId : null,
            });
        }
      }
    }
  }
  if (problems.length > 0)
    throw new Error(`framework.json translations are incomplete:\n${problems.join('\n')}`);
  return rows;
}
