import {
  CHECKLIST_ANSWERS,
  ChecklistAnswer,
  CODE_PATTERNS,
  EVIDENCE_KINDS,
  EvidenceKind,
  IMPLEMENTATION_STATUSES,
  ImplementationStatus,
  ReportDraft,
  SENSITIVITIES,
  Sensitivity,
} from '@app/domain';
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
import { IsCalendarDate, IsNotFutureDay } from './date.rules';

/**
 * What a report's body may hold, field by field: the one definition that PUT /reports (its DTO
 * documents these classes) and an import's preview (on the worker) validate with.
 */
export class ChecklistAnswerRules {
  @IsString()
  @Matches(CODE_PATTERNS.checklistItem, {
    message: 'item must be a checklist item code such as d5',
  })
  item!: string;

  @IsIn(CHECKLIST_ANSWERS)
  answer!: ChecklistAnswer;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class EvidenceRules {
  @IsIn(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'url must be an http(s) address' },
  )
  @MaxLength(2000)
  url?: string;

  @IsOptional()
  @IsCalendarDate()
  @IsNotFutureDay()
  date?: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  reference?: string;

  @IsOptional()
  @IsIn(SENSITIVITIES)
  sensitivity?: Sensitivity;
}

/** The whole report as the focal point writes it (PUT replaces every part). */
export class ReportDraftRules implements ReportDraft {
  @IsIn(IMPLEMENTATION_STATUSES)
  status!: ImplementationStatus;

  @IsOptional()
  @IsString()
  @MaxLength(20000)
  narrative?: string;

  @IsOptional()
  @IsIn(SENSITIVITIES)
  sensitivity?: Sensitivity;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(4, { each: true })
  areas?: number[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerRules)
  checklist?: ChecklistAnswerRules[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceRules)
  evidence?: EvidenceRules[];
}
