import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

const problemBody = (status: number, detail: string, instance?: string) =>
  JSON.stringify({
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code: status === 431 ? 'headers_too_large' : status === 408 ? 'request_timeout' : 'bad_request',
    detail,
    ...(instance ? { instance } : {}),
  });

/**
 * Requests Node's HTTP parser refuses before any route sees them (headers too large, a NUL or
 * another forbidden byte in a header, a malformed request line): answered as problem details
 * like everything else, then the connection is closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'The request headers are larger than this API accepts.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'The request took too long to arrive.']
        : [400, 'The request is malformed (its request line or a header is not valid HTTP).'];
  const body = problemBody(status, detail);
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}

/** The API reads bodies as sent: a compressed one would be taken for text, so it is refused. */
export async function refuseContentEncoding(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const encoding = request.headers['content-encoding'];
  if (encoding === undefined || encoding.trim().toLowerCase() === 'identity') return;
  await reply
    .status(415)
    .header('content-type', PROBLEM_TYPE)
    .send(
      problemBody(
        415,
        `Content-Encoding "${String(encoding).slice(0, 40)}" is not supported: send the body uncompressed.`,
        request.url.split('?')[0],
      ),
    );
}
