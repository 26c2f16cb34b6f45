export const IMPLEMENTATION_STATUSES = [
  'not_started',
  'planned',
  'in_progress',
  'partially_implemented',
  'implemented',
  'not_applicable',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/** The design's scale: 0–4 (shown as 0–100); not_applicable has no score and is left out of means. */
export const STATUS_SCORES: Readonly<
  Record<Exclude<ImplementationStatus, 'not_applicable'>, number>
> = {
  not_started: 0,
  planned: 1,
  in_progress: 2,
  partially_implemented: 3,
  implemented: 4,
};

export function statusScore(status: ImplementationStatus): number | null {
  return status === 'not_applicable' ? null : STATUS_SCORES[status];
}

export const CHECKLIST_ANSWERS = ['yes', 'partial', 'no', 'unknown'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export const EVIDENCE_KINDS = [
  'legislation',
  'regulation',
  'policy',
  'protocol',
  'agreement',
  'case_law',
  'statistics',
  'report',
  'training',
  'campaign',
  'other',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
