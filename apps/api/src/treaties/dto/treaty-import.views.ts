import { ApiProperty } from '@nestjs/swagger';
import { CellErrorView, FieldChangeView } from '../../imports/dto/import.views';

const OUTCOMES = ['new_party', 'new_signatory', 'changed', 'unchanged', 'unmatched'];

export class ParticipantPreviewView {
  @ApiProperty({ example: 'line 12' }) ref!: string;
  @ApiProperty({ example: 'Bolivia (Plurinational State of)' }) name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'ISO3 code, the name of a non-State participant, or null when unmatched',
    example: 'BOL',
  })
  participant!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'BOL' }) iso3!: string | null;
  @ApiProperty({ enum: ['party', 'signatory'], example: 'party' }) status!: string;
  @ApiProperty({ type: String, nullable: true, example: '2000-12-12' })
  signatureDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2013-05-18' })
  consentDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'accession' })
  consentKind!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['a', 'A', 'AA', 'd'], example: 'a' })
  untcActionCode!: string | null;
  @ApiProperty({ enum: OUTCOMES, example: 'new_party' }) outcome!: string;
  @ApiProperty({ type: [FieldChangeView] }) changes!: FieldChangeView[];
}

export class NotInTableView {
  @ApiProperty({ example: 'AFG' }) participant!: string;
  @ApiProperty({ example: 'Afghanistan' }) name!: string;
  @ApiProperty({ example: 'party' }) status!: string;
}

export class TreatyImportCountsView {
  @ApiProperty({ example: 3 }) new_party!: number;
  @ApiProperty({ example: 0 }) new_signatory!: number;
  @ApiProperty({ example: 1 }) changed!: number;
  @ApiProperty({ example: 148 }) unchanged!: number;
  @ApiProperty({ example: 0 }) unmatched!: number;
}

export class TreatyImportPreviewView {
  @ApiProperty({ type: [ParticipantPreviewView] }) participants!: ParticipantPreviewView[];
  @ApiProperty({
    type: [NotInTableView],
    description: 'Records the table does not list: left as they are',
  })
  notInTable!: NotInTableView[];
  @ApiProperty({ type: [CellErrorView] }) errors!: CellErrorView[];
  @ApiProperty({ type: TreatyImportCountsView }) counts!: TreatyImportCountsView;
}

export class CompleteAsOfChangeView {
  @ApiProperty({ example: '2014-07-10' }) before!: string;
  @ApiProperty({ example: '2024-04-26' }) after!: string;
}

export class TreatyImportResultView {
  @ApiProperty({ example: 'UNTC-IMPORT-6f1c…', description: 'The source every row now cites' })
  source!: string;
  @ApiProperty({ example: 152 }) written!: number;
  @ApiProperty({ type: [String], example: ['JPN'] }) newParties!: string[];
  @ApiProperty({ type: CompleteAsOfChangeView }) completeAsOf!: CompleteAsOfChangeView;
  @ApiProperty({
    type: [String],
    description: 'Periods whose summaries are recomputed',
    example: ['2024', '2025'],
  })
  periods!: string[];
}

export class TreatyImportView {
  @ApiProperty({ format: 'uuid', example: '3f1c2e4a-8b7d-4c1e-9f0a-2b3c4d5e6f70' }) id!: string;
  @ApiProperty({ example: 'SOM' }) treaty!: string;
  @ApiProperty({ example: 'XVIII-12-b.csv' }) fileName!: string;
  @ApiProperty({ enum: ['xlsx', 'csv'], example: 'csv' }) fileType!: string;
  @ApiProperty({ example: '9f86d081884c7d65…' }) fileSha256!: string;
  @ApiProperty({ example: '2024-04-26', description: 'The day the table was read' })
  readOn!: string;
  @ApiProperty({ enum: ['previewed', 'applied'], example: 'previewed' }) state!: string;
  @ApiProperty({ type: TreatyImportPreviewView }) preview!: TreatyImportPreviewView;
  @ApiProperty({ type: TreatyImportResultView, nullable: true })
  result!: TreatyImportResultView | null;
  @ApiProperty({ type: String, format: 'date-time', example: '2024-04-26T09:30:00.000Z' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  appliedAt!: string | null;
}
