import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuditContext } from '@app/audit';
import type { FastifyRequest } from 'fastify';

/** Request id and client address of an anonymous request, for the audit trail. */
export const AnonymousContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Omit<AuditContext, 'id' | 'email'> => {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return { requestId: request.id, ip: request.ip ?? null };
  },
);
