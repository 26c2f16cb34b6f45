import type { Actor } from '@app/auth';
import { FieldError, invalidField, NotFound, ValidationProblem } from '@app/problems';
import { TreatiesService, TreatyCode } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CellError, ImportFileType } from '../import-types';
import { UnreadableFile } from '../reading/zip-inspection';
import { nameMatcher } from './participant-names';
import { readUntcTable } from './read-untc-table';
import {
  insertTreatyImport,
  knownParticipantNames,
  selectTreatyImport,
  TreatyImportRow,
} from './treaty-imports.queries';
import { previewTreatyTable } from './treaty-preview';
import { parseUntcRows, untcDate } from './untc-table';

export type TreatyImportView = Omit<TreatyImportRow, 'uploadedBy'>;

export const treatyImportView = ({ uploadedBy: _, ...view }: TreatyImportRow): TreatyImportView =>
  view;

const today = () => new Date().toISOString().slice(0, 10);

/** `readOn` is a real day, not in the future, and not before what the treaty's data covers. */
function assertReadOn(readOn: string | undefined, completeAsOf: string): string {
  // untcDate gives back a YYYY-MM-DD day only when it exists (not 2021-02-31).
  if (!readOn || !/^\d{4}-\d{2}-\d{2}$/.test(readOn) || untcDate(readOn) !== readOn)
    throw invalidField('readOn', 'readOn must be the day the table was read, as YYYY-MM-DD');
  if (readOn > today())
    throw invalidField('readOn', `readOn ${readOn} is in the future: give the day it was read`);
  if (readOn < completeAsOf)
    throw invalidField(
      'readOn',
      `readOn ${readOn} is before ${completeAsOf}, the day the treaty's data is already complete to`,
    );
  return readOn;
}

const refusal = (errors: CellError[]) =>
  new ValidationProblem(
    errors.map(({ ref, message }): FieldError => ({ field: ref, messages: [message] })),
    'The table cannot be imported; see errors for each line. Nothing was stored.',
  );

/**
 * UNTC participant tables for a treaty: the upload is read and previewed at once (a table has
 * about 200 rows: reading and matching take milliseconds, less than queueing a job would), and
 * stored only when it can be applied as a whole; applying is ApplyTreatyImport.
 */
@Injectable()
export class TreatyImports {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly treaties: TreatiesService,
  ) {}

  async upload(
    actor: Actor,
    code: string,
    file: { name: string; type: ImportFileType; body: Buffer },
    readOn: string | undefined,
  ): Promise<TreatyImportView> {
    const db = this.dataSource.manager;
    const { coverage, records } = await this.treaties.participation(code as TreatyCode, db);
    const day = assertReadOn(readOn, coverage.completeAsOf);
    let table: Awaited<ReturnType<typeof readUntcTable>>;
    try {
      table = await readUntcTable(file.body, file.type);
    } catch (error) {
      if (error instanceof UnreadableFile) throw invalidField('file', error.message);
      throw error;
    }
    const parsed = parseUntcRows(table.rows);
    const errors = [...table.errors, ...parsed.errors];
    const match = nameMatcher(await knownParticipantNames(db));
    const preview = previewTreatyTable(parsed.rows, match, records, errors);
    if (preview.errors.length > 0) throw refusal(preview.errors);
    const row = await insertTreatyImport(db, {
      treaty: code,
      uploadedBy: actor.id,
      fileName: file.name,
      fileType: file.type,
      fileSha256: createHash('sha256').update(file.body).digest('hex'),
      readOn: day,
      preview,
    });
    return treatyImportView(row!);
  }

  async view(code: string, id: string): Promise<TreatyImportView> {
    const row = await selectTreatyImport(this.dataSource.manager, code, id);
    if (!row) throw new NotFound(`No import ${id} of treaty ${code}`);
    return treatyImportView(row);
  }
}
