import { IntersectionType } from '@nestjs/swagger';
import { ReportKeyParams } from '../../http/params';
import { TransitionParams } from '../../http/dto/transition.dto';

/** `/:iso3/:period/:action/:transition` of a report. */
export class ReportTransitionParams extends IntersectionType(ReportKeyParams, TransitionParams) {}

export const reportKeyOf = (params: ReportKeyParams) => ({
  country: params.iso3,
  period: params.period,
  action: params.action,
});
