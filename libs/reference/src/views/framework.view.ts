import { LOCALES, type Locale } from '@app/i18n';
import { ApiProperty } from '@nestjs/swagger';
import {
  ACTION_CODES,
  ActionCode,
  CHECKLIST_PREFILLS,
  ChecklistPrefill,
  DISAGGREGATIONS,
  Disaggregation,
} from '../entities';

export class ObjectiveView {
  @ApiProperty({ example: 'GCM-9' }) code!: string;
  @ApiProperty({ example: 9 }) number!: number;
  @ApiProperty({ example: 'Strengthen the transnational response to smuggling of migrants' })
  title!: string;
  @ApiProperty({
    example: 'We commit to intensify joint efforts to prevent and counter smuggling of migrants …',
  })
  commitment!: string;
  @ApiProperty({ example: 'A/RES/73/195, annex, para. 25' }) sourceReference!: string;
  @ApiProperty({ type: String, example: 'https://undocs.org/A/RES/73/195', nullable: true })
  sourceUrl!: string | null;
  @ApiProperty({
    type: [String],
    example: [],
    description:
      'Fields whose text in the answer’s language is the project’s working translation, not official wording',
  })
  workingTranslations!: string[];
}

export class ChecklistItemView {
  @ApiProperty({ example: 'd5' }) code!: string;
  @ApiProperty({ example: 'Aggravating circumstance: endangering the lives or safety of migrants' })
  text!: string;
  @ApiProperty({ example: 'Protocol, Art. 6(3)(a)' }) protocolReference!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: null,
    description: 'Work Plan area when it differs from the action’s',
  })
  area!: number | null;
  @ApiProperty({
    enum: CHECKLIST_PREFILLS,
    nullable: true,
    example: null,
    description: 'Answer pre-filled from treaty data',
  })
  prefill!: ChecklistPrefill | null;
  @ApiProperty({
    type: [String],
    example: ['text'],
    description:
      'Fields whose text in the answer’s language is the project’s working translation, not official wording',
  })
  workingTranslations!: string[];
}

export class ActionView {
  @ApiProperty({ enum: ACTION_CODES, example: 'd' }) code!: ActionCode;
  @ApiProperty({
    example:
      'Criminalize smuggling (intent, financial or material benefit), with aggravated penalties',
  })
  shortTitle!: string;
  @ApiProperty({
    example:
      'Adopt legislative and other measures as may be necessary to establish the smuggling of migrants as a criminal offence, …',
  })
  text!: string;
  @ApiProperty({ example: '5, 6' }) protocolArticles!: string;
  @ApiProperty({ type: [Number], example: [2] }) areas!: number[];
  @ApiProperty({ type: [String], example: ['16.3', '16.4'] }) sdgTargets!: string[];
  @ApiProperty({ type: [ChecklistItemView] }) checklist!: ChecklistItemView[];
  @ApiProperty({
    type: [String],
    example: ['shortTitle'],
    description:
      'Fields whose text in the answer’s language is the project’s working translation, not official wording',
  })
  workingTranslations!: string[];
}

export class WorkPlanAreaView {
  @ApiProperty({ example: 2 }) code!: number;
  @ApiProperty({ example: 'RCM-SOM-2019-2025' }) plan!: string;
  @ApiProperty({
    example: 'Cooperación judicial transfronteriza',
    description: 'The name in the answer’s language',
  })
  name!: string;
  @ApiProperty({ example: 'Cross-border judicial cooperation' }) nameEn!: string;
  @ApiProperty({ example: 'Cooperación judicial transfronteriza' }) nameEs!: string;
  @ApiProperty({ enum: ACTION_CODES, isArray: true, example: ['a', 'd'] }) actions!: ActionCode[];
  @ApiProperty({
    type: [String],
    example: [],
    description:
      'Fields whose text in the answer’s language is the project’s working translation, not official wording',
  })
  workingTranslations!: string[];
}

export class SdgTargetView {
  @ApiProperty({ example: '16.4' }) code!: string;
  @ApiProperty({ example: 16 }) goal!: number;
  @ApiProperty({ example: 'By 2030, significantly reduce illicit financial and arms flows, …' })
  text!: string;
  @ApiProperty({
    type: [String],
    example: [],
    description:
      'Fields whose text in the answer’s language is the project’s working translation, not official wording',
  })
  workingTranslations!: string[];
}

export class IndicatorView {
  @ApiProperty({ example: 'SOM_PERSONS_CONVICTED' }) code!: string;
  @ApiProperty({ example: 'Persons convicted for smuggling' }) name!: string;
  @ApiProperty({ enum: DISAGGREGATIONS, example: 'sex' }) disaggregation!: Disaggregation;
  @ApiProperty({
    type: [String],
    example: ['female', 'male', 'unknown'],
    description: 'Sex categories, when disaggregated by sex',
  })
  sexes!: string[];
  @ApiProperty({
    type: [String],
    example: [],
    description: 'Age groups, when disaggregated by age',
  })
  ageGroups!: string[];
  @ApiProperty({ enum: ACTION_CODES, example: 'd' }) action!: ActionCode;
  @ApiProperty({ example: 2 }) area!: number;
  @ApiProperty({ type: String, nullable: true, example: null }) sdgIndicator!: string | null;
  @ApiProperty({
    type: [String],
    example: [],
    description:
      'Fields whose text in the answer’s language is the project’s working translation, not official wording',
  })
  workingTranslations!: string[];
}

export class FrameworkView {
  @ApiProperty({
    enum: LOCALES,
    example: 'es',
    description: 'The language of the texts (also in Content-Language)',
  })
  language!: Locale;
  @ApiProperty({ type: ObjectiveView }) objective!: ObjectiveView;
  @ApiProperty({ type: [ActionView] }) actions!: ActionView[];
  @ApiProperty({ type: [WorkPlanAreaView] }) areas!: WorkPlanAreaView[];
  @ApiProperty({ type: [SdgTargetView] }) sdgTargets!: SdgTargetView[];
  @ApiProperty({ type: [IndicatorView] }) indicators!: IndicatorView[];
}

export class IndicatorListView {
  @ApiProperty({ enum: LOCALES, example: 'es', description: 'The language of the names' })
  language!: Locale;
  @ApiProperty({ type: [IndicatorView] }) items!: IndicatorView[];
}
