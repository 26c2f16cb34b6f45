import { Sensitivity, SENSITIVITIES } from '@app/domain';
import type * as Reporting from '@app/reporting';
import { ApiProperty } from '@nestjs/swagger';
import { PageView } from '../../http/pagination';
import { RecordSummaryView, ReviewedRecordView } from '../../http/reviewed-record.views';

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
  @ApiProperty({
    enum: SENSITIVITIES,
    example: 'public',
    description: 'Who may read the indicator’s values (total and parts)',
  })
  sensitivity!: Sensitivity;
}

export class IndicatorSetView extends ReviewedRecordView implements Reporting.IndicatorSetView {
  @ApiProperty({ example: 'MEX' }) country!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ type: [IndicatorValueView] }) values!: IndicatorValueView[];
  @ApiProperty({
    type: [String],
    example: ['values.MIG_CHILDREN_DETAINED'],
    description: 'The indicators the caller may not read (sensitivity): left out of values',
  })
  withheld!: string[];
  @ApiProperty({
    type: [String],
    nullable: true,
    example: ['SOM_PERSONS_CONVICTED'],
    description: 'After a reopening: indicators whose values changed since the last validation',
  })
  changedSinceValidation!: string[] | null;
}

export class IndicatorSetSummaryView
  extends RecordSummaryView
  implements Reporting.IndicatorSetSummaryView
{
  @ApiProperty({ example: 7, description: 'How many indicators have values' }) indicators!: number;
}

export class IndicatorSetListView
  extends PageView
  implements Reporting.ListView<IndicatorSetSummaryView>
{
  @ApiProperty({ type: [IndicatorSetSummaryView] }) items!: IndicatorSetSummaryView[];
}
