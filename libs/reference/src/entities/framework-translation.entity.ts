import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Source } from './source.entity';

/** The framework's texts that have a Spanish and a French version. */
export const TRANSLATED_SUBJECTS = [
  'objective',
  'action',
  'work_plan_area',
  'sdg_target',
  'checklist_item',
  'indicator',
] as const;
export type TranslatedSubject = (typeof TRANSLATED_SUBJECTS)[number];

/** The languages a framework text is translated into; English is the text on its own row. */
export const TRANSLATED_LOCALES = ['es', 'fr'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** `official`: the UN's (or the plan's) own wording, with its source; `working`: ours. */
export const TRANSLATION_KINDS = ['official', 'working'] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

/**
 * One framework text in Spanish or French. A table of translations rather than a column per
 * language: each text carries its own provenance (official with a source, or a working
 * translation), and another language is more rows, not a migration of every framework table.
 */
@Entity('framework_translation')
@Check(
  'framework_translation_subject_valid',
  `"subject" IN ('objective', 'action', 'work_plan_area', 'sdg_target', 'checklist_item', 'indicator')`,
)
@Check('framework_translation_locale_valid', `"locale" IN ('es', 'fr')`)
@Check('framework_translation_kind_valid', `"translation" IN ('official', 'working')`)
@Check(
  'framework_translation_official_has_source',
  `"translation" = 'working' OR "source_id" IS NOT NULL`,
)
export class FrameworkTranslation {
  @PrimaryColumn({ type: 'text' })
  subject!: TranslatedSubject;

  /** The code of the translated row (an action `d`, a checklist item `d5`, an area `2`). */
  @PrimaryColumn({ type: 'text' })
  code!: string;

  /** The translated field, as the API names it (`shortTitle`, `text`, `name`). */
  @PrimaryColumn({ type: 'text' })
  field!: string;

  @PrimaryColumn({ type: 'text' })
  locale!: TranslatedLocale;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  translation!: TranslationKind;

  @Column({ type: 'text', nullable: true })
  sourceId!: string | null;

  @ManyToOne(() => Source, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: Source | null;
}
