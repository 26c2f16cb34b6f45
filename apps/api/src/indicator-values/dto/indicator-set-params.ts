import { IntersectionType } from '@nestjs/swagger';
import { CountryPeriodParams } from '../../http/params';
import { TransitionParams } from '../../http/dto/transition.dto';

/** `/:iso3/:period/:transition` of a country's indicator values. */
export class IndicatorSetTransitionParams extends IntersectionType(
  CountryPeriodParams,
  TransitionParams,
) {}

export const indicatorSetKeyOf = (params: CountryPeriodParams) => ({
  country: params.iso3,
  period: params.period,
});
