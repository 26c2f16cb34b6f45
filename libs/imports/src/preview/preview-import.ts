import {
  DEFAULT_SENSITIVITY,
  ACCESS_DENIED,
  changesBetween,
  mayAccessCountry,
  ReportContent,
  ReportDraft,
  reportContentFrom,
} from '@app/domain';
import { ActionFrameworks, ReportRecords } from '@app/reporting';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  CellError,
  ImportedReport,
  ImportPreview,
  ParsedFile,
  RecordOutcome,
  RecordPreview,
  Uploader,
} from '../import-types';
import { draftErrors, REPORT_DRAFT_RULES, ReportDraftRules, refOf } from './draft-rules';
import { KeyStanding, selectKeyStanding } from './preview.queries';

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

/** Why a record cannot be imported whatever it holds: scope, key, period, state, version. */
function standingErrors(
  uploader: Uploader,
  report: ImportedReport,
  standing: KeyStanding,
): CellError[] {
  const { key, origin } = report;
  const refuse = (message: string) => [{ ref: origin, message }];
  if (report.submit && uploader.role !== 'admin')
    return [
      {
        ref: report.refs.state ?? origin,
        message: 'only administrators import reports as submitted',
      },
    ];
  if (!mayAccessCountry(uploader, 'write', key.country))
    return refuse(`${ACCESS_DENIED.write} ${key.country || 'an unnamed country'}.`);
  if (!standing.country_known) return refuse(`no country with ISO3 code "${key.country}"`);
  if (!standing.period_state) return refuse(`no reporting period "${key.period}"`);
  if (standing.period_state === 'closed')
    return refuse(`the ${key.period} reporting period is closed`);
  if (standing.state === 'submitted' || standing.state === 'validated')
    return refuse(
      `the report is ${standing.state}: an import never changes a submitted or validated report`,
    );
  return [];
}

/**
 * What applying a file would do, record by record, with every error at its cell. Reads only:
 * the preview is a promise that applying checks again (versions) before it writes.
 */
@Injectable()
export class PreviewImport {
  constructor(
    @Inject(REPORT_DRAFT_RULES) private readonly rules: ReportDraftRules,
    private readonly frameworks: ActionFrameworks,
    private readonly reports: ReportRecords,
  ) {}

  async execute(
    db: EntityManager,
    uploader: Uploader,
    file: ParsedFile,
    onProgress: (percent: number) => Promise<unknown>,
  ): Promise<ImportPreview> {
    const records: RecordPreview[] = [];
    for (const [index, report] of file.reports.entries()) {
      records.push(await this.previewRecord(db, uploader, report));
      await onProgress(Math.round(((index + 1) / file.reports.length) * 100));
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

  private async previewRecord(
    db: EntityManager,
    uploader: Uploader,
    report: ImportedReport,
  ): Promise<RecordPreview> {
    const standing = await selectKeyStanding(db, report.key);
    const base = {
      ...report.key,
      downloadedVersion: report.downloadedVersion,
      currentVersion: standing.version,
      currentState: standing.state,
      changes: [],
      conflict: false,
      draft: null,
      submit: report.submit,
    };
    const refused = (errors: CellError[], conflict = false): RecordPreview => ({
      ...base,
      outcome: 'refused',
      errors,
      conflict,
    });
    const blocked = standingErrors(uploader, report, standing);
    if (blocked.length > 0) return refused(blocked);
    if (standing.version !== report.downloadedVersion)
      return refused(
        [
          {
            ref: report.origin,
            message: `saved since the file was made (version ${report.downloadedVersion ?? 'none'} then, ${standing.version} now): download it again`,
          },
        ],
        true,
      );
    const errors = await draftErrors(this.rules, report);
    if (errors.length > 0) return refused(errors);
    const current =
      standing.version === null ? EMPTY : ((await this.reports.content(db, report.key)) ?? EMPTY);
    const draft = withKeptLevels(report.draft as unknown as ReportDraft, current);
    const framework = await this.frameworks.of(db, report.key.action);
    const drafted = reportContentFrom(framework, report.key.action, draft);
    if (!drafted.content)
      return refused(
        drafted.problems.flatMap((problem) => {
          const path = problem.field.replace(/\[(\d+)\]/g, '.$1');
          return problem.messages.map((message) => ({ ref: refOf(report, path), message }));
        }),
      );
    const changes = changesBetween(current, drafted.content);
    if (report.submit)
      changes.push({ field: 'state', before: standing.state ?? null, after: 'submitted' });
    const outcome =
      standing.version === null ? 'created' : changes.length > 0 ? 'changed' : 'unchanged';
    return { ...base, outcome, errors: [], changes, draft: outcome === 'unchanged' ? null : draft };
  }
}
