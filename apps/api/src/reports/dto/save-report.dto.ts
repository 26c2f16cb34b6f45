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
import { ChecklistAnswerRules, EvidenceRules, ReportDraftRules } from '@app/reporting';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The rules are the reporting library's (an import validates with the same); these classes
// document them in the OpenAPI document.

export class ChecklistAnswerDto extends ChecklistAnswerRules {
  @ApiProperty({
    example: 'd5',
    description: 'An item of the report’s action (see GET /framework)',
  })
  declare item: string;

  @ApiProperty({ enum: CHECKLIST_ANSWERS, example: 'yes' })
  declare answer: ChecklistAnswer;

  @ApiPropertyOptional({ example: 'Art. 160 Ley de Migración', maxLength: 2000 })
  declare note?: string;
}

export class EvidenceDto extends EvidenceRules {
  @ApiProperty({ enum: EVIDENCE_KINDS, example: 'legislation' })
  declare kind: EvidenceKind;

  @ApiProperty({ example: 'Ley de Migración, reforma 2021', maxLength: 300 })
  declare title: string;

  @ApiPropertyOptional({
    example: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf',
    maxLength: 2000,
  })
  declare url?: string;

  @ApiPropertyOptional({
    example: '2021-11-12',
    description: 'The document’s date: no later than today in any time zone',
  })
  declare date?: string;

  @ApiPropertyOptional({ example: 'art. 160', maxLength: 300 })
  declare reference?: string;

  @ApiPropertyOptional({
    enum: SENSITIVITIES,
    example: 'public',
    description:
      'Who may read the item; default regional: public (anyone, once validated), regional (also the coordinators and analysts of the country’s processes), national (only the country’s focal points and admins)',
  })
  declare sensitivity?: Sensitivity;
}

/** The whole report as the focal point writes it (PUT replaces every part). */
export class SaveReportDto extends ReportDraftRules {
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, example: 'partially_implemented' })
  declare status: ImplementationStatus;

  @ApiPropertyOptional({
    example: 'Smuggling is an offence under the Migration Law …',
    maxLength: 20000,
  })
  declare narrative?: string;

  @ApiPropertyOptional({
    enum: SENSITIVITIES,
    example: 'regional',
    description:
      'Who may read the narrative and the checklist notes; default regional: public (anyone, once validated), regional (also the coordinators and analysts of the country’s processes), national (only the country’s focal points and admins)',
  })
  declare sensitivity?: Sensitivity;

  @ApiPropertyOptional({
    type: [Number],
    example: [2],
    description: 'Work Plan areas 1–4; default: the action’s mapping',
  })
  declare areas?: number[];

  @ApiPropertyOptional({ type: [ChecklistAnswerDto] })
  declare checklist?: ChecklistAnswerDto[];

  @ApiPropertyOptional({ type: [EvidenceDto] })
  declare evidence?: EvidenceDto[];
}
