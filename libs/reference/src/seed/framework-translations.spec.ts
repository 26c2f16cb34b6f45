import { join } from 'node:path';
import { translationRows } from './framework-translations';
import { readCsv, readFramework, type FrameworkFile } from './reference-files';

const directory = join(__dirname, '../../../../data/reference');

/** Texts whose Spanish or French is rightly the same as the English (none so far). */
const SAME_AS_ENGLISH: ReadonlySet<string> = new Set<string>();

const englishOf = (framework: FrameworkFile): Map<string, string> => {
  const english = new Map<string, string>();
  const add = (subject: string, code: string | number, field: string, text: string) =>
    english.set(`${subject}/${code}/${field}`, text);
  add('objective', framework.objective.code, 'title', framework.objective.title);
  add('objective', framework.objective.code, 'commitment', framework.objective.commitment);
  for (const a of framework.actions) {
    add('action', a.code, 'shortTitle', a.shortTitle);
    add('action', a.code, 'text', a.text);
  }
  for (const area of framework.workPlan.areas) add('work_plan_area', area.code, 'name', area.name);
  for (const t of framework.sdgTargets.targets) add('sdg_target', t.code, 'text', t.text);
  for (const i of framework.checklist.items) add('checklist_item', i.code, 'text', i.text);
  for (const i of framework.indicators) add('indicator', i.code, 'name', i.name);
  return english;
};

describe('the framework’s texts in Spanish and French', () => {
  const framework = readFramework(directory);
  const rows = translationRows(framework);
  const english = englishOf(framework);

  it('has every text in English, Spanish and French', () => {
    expect(rows).toHaveLength(english.size * 2);
    for (const key of english.keys())
      for (const locale of ['es', 'fr'])
        expect(
          rows.some((r) => `${r.subject}/${r.code}/${r.field}` === key && r.locale === locale),
        ).toBe(true);
  });

  it('translates: the Spanish and French differ from the English', () => {
    const same = rows
      .filter((r) => r.text === english.get(`${r.subject}/${r.code}/${r.field}`))
      .map((r) => `${r.subject}/${r.code}/${r.field}/${r.locale}`)
      .filter((key) => !SAME_AS_ENGLISH.has(key));
    expect(same).toEqual([]);
  });

  it('cites a known source for every official wording, and none for a working one', () => {
    const known = new Set(readCsv(directory, 'sources.csv').map((row) => row.source_id));
    for (const row of rows) {
      if (row.translation === 'official') expect(known.has(row.source_id ?? '')).toBe(true);
      else expect(row.source_id).toBeNull();
    }
    // What was found in the UN's own Spanish and French: the objective and action (a).
    const official = rows.filter((r) => r.translation === 'official').map((r) => r.code);
    expect(official).toEqual(expect.arrayContaining(['GCM-9', 'a', '1', '2', '3', '4']));
  });

  it('refuses a file with a missing translation or an official text without its source', () => {
    const broken = structuredClone(framework);
    delete (broken.actions[3].translations.fr as Partial<Record<string, unknown>>).shortTitle;
    broken.indicators[0].translations.es.name = { text: 'Casos', translation: 'official' } as never;
    expect(() => translationRows(broken)).toThrow(
      /action d shortTitle \(fr\): missing\nindicator SOM_CASES_INVESTIGATED name \(es\): official without a sourceId/,
    );
  });
});
