import type { Locale } from '@app/i18n';
import type { TranslatedSubject, TranslationKind } from '../entities';

export interface TranslationRecord {
  subject: TranslatedSubject;
  code: string;
  field: string;
  text: string;
  translation: TranslationKind;
}

/**
 * The framework's texts in one language: the Spanish or French of a text where there is one,
 * else its English; and which of them are our working translations rather than official wording.
 */
export class FrameworkTexts {
  private readonly byKey: ReadonlyMap<string, TranslationRecord>;

  constructor(
    readonly locale: Locale,
    records: readonly TranslationRecord[],
  ) {
    this.byKey = new Map(records.map((r) => [`${r.subject}/${r.code}/${r.field}`, r]));
  }

  /** English: no translations, every text as it is. */
  static english(): FrameworkTexts {
    return new FrameworkTexts('en', []);
  }

  text(subject: TranslatedSubject, code: string | number, field: string, english: string): string {
    return this.byKey.get(`${subject}/${code}/${field}`)?.text ?? english;
  }

  /** The fields (among those given) whose text in this language is a working translation. */
  workingFields(subject: TranslatedSubject, code: string | number, fields: string[]): string[] {
    return fields.filter(
      (field) => this.byKey.get(`${subject}/${code}/${field}`)?.translation === 'working',
    );
  }
}
