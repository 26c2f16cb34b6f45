import {
  DEFAULT_SENSITIVITY,
  ACCESS_DENIED,
  changesBetween,
  ContentChange,
  IndicatorDefinition,
  indicatorValueChanges,
  indicatorValueProblems,
  IndicatorValueInput,
  mayAccessCountry,
  ReportContent,
  ReportDraft,
  reportContentFrom,
} from '@app/domain';
import {
  ActionFrameworks,
  IndicatorSetRecords,
  IndicatorValuesRules,
  ReportDraftRules,
  ReportRecords,
  selectIndicatorDefinitions,
} from '@app/reporting';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  CellError,
  ImportedIndicatorSet,
  ImportedReport,
  ImportPreview,
  ParsedFile,
  RecordOutcome,
  RecordPreview,
  Uploader,
} from '../import-types';
import { refOf, ruleErrors } from './rule-errors';
import { KeyStanding, selectIndicatorSetStanding, selectKeyStanding } from './preview.queries';

const EMPTY: ReportContent = {
  status: 'not_started',
  narrative: '',
  sensitivity: DEFAULT_SENSITIVITY.report,
  areas: [],
  checklist: [],
  evidence: [],
};

/**
 * A file has no sensitivity columns: the report keeps its level, and each evidence item the level
 * of the saved item with its title (new items take the default), never made more public by an
 * import.
 */
function withKeptLevels(draft: ReportDraft, current: ReportContent): ReportDraft {
  const levels = new Map(current.evidence.map((entry) => [entry.title, entry.sensitivity]));
  return {
    ...draft,
    sensitivity: draft.sensitivity ?? current.sensitivity,
    evidence: draft.evidence?.map((entry) => ({
      ...entry,
      sensitivity: entry.sensitivity ?? levels.get(entry.title),
    })),
  };
}

/** Likewise each indicator keeps its saved level (new ones take the default). */
function withKeptIndicatorLevels(
  values: IndicatorValueInput[],
  current: IndicatorValueInput[],
): IndicatorValueInput[] {
  const levels = new Map(current.map((value) => [value.indicator, value.sensitivity]));
  return values.map((value) => ({
    ...value,
    sensitivity: value.sensitivity ?? levels.get(value.indicator),
  }));
}

/** Why a record cannot be imported whatever it holds: scope, key, period, state, version. */
function standingErrors(
  uploader: Uploader,
  record: ImportedReport | ImportedIndicatorSet,
  standing: KeyStanding,
): CellError[] {
  const { key, origin } = record;
  const refuse = (message: string) => [{ ref: origin, message }];
  if (record.submit && uploader.role !== 'admin')
    return [
      {
        ref: record.refs.state ?? origin,
        message: 'only administrators import records as submitted',
      },
    ];
  if (!mayAccessCountry(uploader, 'write', key.country))
    return refuse(`${ACCESS_DENIED.write} ${key.country || 'an unnamed country'}.`);
  if (!standing.country_known) return refuse(`no country with ISO3 code "${key.country}"`);
  if (!standing.period_state) return refuse(`no reporting period "${key.period}"`);
  if (standing.period_state === 'closed')
    return refuse(`the ${key.period} reporting period is closed`);
  const what = record.kind === 'report' ? 'the report is' : 'the indicator values are';
  if (standing.state === 'submitted' || standing.state === 'validated')
    return refuse(
      `${what} ${standing.state}: an import never changes a submitted or validated record`,
    );
  return [];
}

/** Someone saved the record after the file was made: it is never overwritten. */
const conflictOf = (
  record: ImportedReport | ImportedIndicatorSet,
  standing: KeyStanding,
): CellError[] =>
  standing.version === record.downloadedVersion
    ? []
    : [
        {
          ref: record.origin,
          message: `saved since the file was made (version ${record.downloadedVersion ?? 'none'} then, ${standing.version} now): download it again`,
        },
      ];

/** The preview's fields every record has, before it is judged. */
const previewBase = (
  record: ImportedReport | ImportedIndicatorSet,
  standing: KeyStanding,
): Omit<RecordPreview, 'outcome' | 'errors'> => ({
  kind: record.kind,
  country: record.key.country,
  period: record.key.period,
  action: record.kind === 'report' ? record.key.action : null,
  downloadedVersion: record.downloadedVersion,
  currentVersion: standing.version,
  currentState: standing.state,
  changes: [],
  conflict: false,
  draft: null,
  submit: record.submit,
});

/** Accepted: created, changed or unchanged, with what applying would save. */
function accepted(
  base: Omit<RecordPreview, 'outcome' | 'errors'>,
  changes: ContentChange[],
  draft: RecordPreview['draft'],
  standing: KeyStanding,
): RecordPreview {
  if (base.submit)
    changes.push({ field: 'state', before: standing.state ?? null, after: 'submitted' });
  const outcome =
    standing.version === null ? 'created' : changes.length > 0 ? 'changed' : 'unchanged';
  return { ...base, outcome, errors: [], changes, draft: outcome === 'unchanged' ? null : draft };
}

/**
 * What applying a file would do, record by record, with every error at its cell. Reads only:
 * the preview is a promise that applying checks again (versions) before it writes.
 */
@Injectable()
export class PreviewImport {
  constructor(
    private readonly frameworks: ActionFrameworks,
    private readonly reports: ReportRecords,
    private readonly indicatorSets: IndicatorSetRecords,
  ) {}

  async execute(
    db: EntityManager,
    uploader: Uploader,
    file: ParsedFile,
    onProgress: (percent: number) => Promise<unknown>,
  ): Promise<ImportPreview> {
    const records: RecordPreview[] = [];
    const total = file.reports.length + file.indicatorSets.length;
    const progress = () => onProgress(Math.round((records.length / total) * 100));
    for (const report of file.reports) {
      records.push(await this.previewReport(db, uploader, report));
      await progress();
    }
    if (file.indicatorSets.length > 0) {
      const definitions = await selectIndicatorDefinitions(db);
      const byCode = new Map(definitions.map((definition) => [definition.code, definition]));
      for (const set of file.indicatorSets) {
        records.push(await this.previewIndicatorSet(db, uploader, set, byCode));
        await progress();
      }
    }
    const counts: Record<RecordOutcome, number> = {
      created: 0,
      changed: 0,
      unchanged: 0,
      refused: 0,
    };
    for (const record of records) counts[record.outcome]++;
    return { records, errors: file.errors, counts };
  }

  private async previewReport(
    db: EntityManager,
    uploader: Uploader,
    report: ImportedReport,
  ): Promise<RecordPreview> {
    const standing = await selectKeyStanding(db, report.key);
    const base = previewBase(report, standing);
    const refused = (errors: CellError[], conflict = false): RecordPreview => ({
      ...base,
      outcome: 'refused',
      errors,
      conflict,
    });
    const blocked = standingErrors(uploader, report, standing);
    if (blocked.length > 0) return refused(blocked);
    const conflict = conflictOf(report, standing);
    if (conflict.length > 0) return refused(conflict, true);
    const errors = await ruleErrors(ReportDraftRules, report.draft, report);
    if (errors.length > 0) return refused(errors);
    const current =
      standing.version === null ? EMPTY : ((await this.reports.content(db, report.key)) ?? EMPTY);
    const draft = withKeptLevels(report.draft as unknown as ReportDraft, current);
    const framework = await this.frameworks.of(db, report.key.action);
    const drafted = reportContentFrom(framework, report.key.action, draft);
    if (!drafted.content)
      return refused(
        drafted.problems.flatMap((problem) => {
          const path = dotted(problem.field);
          return problem.messages.map((message) => ({ ref: refOf(report, path), message }));
        }),
      );
    return accepted(base, changesBetween(current, drafted.content), draft, standing);
  }

  /** The indicator values: the cells as read, then the same rules as PUT (fields, then domain). */
  private async previewIndicatorSet(
    db: EntityManager,
    uploader: Uploader,
    set: ImportedIndicatorSet,
    definitions: ReadonlyMap<string, IndicatorDefinition>,
  ): Promise<RecordPreview> {
    const standing = await selectIndicatorSetStanding(db, set.key);
    const base = previewBase(set, standing);
    const blocked = standingErrors(uploader, set, standing);
    if (blocked.length > 0) return { ...base, outcome: 'refused', errors: blocked };
    const conflict = conflictOf(set, standing);
    if (conflict.length > 0)
      return { ...base, outcome: 'refused', errors: conflict, conflict: true };
    const fieldErrors = await ruleErrors(IndicatorValuesRules, { values: set.values }, set);
    const errors = [
      ...set.errors,
      ...fieldErrors,
      ...(fieldErrors.length > 0 ? [] : indicatorValueProblems(set.values, definitions)).flatMap(
        (problem) =>
          problem.messages.map((message) => ({ ref: refOf(set, dotted(problem.field)), message })),
      ),
    ];
    if (errors.length > 0) return { ...base, outcome: 'refused', errors };
    const current = standing.version === null ? [] : await this.indicatorSets.content(db, set.key);
    const values = withKeptIndicatorLevels(set.values, current);
    return accepted(base, indicatorValueChanges(current, values), { values }, standing);
  }
}

/** `checklist[2].item` as the readers name fields: `checklist.2.item`. */
const dotted = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');
