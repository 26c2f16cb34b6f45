import { indicatorCountTable, suppressedCells } from '@app/domain';
import { IndicatorTotalView, SummaryView } from '@app/summaries';
import { ApiProperty, OmitType } from '@nestjs/swagger';

export class PublicIndicatorView extends IndicatorTotalView {
  @ApiProperty({
    type: [String],
    example: ['bySexAge.female.child', 'bySexAge.female.adult'],
    description:
      'Cells shown as "<N" (small-count suppression): their value is null here, never the count',
  })
  suppressed!: string[];
}

/** What the public sees of a regional summary: no review backlog, follow-up or mismatches. */
export class PublicSummaryView extends OmitType(SummaryView, [
  'notValidated',
  'overdue',
  'treatyMismatches',
  'indicators',
] as const) {
  @ApiProperty({ type: [PublicIndicatorView] }) indicators!: PublicIndicatorView[];
  @ApiProperty({
    example: 5,
    description: 'Counts of children and sex × age cells from 1 to this − 1 are suppressed',
  })
  suppressBelow!: number;
}

/** Sets the value at a dotted path of an indicator (`bySexAge.female.child`). */
function clear(target: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = null;
}

/** One indicator with its small counts, and what would give them back, suppressed. */
export function publicIndicator(indicator: IndicatorTotalView, below: number): PublicIndicatorView {
  const hidden = suppressedCells(indicatorCountTable(indicator), below);
  const copy = structuredClone(indicator) as IndicatorTotalView & Record<string, unknown>;
  for (const path of hidden) clear(copy, path);
  // A hidden total or unsplit part would come back from the change or the split share.
  if (hidden.has('total') || hidden.has('previousTotal')) hidden.add('change');
  if (hidden.has('total') || hidden.has('notDisaggregated')) hidden.add('disaggregatedShare');
  for (const path of ['change', 'disaggregatedShare']) if (hidden.has(path)) clear(copy, path);
  return { ...copy, suppressed: [...hidden].sort() };
}

/** The public view of a stored summary, as a publication freezes it. */
export function publicSummary(summary: SummaryView, below: number): PublicSummaryView {
  const shown: Partial<SummaryView> = structuredClone(summary);
  delete shown.notValidated;
  delete shown.overdue;
  delete shown.treatyMismatches;
  return {
    ...(shown as Omit<SummaryView, 'notValidated' | 'overdue' | 'treatyMismatches'>),
    indicators: summary.indicators.map((indicator) => publicIndicator(indicator, below)),
    suppressBelow: below,
  };
}
