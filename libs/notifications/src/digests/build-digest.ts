import { DigestBaseline, digestRecord, DigestSection, digestSections } from '../domain/digest';
import type { DigestMaterial } from './load-digest';

export interface BuiltDigest {
  sections: DigestSection[];
  /** Stored with the delivery, for the next digest to compare with. */
  record: DigestBaseline;
}

/** A digest's content from its material, in the recipient's language (pure). */
export function buildDigest(material: DigestMaterial): BuiltDigest {
  const areaName = (_code: number, nameEn: string, nameEs: string) =>
    material.recipient.locale === 'es' ? nameEs : nameEn;
  const sections = digestSections(
    material.summaries.map(({ process, processName, period, stored }) => ({
      process,
      processName,
      period,
      summary: stored?.view ?? null,
    })),
    material.previous,
    material.validations,
    areaName,
  );
  return { sections, record: digestRecord(sections, material.countedUntil, material.validations) };
}
