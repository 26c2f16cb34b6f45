import type { Actor } from '@app/auth';
import { ExpectedVersion, ReportDraft, reportContentFrom, withTreatyAnswers } from '@app/domain';
import { ValidationProblem } from '@app/problems';
import { compactTransaction } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RecordChanges } from '../core/record-changes';
import type { SavedRecord } from '../core/record-kind';
import { assertSavable, createdConcurrently } from '../core/record-problems';
import type { ReportView } from '../views';
import { ActionFrameworks } from './action-frameworks';
import { contentOf, REPORT_TABLE, ReportRecords, reportView } from './report-records';
import {
  insertReport,
  lockReport,
  ReportKey,
  reportPartsWrites,
  ReportRow,
  reportUpdate,
  WrittenReport,
} from './report.queries';

/**
 * Creates the draft, or updates a draft or returned report at the version the client read.
 * Kept to as few round trips as the work needs (a deadline brings every focal point at once):
 * the framework comes from memory, the key checked and the row locked and read in one statement
 * (which opens the transaction), and an update written in one (which commits it): the row, its
 * parts and its traces (audit event, outbox message, version content). The answer is built from
 * what was written.
 */
@Injectable()
export class SaveReport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: ActionFrameworks,
    private readonly reports: ReportRecords,
    private readonly changes: RecordChanges,
  ) {}

  async execute(
    actor: Actor,
    key: ReportKey,
    draft: ReportDraft,
    expected: ExpectedVersion,
  ): Promise<SavedRecord<ReportView>> {
    return compactTransaction(this.dataSource, (db) =>
      this.within(db, actor, key, draft, expected),
    );
  }

  /**
   * The same save inside the caller's transaction: an import writes many reports in one, with
   * the same checks, audit events and outbox messages as the API.
   */
  async within(
    db: EntityManager,
    actor: Actor,
    key: ReportKey,
    draft: ReportDraft,
    expected: ExpectedVersion,
  ): Promise<SavedRecord<ReportView>> {
    const framework = await this.frameworks.of(db, key.action);
    const drafted = reportContentFrom(framework, key.action, draft);
    if (!drafted.content) throw new ValidationProblem(drafted.problems);
    const { status, record: existing } = await lockReport(db, key);
    assertSavable(this.reports.label(key), key, status, existing, expected);
    const endsOn = status.periodEndsOn!;
    const standings = await this.frameworks.standings(db, framework, key.country, endsOn);
    const content = withTreatyAnswers(framework, drafted.content, standings);
    const change = {
      table: REPORT_TABLE,
      verb: existing ? 'updated' : 'created',
      before: existing ? contentOf(existing) : null,
      after: content,
      key,
      // A draft or returned report: none of its data is validated.
      validatedChanged: false,
    };
    let written: WrittenReport | undefined;
    if (existing) {
      // Under the lock the update writes the next version: all of it in one statement.
      [written] = await this.changes.record<WrittenReport>(
        db,
        actor,
        {
          ...change,
          entityId: existing.id,
          saved: { version: existing.version + 1, replaced: existing.version },
        },
        [reportUpdate(existing.id, content, actor.id), ...reportPartsWrites(existing.id, content)],
        { last: true },
      );
    } else {
      written = await insertReport(db, key, content, actor.id);
      if (!written) throw createdConcurrently();
      await this.changes.record(
        db,
        actor,
        { ...change, entityId: written.id, saved: { version: written.version } },
        reportPartsWrites(written.id, content),
        { last: true },
      );
    }
    const row: ReportRow = {
      ...(existing ?? newReport(key, endsOn, actor)),
      ...content,
      ...written,
      updated_by: actor.email,
    };
    return { view: reportView(row, framework, standings, actor), created: !existing };
  }
}

/** The columns of a report being created that the insert does not answer with. */
const newReport = (key: ReportKey, periodEndsOn: string, actor: Actor) => ({
  country: key.country,
  period: key.period,
  action: key.action,
  state: 'draft' as const,
  review_comment: null,
  reviewed_at: null,
  reviewed_by: null,
  submitted_at: null,
  submitted_by: null,
  validated_at: null,
  validated_by: null,
  validated_content: null,
  created_by: actor.email,
  period_ends_on: periodEndsOn,
  period_open: true,
  open_comments: [],
});
