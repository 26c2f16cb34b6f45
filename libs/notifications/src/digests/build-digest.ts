import { DigestBaseline, digestRecord, DigestSection, digestSections } from '../domain/digest';
import type { DigestMaterial } from './load-digest';

export interface BuiltDigest {
  sections: DigestSection[];
  /** Stored with the delivery, for the next digest to compare with. */
  record: DigestBaseline;
}

/** A digest's content from its material, in the recipient's language (pure). */
export function buildDigest(material: DigestMaterial): BuiltDigest {
  const sections = digestSections(
    material.summaries.map(({ process, processName, period, stored }) => ({
      process,
      processName,
      period,
      summary: stored?.view ?? null,
    })),
    material.previous,
    material.validations,
  );
  return { sections, record: digestRecord(sections, material.countedUntil, material.validations) };
}
