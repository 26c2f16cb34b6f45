import { etagOf } from '@app/problems';
import type { SavedRecord } from '@app/reporting';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/** What a reviewed record's view has that its headers tell. */
interface RecordView {
  version: number;
  country: string;
  period: string;
  action?: string;
}

/** Gives back the record to answer with, its headers set on the reply. */
export type RecordAnswer = <View extends RecordView>(result: View | SavedRecord<View>) => View;

const isSaved = <View>(result: View | SavedRecord<View>): result is SavedRecord<View> =>
  typeof (result as SavedRecord<View>).created === 'boolean';

/** `/api/v1/reports/:iso3/:period/:action` of MEX/2025/d: `/api/v1/reports/MEX/2025/d`. */
function locationOf(route: string, view: RecordView): string {
  const values: Record<string, string | undefined> = {
    iso3: view.country,
    period: view.period,
    action: view.action,
  };
  return route.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/**
 * The one place a reviewed record's answer gets its headers: its version as ETag, and for a
 * save that created it 201 with its Location (the route's own path for the key, global prefix
 * included). A parameter rather than an interceptor: in Nest 11 an interceptor puts an
 * Observable chain and a client-disconnect watch on every request of its routes, which cost a
 * report read about half a millisecond of CPU (measured with in-process requests).
 */
export const RecordAnswer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RecordAnswer => {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return (result) => {
      const view = isSaved(result) ? result.view : result;
      if (isSaved(result) && result.created)
        reply
          .status(201)
          .header('location', locationOf(reply.request.routeOptions.url ?? '', view));
      reply.header('etag', etagOf(view.version));
      return view;
    };
  },
);
