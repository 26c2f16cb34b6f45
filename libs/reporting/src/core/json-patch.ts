import { Conflict, ValidationProblem } from '@app/problems';
import { applyPatch, deepClone, JsonPatchError, Operation, validate } from 'fast-json-patch';

/** A window's changes come a few dozen at a time; more is a client replaying a whole record. */
export const MAX_PATCH_OPERATIONS = 200;

const RFC_6902_OPS = ['add', 'remove', 'replace', 'move', 'copy', 'test'];

/** Why fast-json-patch refused an operation, in words (its own message dumps the document). */
const REASONS: Record<string, string> = {
  OPERATION_NOT_AN_OBJECT: 'must be an object with op and path',
  OPERATION_PATH_INVALID: 'path must be a JSON Pointer starting with /',
  OPERATION_FROM_REQUIRED: 'from is required for move and copy',
  OPERATION_VALUE_REQUIRED: 'value is required for add, replace and test',
  OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED: 'value is required for add, replace and test',
  OPERATION_PATH_CANNOT_ADD: 'path cannot be added to',
  OPERATION_PATH_UNRESOLVABLE: 'path names nothing in the version you started from',
  OPERATION_FROM_UNRESOLVABLE: 'from names nothing in the version you started from',
  OPERATION_PATH_ILLEGAL_ARRAY_INDEX: 'path has an array index that is not a number',
  OPERATION_VALUE_OUT_OF_BOUNDS: 'path has an array index past the end of the array',
};

const refused = (index: number | undefined, message: string) =>
  new ValidationProblem(
    [{ field: index === undefined ? 'body' : `[${index}]`, messages: [message] }],
    'The JSON Patch cannot be applied; see errors for each operation.',
  );

/** The operations of a JSON Patch body, or a 400 saying what is wrong with its shape. */
export function patchOperations(body: unknown): Operation[] {
  if (!Array.isArray(body) || body.length === 0)
    throw refused(undefined, 'must be a JSON Patch: a non-empty array of operations');
  if (body.length > MAX_PATCH_OPERATIONS)
    throw refused(undefined, `must have at most ${MAX_PATCH_OPERATIONS} operations`);
  const unknownOp = body.findIndex(
    (operation: { op?: unknown }) => !RFC_6902_OPS.includes(String(operation?.op)),
  );
  if (unknownOp >= 0) throw refused(unknownOp, `op must be one of ${RFC_6902_OPS.join(', ')}`);
  return body as Operation[];
}

/**
 * The document the patch makes of `base` (left untouched). A failed `test` is a 409: the
 * document is not what the client expected; any other failure a 400 naming the operation.
 */
export function applyOperations<Document>(base: Document, operations: Operation[]): Document {
  const error = validate(operations, base);
  if (error) throw patchError(error);
  try {
    return applyPatch(deepClone(base) as Document, operations, false, true, true).newDocument;
  } catch (failure) {
    if (failure instanceof JsonPatchError) throw patchError(failure);
    throw failure;
  }
}

function patchError(error: InstanceType<typeof JsonPatchError>) {
  if (error.name === 'TEST_OPERATION_FAILED')
    return new Conflict(
      `Operation [${error.index}] (test) failed: the version you started from has another value at ${error.operation?.path}.`,
    );
  return refused(error.index, REASONS[error.name] ?? 'cannot be applied');
}
