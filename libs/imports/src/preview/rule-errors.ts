import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import type { CellError } from '../import-types';

/** `checklist.0.answer`, with the value the rule refused. */
function flatten(
  errors: ValidationError[],
  parent = '',
): Array<{ path: string; value: unknown; messages: string[] }> {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints
      ? [{ path, value: error.value, messages: Object.values(error.constraints) }]
      : [];
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** Where a record read from a file came from: each field's cell, and the record's own. */
export interface RecordRefs {
  refs: Record<string, string>;
  origin: string;
}

/** The nearest cell a field path came from: the field's own, or its record's. */
export function refOf(record: RecordRefs, path: string): string {
  for (let at = path; at !== ''; at = at.replace(/\.?[^.]*$/, ''))
    if (record.refs[at]) return record.refs[at]!;
  return record.origin;
}

const shown = (value: unknown) =>
  value === undefined || typeof value === 'object' ? '' : ` (found "${String(value)}")`;

/**
 * The rules PUT validates a body with (the reporting library's rule classes) on a record read
 * from a file: errors point at cells.
 */
export async function ruleErrors(
  rules: new () => object,
  body: Record<string, unknown>,
  record: RecordRefs,
): Promise<CellError[]> {
  const errors = await validate(plainToInstance(rules, body) as object, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  const found = flatten(errors).map(({ path, value, messages }) => ({
    ref: refOf(record, path),
    message: `${messages.join('; ')}${shown(value)}`,
  }));
  // PostgreSQL cannot store NUL; the API's request-shape check refuses it too.
  for (const [path, ref] of Object.entries(record.refs))
    if (JSON.stringify(valueAt(body, path) ?? '').includes('\\u0000'))
      found.push({ ref, message: `${path} holds a NUL character` });
  return found;
}

const valueAt = (body: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], body);
