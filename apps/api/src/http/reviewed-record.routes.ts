import { Actor } from '@app/auth';
import {
  ACCESS_DENIED,
  mayAccessCountry,
  OPERATION_OF,
  TRANSITION_EVENTS,
  TransitionEvent,
} from '@app/domain';
import { Forbidden, NotFound } from '@app/problems';
import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  Post,
  Put,
  Type,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
} from '@nestjs/swagger';
import { CountryScope } from './access/decorators';
import { AuditEventDoc } from '../audit/dto/audit-event.dto';
import { ApiBadRequestProblem } from './api-problem.decorators';
import { ChangesViewDoc } from './dto/changes.dto';
import { CommentThreadDoc, CommentThreadListDoc, WriteCommentDto } from './dto/comments.dto';
import { TransitionDto } from './dto/transition.dto';
import { IF_MATCH_HEADER } from './if-match';
import { RateLimited } from './rate-limits';

/**
 * Focal points submit and withdraw; coordinators return, validate and reopen: the operation depends on the
 * transition, so this guard, not a fixed @CountryScope, checks the route's `:iso3` against it.
 * An unknown transition is an unknown route.
 */
@Injectable()
class TransitionScopeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context
      .switchToHttp()
      .getRequest<{ actor?: Actor; params: Record<string, string>; url: string }>();
    const transition = request.params.transition as TransitionEvent;
    if (!TRANSITION_EVENTS.includes(transition))
      throw new NotFound(`Cannot POST ${request.url.split('?')[0]}`);
    const operation = OPERATION_OF[transition];
    const iso3 = String(request.params.iso3 ?? '').toUpperCase();
    if (!request.actor || !mayAccessCountry(request.actor, operation, iso3))
      throw new Forbidden(`${ACCESS_DENIED[operation]} ${iso3}.`);
    return true;
  }
}

const noRecord = ApiNotFoundResponse({
  description: 'No such country, period or action, or no record yet',
});

/** GET of one reviewed record, with its version as ETag. */
export const ReadRecordRoute = (path: string, view: Type, summary: string) =>
  applyDecorators(
    Get(path),
    CountryScope('read'),
    ApiOperation({ summary }),
    ApiOkResponse({ type: view }),
    ApiForbiddenResponse({ description: 'The country is outside your scope' }),
    noRecord,
  );

/** PUT of one reviewed record: created without If-Match, updated with the ETag read. */
export const SaveRecordRoute = (path: string, view: Type, summary: string) =>
  applyDecorators(
    Put(path),
    CountryScope('write'),
    ApiOperation({ summary }),
    ApiHeader({
      ...IF_MATCH_HEADER,
      description: 'Required to update: the ETag you read. Absent to create.',
    }),
    ApiCreatedResponse({ type: view, description: 'Created' }),
    ApiOkResponse({ type: view, description: 'Updated' }),
    ApiBadRequestProblem(),
    ApiPreconditionFailedResponse({
      description:
        'Someone saved a newer version meanwhile, or a create (no If-Match) found the record already there',
    }),
    ApiConflictResponse({ description: 'Not editable in its state, or the period is closed' }),
  );

/** POST …/{submit|withdraw|return|validate|reopen} of one reviewed record. */
export const TransitionRoute = (path: string, view: Type, record: string) =>
  applyDecorators(
    Post(`${path}/:transition`),
    HttpCode(200),
    UseGuards(TransitionScopeGuard),
    ApiOperation({
      summary: `Submit, withdraw, return, validate or reopen ${record}`,
      description:
        'submit: a draft or returned record, for review (focal points). withdraw: a submitted one ' +
        'no coordinator has acted on yet, back to draft (focal points). return: a submitted one, ' +
        'with a comment. validate: a submitted one; from then on it counts in regional summaries. ' +
        'reopen: a validated one, with a reason; it stops counting until validated again ' +
        '(coordinators). Submitting, withdrawing and reopening need an open period.',
    }),
    ApiHeader(IF_MATCH_HEADER),
    ApiBody({ type: TransitionDto, required: false }),
    ApiOkResponse({ type: view }),
    ApiBadRequestProblem(),
    ApiForbiddenResponse({ description: 'The transition is not yours on this country' }),
    noRecord,
    ApiPreconditionFailedResponse({ description: 'Someone changed the record meanwhile' }),
    ApiConflictResponse({ description: 'Not in a state that allows it, or the period is closed' }),
  );

/** GET …/history of one reviewed record. */
export const RecordHistoryRoute = (path: string, summary: string) =>
  applyDecorators(
    Get(`${path}/history`),
    CountryScope('read'),
    ApiOperation({ summary }),
    ApiOkResponse({ type: [AuditEventDoc] }),
    noRecord,
  );

/** GET …/changes of one reviewed record: what changed since a version, part by part. */
export const RecordChangesRoute = (path: string, record: string) =>
  applyDecorators(
    Get(`${path}/changes`),
    CountryScope('read'),
    ApiOperation({
      summary: `What changed in ${record} since a version, part by part (before → after)`,
      description:
        'By default since the version the last return, validation or reopening left: after a ' +
        'resubmission, what the coordinator has not seen yet. Empty when nothing changed or no ' +
        'coordinator has reviewed it yet (since: null).',
    }),
    ApiOkResponse({ type: ChangesViewDoc }),
    ApiBadRequestProblem(),
    noRecord,
  );

/** GET …/comments of one reviewed record: every comment thread on its parts. */
export const RecordCommentsRoute = (path: string, record: string) =>
  applyDecorators(
    Get(`${path}/comments`),
    CountryScope('read'),
    ApiOperation({
      summary: `The comment threads on the parts of ${record} (checklist items, evidence, the whole record…), open and resolved`,
    }),
    ApiOkResponse({ type: CommentThreadListDoc }),
    noRecord,
  );

/** POST …/comments of one reviewed record: a new thread on a part, or a reply in one. */
export const WriteCommentRoute = (path: string, record: string) =>
  applyDecorators(
    Post(`${path}/comments`),
    CountryScope('read'),
    RateLimited('record-comments'),
    ApiOperation({
      summary: `Comment on a part of ${record}, or reply in a thread`,
      description:
        'Coordinators of the country’s processes (and admins) open threads on a part; the ' +
        'country’s focal points reply. A focal point’s reply answers the thread (resolved: ' +
        'answered); so does a resubmission that changes the part (resolved: changed).',
    }),
    ApiBody({ type: WriteCommentDto }),
    ApiCreatedResponse({ type: CommentThreadDoc, description: 'The thread, as it is now' }),
    ApiBadRequestProblem(),
    ApiForbiddenResponse({ description: 'Not yours to comment on' }),
    noRecord,
  );

/** POST …/comments/:commentId/{resolve|reopen}: a reviewer closes or reopens a thread. */
export const CommentThreadStateRoute = (path: string, change: 'resolve' | 'reopen') =>
  applyDecorators(
    Post(`${path}/comments/:commentId/${change}`),
    HttpCode(200),
    CountryScope('review'),
    RateLimited('record-comments'),
    ApiOperation({
      summary:
        change === 'resolve'
          ? 'Resolve a comment thread without an answer (reviewers)'
          : 'Open a resolved comment thread again (reviewers)',
    }),
    ApiOkResponse({ type: CommentThreadDoc }),
    ApiBadRequestProblem(),
    ApiForbiddenResponse({
      description: 'Only the country’s reviewers resolve and reopen threads',
    }),
    ApiNotFoundResponse({ description: 'No such record, or no such thread on it' }),
  );
