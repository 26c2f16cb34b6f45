import { stdSerializers } from 'pino';

/** A log line stays readable and cheap to ship: no field of it is longer than this. */
export const MAX_FIELD_CHARS = 2000;
/** Objects logged beside the message (job data, counts) are cut past this size. */
export const MAX_OBJECT_CHARS = 8000;

export const cut = (text: string, max: number = MAX_FIELD_CHARS) =>
  text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more characters]`;

/**
 * An error as logged: message, type, code and stack, but never the bound parameters of a failed
 * query (they hold what users typed, password hashes included) nor a whole statement.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: cut(String(error), MAX_FIELD_CHARS) };
  const {
    parameters: _parameters,
    driverError,
    query,
    ...rest
  } = stdSerializers.err(error) as unknown as Record<string, unknown> & {
    driverError?: Record<string, unknown>;
  };
  const code = (driverError as { code?: unknown } | undefined)?.code ?? rest.code;
  return {
    ...rest,
    ...(code === undefined ? {} : { code }),
    ...(typeof query === 'string' ? { query: cut(query, MAX_FIELD_CHARS) } : {}),
    message: cut(String(rest.message ?? ''), MAX_FIELD_CHARS),
    stack: typeof rest.stack === 'string' ? cut(rest.stack, MAX_FIELD_CHARS * 2) : rest.stack,
  };
}

/** Plain data (job data, results, counts), as opposed to what serializers shape (req, res, err). */
const isPlainData = (value: unknown): value is object =>
  Array.isArray(value) ||
  (value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype);

function sizeOf(value: object): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity; // circular: never logged whole
  }
}

/**
 * Bounds every field of a log line (pino's `formatters.log`, which runs before the serializers):
 * long text and large plain objects are cut; requests, responses and errors are left to their
 * serializers, which keep only small fields.
 */
export function boundLogLine(line: Record<string, unknown>): Record<string, unknown> {
  let bounded: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(line)) {
    let replacement: unknown;
    if (typeof value === 'string' && value.length > MAX_FIELD_CHARS)
      replacement = cut(value, MAX_FIELD_CHARS);
    else if (isPlainData(value)) {
      const size = sizeOf(value);
      if (size > MAX_OBJECT_CHARS) replacement = `[${size} characters of ${key} left out]`;
    }
    if (replacement !== undefined) (bounded ??= { ...line })[key] = replacement;
  }
  return bounded ?? line;
}
