import type { SavedRecord } from '@app/reporting';
import { etagOf } from '@app/problems';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, Observable } from 'rxjs';

/** What a reviewed record's view has that its headers tell. */
interface RecordView {
  version: number;
  country: string;
  period: string;
  action?: string;
}

const isSaved = <View>(result: View | SavedRecord<View>): result is SavedRecord<View> =>
  typeof (result as SavedRecord<View>).created === 'boolean';

/**
 * Every answer that is one reviewed record carries its version as ETag; a save that created
 * it answers 201 with its Location, the route's own path (global prefix included) for the key.
 */
@Injectable()
export class RecordEtagInterceptor implements NestInterceptor {
  intercept(
    context: ExecutionContext,
    next: CallHandler<RecordView | SavedRecord<RecordView>>,
  ): Observable<RecordView> {
    const http = context.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const route = http.getRequest<FastifyRequest>().routeOptions.url ?? '';
    return next.handle().pipe(
      map((result) => {
        const view = isSaved(result) ? result.view : result;
        if (isSaved(result) && result.created)
          reply.status(201).header('location', locationOf(route, view));
        reply.header('etag', etagOf(view.version));
        return view;
      }),
    );
  }
}

/** `/api/v1/reports/:iso3/:period/:action` of MEX/2025/d: `/api/v1/reports/MEX/2025/d`. */
function locationOf(route: string, view: RecordView): string {
  const values: Record<string, string | undefined> = {
    iso3: view.country,
    period: view.period,
    action: view.action,
  };
  return route.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}
