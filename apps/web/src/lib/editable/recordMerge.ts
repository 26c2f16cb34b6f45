// A record as the API patches it (the PUT body as saved), and the three-way merge of what this
// window typed with what was saved since, both from libs/domain so the API merges the same way.
import { withChosenParts, type PartConflict, type PartsMerge, type RecordParts } from '@app/domain';
import { compare } from 'fast-json-patch';
import type { JsonPatchOperationDoc } from '../../api/generated/api';

/** How one kind of record is a document (the body of its PUT) and is cut into parts. */
export interface RecordDocument<R, F, D = unknown> {
  /** A saved version's document, exactly as the API holds it (a patch applies to it). */
  ofRecord(record: R): D;
  /** The document the form would save. */
  ofForm(form: F): D;
  parts(document: D): RecordParts;
  fromParts(parts: RecordParts): D;
  /** The three-way merge of its parts, the same as the API's for this kind. */
  merge(base: RecordParts, mine: RecordParts, theirs: RecordParts): PartsMerge;
  /** The saved record with another content, to show a merge in the form. */
  withDocument(record: R, document: D): R;
}

/** A JSON Patch (RFC 6902): what a save sends. */
export type JsonPatch = JsonPatchOperationDoc[];

/** The operations that turn the base version's document into the form's. */
export const patchFrom = <R, F, D>(kind: RecordDocument<R, F, D>, base: R, form: F): JsonPatch =>
  // compare() makes only add, remove and replace operations, with JSON values.
  compare(kind.ofRecord(base) as object, kind.ofForm(form) as object) as JsonPatch;

/** The form's changes merged with the saved record against their common base (none: {}). */
export interface RecordMerge<R> {
  theirs: R;
  merged: RecordParts;
  conflicts: PartConflict[];
}

export function mergeWithSaved<R, F, D>(
  kind: RecordDocument<R, F, D>,
  base: D | null,
  mine: F,
  theirs: R,
): RecordMerge<R> {
  const { merged, conflicts } = kind.merge(
    base === null ? {} : kind.parts(base),
    kind.parts(kind.ofForm(mine)),
    kind.parts(kind.ofRecord(theirs)),
  );
  return { theirs, merged, conflicts };
}

/** Per conflicting part: my value, the saved one, or mine to edit further in the form. */
export type PartChoice = 'mine' | 'theirs' | 'edit';

/** The saved record with the merge and the choices in it, to load into the form. */
export function resolvedRecord<R, F, D>(
  kind: RecordDocument<R, F, D>,
  merge: RecordMerge<R>,
  choices: Record<string, PartChoice>,
): R {
  const chosen: RecordParts = {};
  for (const conflict of merge.conflicts)
    chosen[conflict.part] = choices[conflict.part] === 'theirs' ? conflict.theirs : conflict.mine;
  return kind.withDocument(merge.theirs, kind.fromParts(withChosenParts(merge.merged, chosen)));
}
