import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { FieldError, ValidationProblem } from '@app/problems';

const MAX_DEPTH = 16;
// Above any real body (the largest allowed, 100 indicator values, has about 2,000), and low enough
// that refusing a hostile one costs little: the DTO rules would name every unknown key.
const MAX_KEYS_PER_OBJECT = 50;
const MAX_NODES = 2500;
// NUL cannot be stored by PostgreSQL; a lone surrogate is not Unicode text at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string) => text.includes('\0') || LONE_SURROGATE.test(text);

const path = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

const refuse = (field: string, message: string) =>
  new ValidationProblem([{ field, messages: [message] }]);

/**
 * Checks what the validation pipe cannot, before it runs: a body is a JSON object, not too
 * deeply nested nor too large in keys and items (so a refusal stays cheap), and holds only text
 * PostgreSQL can store. Iterative, so hostile nesting cannot exhaust the stack.
 */
@Injectable()
export class RequestShapePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query') return value;
    // No body at all falls through, so the DTO rules name each missing field.
    if (
      metadata.type === 'body' &&
      metadata.metatype &&
      metadata.metatype !== Object &&
      value !== undefined
    ) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new ValidationProblem([{ field: 'body', messages: ['must be a JSON object'] }]);
      }
    }
    const problems: FieldError[] = [];
    const stack: Array<{ value: unknown; at: string; depth: number }> = [
      { value, at: '', depth: 0 },
    ];
    let nodes = 0;
    while (stack.length > 0 && problems.length < 20) {
      const { value: node, at, depth } = stack.pop()!;
      if (typeof node === 'string') {
        if (unstorable(node))
          problems.push({
            field: at || metadata.type,
            messages: [
              'contains characters that are not valid text (NUL or a broken surrogate pair)',
            ],
          });
      } else if (node !== null && typeof node === 'object') {
        const field = at || metadata.type;
        if (depth >= MAX_DEPTH) throw refuse(field, `is nested more than ${MAX_DEPTH} levels deep`);
        const entries: Array<[string | number, unknown]> = Array.isArray(node)
          ? node.map((item, i) => [i, item])
          : Object.entries(node);
        if (!Array.isArray(node) && entries.length > MAX_KEYS_PER_OBJECT)
          throw refuse(field, `has more than ${MAX_KEYS_PER_OBJECT} fields`);
        nodes += entries.length;
        if (nodes > MAX_NODES)
          throw refuse(metadata.type, `has more than ${MAX_NODES} fields and items in all`);
        for (const [key, child] of entries) {
          if (typeof key === 'string' && unstorable(key))
            problems.push({
              field: at || metadata.type,
              messages: ['has a field name that is not valid text'],
            });
          stack.push({ value: child, at: path(at, key), depth: depth + 1 });
        }
      }
    }
    if (problems.length > 0) throw new ValidationProblem(problems);
    return value;
  }
}
