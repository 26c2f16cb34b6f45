import { INDICATOR_SET_SORTS, RecordFilter } from '@app/reporting';
import { ReviewListQuery, SortQuery } from '../../http/review-list-query';

export class IndicatorSetListQuery extends ReviewListQuery implements RecordFilter {
  @SortQuery(INDICATOR_SET_SORTS)
  sort?: string;
}
