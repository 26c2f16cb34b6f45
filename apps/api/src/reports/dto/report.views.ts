import {
  CHECKLIST_ANSWERS,
  ChecklistAnswer,
  EVIDENCE_KINDS,
  EvidenceKind,
  IMPLEMENTATION_STATUSES,
  ImplementationStatus,
  Sensitivity,
  SENSITIVITIES,
} from '@app/domain';
import type * as Reporting from '@app/reporting';
import { ApiProperty } from '@nestjs/swagger';
import { PageView } from '../../http/pagination';
import { RecordSummaryView, ReviewedRecordView } from '../../http/reviewed-record.views';

export class ChecklistEntryView {
  @ApiProperty({ example: 'd5' }) item!: string;
  @ApiProperty({ enum: CHECKLIST_ANSWERS, example: 'yes' }) answer!: ChecklistAnswer;
  @ApiProperty({ type: String, nullable: true, example: 'Art. 160 Ley de Migración' }) note!:
    string | null;
}

export class EvidenceView {
  @ApiProperty({ enum: EVIDENCE_KINDS, example: 'legislation' }) kind!: EvidenceKind;
  @ApiProperty({ example: 'Ley de Migración, reforma 2021' }) title!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf',
  })
  url!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2021-11-12' }) date!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'art. 160' }) reference!: string | null;
  @ApiProperty({ enum: SENSITIVITIES, example: 'public', description: 'Who may read the item' })
  sensitivity!: Sensitivity;
}

export class ReportFlagView {
  @ApiProperty({ example: 'treaty_record_mismatch' }) code!: 'treaty_record_mismatch';
  @ApiProperty({ example: 'a1' }) item!: string;
  @ApiProperty({
    example:
      'Answer "no" contradicts the SOM treaty record: party since 2003-03-04 by ratification …',
  })
  message!: string;
}

export class ContentChangeView {
  @ApiProperty({
    example: 'checklist.d5',
    description: 'status, narrative, areas, evidence or checklist.<item>',
  })
  field!: string;
  @ApiProperty({ example: { item: 'd5', answer: 'partial', note: null }, nullable: true })
  before!: unknown;
  @ApiProperty({ example: { item: 'd5', answer: 'yes', note: 'Art. 160' }, nullable: true })
  after!: unknown;
}

export class ReportView extends ReviewedRecordView implements Reporting.ReportView {
  @ApiProperty({ example: 'MEX' }) country!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ example: 'd' }) action!: string;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, example: 'partially_implemented' })
  status!: ImplementationStatus;
  @ApiProperty({
    example: 'Smuggling is an offence under the Migration Law; aggravating circumstances apply …',
  })
  narrative!: string;
  @ApiProperty({
    enum: SENSITIVITIES,
    example: 'regional',
    description: 'Who may read the narrative and the checklist notes',
  })
  sensitivity!: Sensitivity;
  @ApiProperty({
    type: [String],
    example: ['narrative', 'checklist.d5.note', 'evidence[2]'],
    description:
      'What the caller may not read (sensitivity): a withheld narrative is empty, a note null, ' +
      'an evidence item left out (its position in the full list)',
  })
  withheld!: string[];
  @ApiProperty({
    type: [Number],
    example: [2],
    description: 'RCM Work Plan areas the report serves',
  })
  areas!: number[];
  @ApiProperty({ type: [ChecklistEntryView] }) checklist!: ChecklistEntryView[];
  @ApiProperty({ type: [EvidenceView] }) evidence!: EvidenceView[];
  @ApiProperty({ type: [ReportFlagView], description: 'Answers that contradict official records' })
  flags!: ReportFlagView[];
  @ApiProperty({
    type: [ContentChangeView],
    nullable: true,
    description:
      'After a reopening: what changed since the last validation (null if never validated)',
  })
  changesSinceValidation!: ContentChangeView[] | null;
  @ApiProperty({ example: '2026-01-20T12:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: 'fp@sre.gob.mx' }) createdBy!: string;
}

export class ReportSummaryView extends RecordSummaryView implements Reporting.ReportSummaryView {
  @ApiProperty({ example: 'd' }) action!: string;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, example: 'partially_implemented' })
  status!: ImplementationStatus;
}

export class ReportListView extends PageView implements Reporting.ListView<ReportSummaryView> {
  @ApiProperty({ type: [ReportSummaryView] }) items!: ReportSummaryView[];
}
