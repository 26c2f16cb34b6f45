import {
  COMMENT_MAX_LENGTH,
  COMMENT_PART_KINDS,
  CommentPartKind,
  THREAD_RESOLUTIONS,
  ThreadResolution,
} from '@app/domain';
import type * as Reporting from '@app/reporting';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

const THREAD_EXAMPLE = '0b6f7c1e-3f1a-4d6e-9a57-2c1d8e4f5a60';

const PART_KEY =
  'checklist: the item code (d3); evidence: the item’s title (a repeated title followed by " (2)"…); ' +
  'indicator: the cell, <indicator>.<sex>.<age group> (all.all for the total); record: left out';

export class CommentPartDto {
  @ApiProperty({ enum: COMMENT_PART_KINDS, example: 'checklist' })
  @IsIn(COMMENT_PART_KINDS, {
    message: `part.kind must be one of ${COMMENT_PART_KINDS.join(', ')}`,
  })
  kind!: CommentPartKind;

  @ApiPropertyOptional({ example: 'd3', description: PART_KEY, maxLength: 300 })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  key?: string;
}

/** A new thread on a part, or (replyTo) a reply in a thread. */
export class WriteCommentDto {
  @ApiPropertyOptional({
    type: CommentPartDto,
    description: 'Required to open a thread; left out of a reply',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CommentPartDto)
  part?: CommentPartDto;

  @ApiProperty({
    example: 'Which article makes enabling illegal stay an offence?',
    maxLength: COMMENT_MAX_LENGTH,
  })
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH, {
    message: `body is required (1 to ${COMMENT_MAX_LENGTH} characters)`,
  })
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: THREAD_EXAMPLE,
    description: 'A comment of the thread this one replies to',
  })
  @IsOptional()
  @IsUUID('all', { message: 'replyTo must be the id of a comment' })
  replyTo?: string;
}

/** `…/comments/:commentId/{resolve|reopen}`. */
export class CommentThreadParams {
  @ApiProperty({
    format: 'uuid',
    example: THREAD_EXAMPLE,
    description: 'The thread (its first comment)',
  })
  @IsUUID('all', { message: 'commentId must be the id of a comment thread' })
  commentId!: string;
}

export class CommentPartViewDoc implements Reporting.CommentPartView {
  @ApiProperty({ enum: COMMENT_PART_KINDS, example: 'checklist' }) kind!: CommentPartKind;
  @ApiProperty({ type: String, nullable: true, example: 'd3', description: PART_KEY })
  key!: string | null;
}

export class CommentDoc implements Reporting.CommentView {
  @ApiProperty({ format: 'uuid', example: THREAD_EXAMPLE }) id!: string;
  @ApiProperty({ example: 'Which article makes enabling illegal stay an offence?' }) body!: string;
  @ApiProperty({ example: 'coordinator@rcm.example' }) author!: string;
  @ApiProperty({ example: '2026-02-10T09:00:00.000Z' }) createdAt!: string;
}

export class CommentThreadDoc implements Reporting.CommentThreadView {
  @ApiProperty({ format: 'uuid', example: THREAD_EXAMPLE, description: 'Its first comment’s id' })
  id!: string;
  @ApiProperty({ type: CommentPartViewDoc }) part!: CommentPartViewDoc;
  @ApiProperty({
    example: true,
    description:
      'Open until a focal point replies, the part is changed in a resubmission, or a reviewer resolves it',
  })
  open!: boolean;
  @ApiProperty({
    enum: THREAD_RESOLUTIONS,
    nullable: true,
    example: null,
    description:
      'answered: a focal point replied; changed: a resubmission changed the part; resolved: by a reviewer',
  })
  resolution!: ThreadResolution | null;
  @ApiProperty({ type: String, nullable: true, example: null }) resolvedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) resolvedBy!: string | null;
  @ApiProperty({ example: 2, description: 'The record’s version when the thread was opened' })
  recordVersion!: number;
  @ApiProperty({ type: [CommentDoc], description: 'Oldest first' }) comments!: CommentDoc[];
}

export class CommentThreadListDoc {
  @ApiProperty({ type: [CommentThreadDoc], description: 'In the order they were opened' })
  items!: CommentThreadDoc[];
}

export class OpenThreadDoc implements Reporting.OpenThreadView {
  @ApiProperty({ format: 'uuid', example: THREAD_EXAMPLE }) id!: string;
  @ApiProperty({ type: CommentPartViewDoc }) part!: CommentPartViewDoc;
  @ApiProperty({ example: 'Which article makes enabling illegal stay an offence?' }) body!: string;
  @ApiProperty({ example: 'coordinator@rcm.example' }) author!: string;
  @ApiProperty({ example: '2026-02-10T09:00:00.000Z' }) createdAt!: string;
}
