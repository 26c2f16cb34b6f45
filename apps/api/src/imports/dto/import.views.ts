import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CellErrorView {
  @ApiProperty({ example: "'(d)'!B4" }) ref!: string;
  @ApiProperty({ example: 'status must be one of the following values: … (found "done")' })
  message!: string;
}

export class FieldChangeView {
  @ApiProperty({ example: 'narrative' }) field!: string;
  @ApiPropertyOptional({ description: 'The value now (null: none)', example: 'Before.' })
  before?: unknown;
  @ApiPropertyOptional({ description: 'The value the import would write', example: 'After.' })
  after?: unknown;
}

/** Which record of the file: a report, or a country’s indicator values for a period. */
export class ImportedRecordView {
  @ApiProperty({
    enum: ['report', 'indicator_values'],
    example: 'report',
    description: 'A report on an action, or the country’s indicator values for the period',
  })
  kind!: string;
  @ApiProperty({ example: 'MEX' }) country!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'd',
    description: 'The report’s action; null for indicator values',
  })
  action!: string | null;
}

export class RecordPreviewView extends ImportedRecordView {
  @ApiProperty({ enum: ['created', 'changed', 'unchanged', 'refused'], example: 'changed' })
  outcome!: string;
  @ApiProperty({ type: Number, nullable: true, example: 3 }) downloadedVersion!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 3 }) currentVersion!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'draft' }) currentState!: string | null;
  @ApiProperty({ type: [FieldChangeView] }) changes!: FieldChangeView[];
  @ApiProperty({ type: [CellErrorView] }) errors!: CellErrorView[];
  @ApiProperty({
    description: 'Saved by someone since the file was downloaded: refused',
    example: false,
  })
  conflict!: boolean;
  @ApiProperty({
    type: Object,
    nullable: true,
    description: 'What applying saves: a report’s body, or `{ values }` for indicator values',
    example: { status: 'implemented', narrative: '…' },
  })
  draft!: object | null;
  @ApiProperty({
    description: 'Applying submits the record once saved (bulk CSV, administrators)',
    example: false,
  })
  submit!: boolean;
}

export class PreviewCountsView {
  @ApiProperty({ example: 1 }) created!: number;
  @ApiProperty({ example: 2 }) changed!: number;
  @ApiProperty({ example: 3 }) unchanged!: number;
  @ApiProperty({ example: 0 }) refused!: number;
}

export class ImportPreviewView {
  @ApiProperty({ type: [RecordPreviewView] }) records!: RecordPreviewView[];
  @ApiProperty({ type: [CellErrorView], description: 'Problems of the file as a whole' })
  errors!: CellErrorView[];
  @ApiProperty({ type: PreviewCountsView }) counts!: PreviewCountsView;
}

export class WrittenRecordView extends ImportedRecordView {
  @ApiProperty({ example: 4 }) version!: number;
}

export class RefusedRecordView extends ImportedRecordView {
  @ApiProperty({ example: 'This record has changed since you read it (now version 4).' })
  message!: string;
}

export class ImportResultView {
  @ApiProperty({ type: [WrittenRecordView] }) written!: WrittenRecordView[];
  @ApiProperty({ type: [RefusedRecordView] }) conflicts!: RefusedRecordView[];
}

export class ImportView {
  @ApiProperty({ format: 'uuid', example: '3f1c2e4a-8b7d-4c1e-9f0a-2b3c4d5e6f70' }) id!: string;
  @ApiProperty({ example: 'MEX-2025.xlsx' }) fileName!: string;
  @ApiProperty({ enum: ['xlsx', 'csv'], example: 'xlsx' }) fileType!: string;
  @ApiProperty({
    enum: ['queued', 'processing', 'previewed', 'failed', 'applied', 'discarded'],
    example: 'previewed',
  })
  state!: string;
  @ApiProperty({ example: 100 }) progress!: number;
  @ApiProperty({ example: 'fp@sre.gob.mx' }) uploadedBy!: string;
  @ApiProperty({ example: '2026-03-02T10:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) appliedAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the file could not be read',
    example: null,
  })
  failure!: string | null;
  @ApiProperty({ type: ImportPreviewView, nullable: true }) preview!: ImportPreviewView | null;
  @ApiProperty({ type: ImportResultView, nullable: true }) result!: ImportResultView | null;
}
