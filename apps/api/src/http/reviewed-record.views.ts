import { WORKFLOW_EVENTS, WORKFLOW_STATES, WorkflowEvent, WorkflowState } from '@app/domain';
import type {
  RecordSummaryView as RecordSummary,
  ReviewedRecordView as Reviewed,
} from '@app/reporting';
import { ApiProperty } from '@nestjs/swagger';
import { OpenThreadDoc } from './dto/comments.dto';

export class ReviewView {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Please cite the article on aggravating circumstances.',
  })
  comment!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-02-10T09:00:00.000Z' }) reviewedAt!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: 'coordinator@rcm.example' }) reviewedBy!:
    string | null;
}

/** The fields every reviewed record's view has (a report, a country's indicator values). */
export abstract class ReviewedRecordView implements Reviewed {
  @ApiProperty({ enum: WORKFLOW_STATES, example: 'submitted' }) state!: WorkflowState;
  @ApiProperty({
    example: 3,
    description: 'Also sent as the ETag header; send it back as If-Match',
  })
  version!: number;
  @ApiProperty({ type: ReviewView }) review!: ReviewView;
  @ApiProperty({ type: String, nullable: true, example: '2026-02-01T12:00:00.000Z' }) submittedAt!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: 'fp@sre.gob.mx' }) submittedBy!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) validatedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) validatedBy!: string | null;
  @ApiProperty({ example: '2026-02-01T12:00:00.000Z' }) updatedAt!: string;
  @ApiProperty({ example: 'fp@sre.gob.mx' }) updatedBy!: string;
  @ApiProperty({
    enum: WORKFLOW_EVENTS,
    isArray: true,
    example: ['return', 'validate'],
    description:
      'What the caller may do to the record now, by their role and scope, the period and the state: ' +
      'save (PUT), submit, return, validate, reopen (POST …/{transition})',
  })
  allowedActions!: WorkflowEvent[];
  @ApiProperty({
    type: [OpenThreadDoc],
    description:
      'Comment threads on its parts not answered yet, oldest first (GET …/comments for every thread)',
  })
  openComments!: OpenThreadDoc[];
}

/** The fields every item of a list of reviewed records has. */
export abstract class RecordSummaryView implements RecordSummary {
  @ApiProperty({ example: 'MEX' }) country!: string;
  @ApiProperty({ example: 'Mexico' }) countryName!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ enum: WORKFLOW_STATES, example: 'submitted' }) state!: WorkflowState;
  @ApiProperty({ example: 3 }) version!: number;
  @ApiProperty({ type: String, nullable: true, example: null }) reviewComment!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-02-01T12:00:00.000Z' }) submittedAt!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) validatedAt!: string | null;
  @ApiProperty({ example: '2026-02-01T12:00:00.000Z' }) updatedAt!: string;
}
