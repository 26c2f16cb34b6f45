import { ApiProperty } from '@nestjs/swagger';
import {
  CHECKLIST_ANSWERS,
  ChecklistAnswer,
  EVIDENCE_KINDS,
  EvidenceKind,
  IMPLEMENTATION_STATUSES,
  ImplementationStatus,
  WORKFLOW_STATES,
  WorkflowState,
} from '@app/domain';

export class ChecklistEntryView {
  @ApiProperty({ example: 'd5' }) item!: string;
  @ApiProperty({ enum: CHECKLIST_ANSWERS, example: 'yes' }) answer!: ChecklistAnswer;
  @ApiProperty({ nullable: true, example: 'Art. 160 Ley de Migración' }) note!: string | null;
}

export class EvidenceView {
  @ApiProperty({ enum: EVIDENCE_KINDS, example: 'legislation' }) kind!: EvidenceKind;
  @ApiProperty({ example: 'Ley de Migración, reforma 2021' }) title!: string;
  @ApiProperty({
    nullable: true,
    example: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf',
  })
  url!: string | null;
  @ApiProperty({ nullable: true, example: '2021-11-12' }) date!: string | null;
  @ApiProperty({ nullable: true, example: 'art. 160' }) reference!: string | null;
}

export class ReportFlagView {
  @ApiProperty({ example: 'treaty_record_mismatch' }) code!: string;
  @ApiProperty({ example: 'a1' }) item!: string;
  @ApiProperty({
    example:
      'Answer "no" contradicts the SOM treaty record: party since 2003-03-04 by ratification …',
  })
  message!: string;
}

export class ReviewView {
  @ApiProperty({ nullable: true, example: 'Please cite the article on aggravating circumstances.' })
  comment!: string | null;
  @ApiProperty({ nullable: true, example: '2026-02-10T09:00:00.000Z' }) reviewedAt!: string | null;
  @ApiProperty({ nullable: true, example: 'coordinator@rcm.example' }) reviewedBy!: string | null;
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

export class ReportView {
  @ApiProperty({ example: 'MEX' }) country!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ example: 'd' }) action!: string;
  @ApiProperty({ enum: WORKFLOW_STATES, example: 'submitted' }) state!: WorkflowState;
  @ApiProperty({
    example: 3,
    description: 'Also sent as the ETag header; send it back as If-Match',
  })
  version!: number;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, example: 'partially_implemented' })
  status!: ImplementationStatus;
  @ApiProperty({
    example: 'Smuggling is an offence under the Migration Law; aggravating circumstances apply …',
  })
  narrative!: string;
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
  @ApiProperty({ type: ReviewView }) review!: ReviewView;
  @ApiProperty({ nullable: true, example: '2026-02-01T12:00:00.000Z' }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, example: 'fp@sre.gob.mx' }) submittedBy!: string | null;
  @ApiProperty({ nullable: true, example: null }) validatedAt!: string | null;
  @ApiProperty({ nullable: true, example: null }) validatedBy!: string | null;
  @ApiProperty({
    type: [ContentChangeView],
    nullable: true,
    description:
      'After a reopening: what changed since the last validation (null if never validated)',
  })
  changesSinceValidation!: ContentChangeView[] | null;
  @ApiProperty({ example: '2026-01-20T12:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: 'fp@sre.gob.mx' }) createdBy!: string;
  @ApiProperty({ example: '2026-02-01T12:00:00.000Z' }) updatedAt!: string;
  @ApiProperty({ example: 'fp@sre.gob.mx' }) updatedBy!: string;
}

export class ReportSummaryView {
  @ApiProperty({ example: 'MEX' }) country!: string;
  @ApiProperty({ example: 'Mexico' }) countryName!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ example: 'd' }) action!: string;
  @ApiProperty({ enum: WORKFLOW_STATES, example: 'submitted' }) state!: WorkflowState;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, example: 'partially_implemented' })
  status!: ImplementationStatus;
  @ApiProperty({ example: 3 }) version!: number;
  @ApiProperty({ nullable: true, example: null }) reviewComment!: string | null;
  @ApiProperty({ nullable: true, example: '2026-02-01T12:00:00.000Z' }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, example: null }) validatedAt!: string | null;
  @ApiProperty({ example: '2026-02-01T12:00:00.000Z' }) updatedAt!: string;
}

export class ReportListView {
  @ApiProperty({ type: [ReportSummaryView] }) items!: ReportSummaryView[];
  @ApiProperty({ example: 1 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
}

export class AgeBreakdownView {
  @ApiProperty({ example: 12 }) child!: number;
  @ApiProperty({ example: 80 }) adult!: number;
  @ApiProperty({ example: 3 }) unknown!: number;
}

export class SexBreakdownView {
  @ApiProperty({ example: 20 }) female!: number;
  @ApiProperty({ example: 75 }) male!: number;
  @ApiProperty({ example: 0 }) unknown!: number;
}

export class SexAgeBreakdownView {
  @ApiProperty({ type: AgeBreakdownView }) female!: AgeBreakdownView;
  @ApiProperty({ type: AgeBreakdownView }) male!: AgeBreakdownView;
  @ApiProperty({ type: AgeBreakdownView }) unknown!: AgeBreakdownView;
}

export class IndicatorValueView {
  @ApiProperty({ example: 'SOM_PERSONS_CONVICTED' }) indicator!: string;
  @ApiProperty({ example: 95, description: 'Must equal the sum of its parts when parts are given' })
  total!: number;
  @ApiProperty({ type: SexBreakdownView, required: false }) bySex?: SexBreakdownView;
  @ApiProperty({ type: SexAgeBreakdownView, required: false }) bySexAge?: SexAgeBreakdownView;
}

export class IndicatorSetView {
  @ApiProperty({ example: 'MEX' }) country!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ enum: WORKFLOW_STATES, example: 'draft' }) state!: WorkflowState;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ type: [IndicatorValueView] }) values!: IndicatorValueView[];
  @ApiProperty({ type: ReviewView }) review!: ReviewView;
  @ApiProperty({ nullable: true, example: null }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, example: null }) submittedBy!: string | null;
  @ApiProperty({ nullable: true, example: null }) validatedAt!: string | null;
  @ApiProperty({ nullable: true, example: null }) validatedBy!: string | null;
  @ApiProperty({
    type: [String],
    nullable: true,
    example: ['SOM_PERSONS_CONVICTED'],
    description: 'After a reopening: indicators whose values changed since the last validation',
  })
  changedSinceValidation!: string[] | null;
  @ApiProperty({ example: '2026-01-20T12:00:00.000Z' }) updatedAt!: string;
  @ApiProperty({ example: 'fp@sre.gob.mx' }) updatedBy!: string;
}

export class IndicatorSetSummaryView {
  @ApiProperty({ example: 'MEX' }) country!: string;
  @ApiProperty({ example: 'Mexico' }) countryName!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ enum: WORKFLOW_STATES, example: 'submitted' }) state!: WorkflowState;
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty({ example: 7, description: 'How many indicators have values' }) indicators!: number;
  @ApiProperty({ nullable: true, example: null }) reviewComment!: string | null;
  @ApiProperty({ nullable: true, example: '2026-02-01T12:00:00.000Z' }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, example: null }) validatedAt!: string | null;
  @ApiProperty({ example: '2026-02-01T12:00:00.000Z' }) updatedAt!: string;
}

export class IndicatorSetListView {
  @ApiProperty({ type: [IndicatorSetSummaryView] }) items!: IndicatorSetSummaryView[];
  @ApiProperty({ example: 1 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
}
