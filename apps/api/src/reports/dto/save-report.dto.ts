import {
  CHECKLIST_ANSWERS,
  ChecklistAnswer,
  CODE_PATTERNS,
  EVIDENCE_KINDS,
  EvidenceKind,
  IMPLEMENTATION_STATUSES,
  ImplementationStatus,
  ReportDraft,
  Sensitivity,
  SENSITIVITIES,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsNotFutureDay } from '../../http/is-calendar-date';

export class ChecklistAnswerDto {
  @ApiProperty({
    example: 'd5',
    description: 'An item of the report’s action (see GET /framework)',
  })
  @IsString()
  @Matches(CODE_PATTERNS.checklistItem, {
    message: 'item must be a checklist item code such as d5',
  })
  item!: string;

  @ApiProperty({ enum: CHECKLIST_ANSWERS, example: 'yes' })
  @IsIn(CHECKLIST_ANSWERS)
  answer!: ChecklistAnswer;

  @ApiPropertyOptional({ example: 'Art. 160 Ley de Migración', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class EvidenceDto {
  @ApiProperty({ enum: EVIDENCE_KINDS, example: 'legislation' })
  @IsIn(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  @ApiProperty({ example: 'Ley de Migración, reforma 2021', maxLength: 300 })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiPropertyOptional({
    example: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf',
    maxLength: 2000,
  })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'url must be an http(s) address' },
  )
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({
    example: '2021-11-12',
    description: 'The document’s date: no later than today in any time zone',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsNotFutureDay()
  date?: string;

  @ApiPropertyOptional({ example: 'art. 160', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reference?: string;

  @ApiPropertyOptional({
    enum: SENSITIVITIES,
    example: 'public',
    description:
      'Who may read the item; default regional: public (anyone, once validated), regional (also the coordinators and analysts of the country’s processes), national (only the country’s focal points and admins)',
  })
  @IsOptional()
  @IsIn(SENSITIVITIES)
  sensitivity?: Sensitivity;
}

/** The whole report as the focal point writes it (PUT replaces every part). */
export class SaveReportDto implements ReportDraft {
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, example: 'partially_implemented' })
  @IsIn(IMPLEMENTATION_STATUSES)
  status!: ImplementationStatus;

  @ApiPropertyOptional({
    example: 'Smuggling is an offence under the Migration Law …',
    maxLength: 20000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  narrative?: string;

  @ApiPropertyOptional({
    enum: SENSITIVITIES,
    example: 'regional',
    description:
      'Who may read the narrative and the checklist notes; default regional: public (anyone, once validated), regional (also the coordinators and analysts of the country’s processes), national (only the country’s focal points and admins)',
  })
  @IsOptional()
  @IsIn(SENSITIVITIES)
  sensitivity?: Sensitivity;

  @ApiPropertyOptional({
    type: [Number],
    example: [2],
    description: 'Work Plan areas 1–4; default: the action’s mapping',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(4, { each: true })
  areas?: number[];

  @ApiPropertyOptional({ type: [ChecklistAnswerDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerDto)
  checklist?: ChecklistAnswerDto[];

  @ApiPropertyOptional({ type: [EvidenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}
