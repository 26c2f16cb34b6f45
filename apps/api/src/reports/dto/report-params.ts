import { IntersectionType } from '@nestjs/swagger';
import { ReportKeyParams } from '../../http/params';
import { CommentThreadParams } from '../../http/dto/comments.dto';
import { TransitionParams } from '../../http/dto/transition.dto';

/** `/:iso3/:period/:action/:transition` of a report. */
export class ReportTransitionParams extends IntersectionType(ReportKeyParams, TransitionParams) {}

/** `/:iso3/:period/:action/comments/:commentId/…` of a report's comment thread. */
export class ReportCommentParams extends IntersectionType(ReportKeyParams, CommentThreadParams) {}

export const reportKeyOf = (params: ReportKeyParams) => ({
  country: params.iso3,
  period: params.period,
  action: params.action,
});
