import { AccessScope, mayAccessCountry } from './access-policy';
import type { IndicatorValueInput } from './disaggregation';
import type { EvidenceEntry, ReportContent } from './report-content';

/**
 * Who may read a field: anyone (`public`), the coordinators and analysts of the country's
 * processes as well (`regional`), or only the country's focal points and admins (`national`).
 */
export const SENSITIVITIES = ['public', 'regional', 'national'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/**
 * The design's levels where the focal point has not chosen one: a report's narrative and
 * checklist notes are regional, indicator values public; evidence is regional until the focal
 * point makes an item public (nothing leaves the region unless someone chose so).
 */
export const DEFAULT_SENSITIVITY = {
  report: 'regional',
  evidence: 'regional',
  indicator: 'public',
} as const satisfies Record<string, Sensitivity>;

/** Who reads: the most sensitive level they may see. */
export type Audience = Sensitivity;

const RANK: Record<Sensitivity, number> = { public: 0, regional: 1, national: 2 };

/** Whether an audience may see a field of this sensitivity. */
export const mayRead = (audience: Audience, sensitivity: Sensitivity): boolean =>
  RANK[sensitivity] <= RANK[audience];

/** The levels an audience sees, for queries that filter on them. */
export const sensitivitiesShownTo = (audience: Audience): Sensitivity[] =>
  SENSITIVITIES.filter((sensitivity) => mayRead(audience, sensitivity));

/**
 * The audience of documents every signed-in user reads and a publication makes public as they
 * are: regional summaries, their exports, digest emails. Their least entitled reader is anyone.
 */
export const SHARED_AUDIENCE: Audience = 'public';

/**
 * What a signed-in user is to a country's records; null when they may not read them at all.
 * Analysts hold no process scope: every analyst is an analyst of every process.
 */
export function audienceOf(actor: AccessScope, country: string): Audience | null {
  if (!mayAccessCountry(actor, 'read', country)) return null;
  switch (actor.role) {
    case 'admin':
    case 'focal_point':
      return 'national';
    case 'coordinator':
    case 'analyst':
      return 'regional';
  }
}

/** A record as an audience sees it, and the paths of what it may not (so the page can say so). */
export type Shown<T> = T & { withheld: string[] };

type EvidenceLike = Omit<EvidenceEntry, 'sensitivity'> & { sensitivity?: Sensitivity };
/** Stored content, or kept from before sensitivity existed (no levels yet). */
type ReportLike = Omit<ReportContent, 'sensitivity' | 'evidence'> & {
  sensitivity?: Sensitivity;
  evidence: EvidenceLike[];
};

/**
 * A report's content as an audience sees it: the narrative and checklist notes at the report's
 * level, each evidence item at its own. A withheld narrative is empty, a withheld note null, a
 * withheld evidence item left out; `withheld` names each (`narrative`, `checklist.d5.note`,
 * `evidence[2]`, by the item's position in the full list). Content kept before sensitivity
 * existed has the design's defaults.
 */
export function reportShownTo<T extends ReportLike>(content: T, audience: Audience): Shown<T> {
  const withheld: string[] = [];
  const textShown = mayRead(audience, content.sensitivity ?? DEFAULT_SENSITIVITY.report);
  if (!textShown && content.narrative !== '') withheld.push('narrative');
  const checklist = content.checklist.map((entry) => {
    if (textShown || entry.note === null) return entry;
    withheld.push(`checklist.${entry.item}.note`);
    return { ...entry, note: null };
  });
  const evidence = content.evidence.filter((entry, index) => {
    const shown = mayRead(audience, entry.sensitivity ?? DEFAULT_SENSITIVITY.evidence);
    if (!shown) withheld.push(`evidence[${index}]`);
    return shown;
  });
  return {
    ...content,
    narrative: textShown ? content.narrative : '',
    checklist,
    evidence,
    withheld,
  };
}

/** A country's indicator values as an audience sees them: those above its level left out. */
export function indicatorValuesShownTo(
  values: readonly IndicatorValueInput[],
  audience: Audience,
): Shown<{ values: IndicatorValueInput[] }> {
  const shown = (value: IndicatorValueInput) =>
    mayRead(audience, value.sensitivity ?? DEFAULT_SENSITIVITY.indicator);
  return {
    values: values.filter(shown),
    withheld: values.filter((value) => !shown(value)).map((value) => `values.${value.indicator}`),
  };
}
