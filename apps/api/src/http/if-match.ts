import type { ExpectedVersion } from '@app/domain';
import { versionFromIfMatch } from '@app/problems';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The version the client's If-Match asks for: the one place the header is read. */
export const IfMatch = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ExpectedVersion => {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>();
    const header = request.headers['if-match'];
    return versionFromIfMatch(typeof header === 'string' ? header : undefined);
  },
);

export const IF_MATCH_HEADER = {
  name: 'If-Match',
  required: false,
  description: 'The ETag you read',
  example: '"3"',
};
