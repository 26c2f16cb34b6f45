import type { PartConflict } from '@app/domain';
import { Conflict, StaleVersion } from '@app/problems';

/** Who saved the version a patch collided with, and when. */
export interface SavedBy {
  version: number;
  updatedBy: string;
  updatedAt: string;
}

/**
 * 409: parts this patch changes were changed differently since its base version. Names each
 * part with its base, mine and theirs; the client chooses per part and patches again.
 */
export class PatchConflict extends Conflict {
  constructor(
    readonly conflicts: PartConflict[],
    saved: SavedBy,
  ) {
    super(
      `Since the version you started from, ${saved.updatedBy} saved changes to ${conflicts
        .map((conflict) => conflict.part)
        .join(', ')} (now version ${saved.version}). Choose a value for each and save again.`,
      {
        conflicts,
        currentVersion: saved.version,
        updatedBy: saved.updatedBy,
        updatedAt: saved.updatedAt,
      },
    );
  }
}

/** 412: the base version is unknown here (newer than the record, or older than what is kept). */
export const unknownBase = (base: number, current: number) =>
  new StaleVersion(
    current,
    base > current
      ? `Version ${base} does not exist (the record is at version ${current}). Reload it and make your change again.`
      : `Version ${base} is too old to merge with (the record is now at version ${current}). Reload it and make your change again.`,
  );
