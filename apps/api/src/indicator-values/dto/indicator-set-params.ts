import { IntersectionType } from '@nestjs/swagger';
import { CountryPeriodParams } from '../../http/params';
import { CommentThreadParams } from '../../http/dto/comments.dto';
import { TransitionParams } from '../../http/dto/transition.dto';

/** `/:iso3/:period/:transition` of a country's indicator values. */
export class IndicatorSetTransitionParams extends IntersectionType(
  CountryPeriodParams,
  TransitionParams,
) {}

/** `/:iso3/:period/comments/:commentId/…` of a comment thread on a country's indicator values. */
export class IndicatorSetCommentParams extends IntersectionType(
  CountryPeriodParams,
  CommentThreadParams,
) {}

export const indicatorSetKeyOf = (params: CountryPeriodParams) => ({
  country: params.iso3,
  period: params.period,
});
