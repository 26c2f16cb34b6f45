/** Every queue, job name and job payload of the tracker, in one place. */

export const SUMMARIES_QUEUE = 'summaries';

export enum SummaryJob {
  /** Recompute one regional summary (process × period). */
  Recompute = 'recompute',
  /** Recompute every summary, or every period of a process, or every process of a period. */
  RecomputeAll = 'recompute-all',
}

export interface RecomputePayload {
  process: string;
  period: string;
  /** What asked for it: an outbox batch, a refresh request… */
  reason: string;
}

export interface RecomputeAllPayload {
  /** catch-up: after a worker starts or Redis returns. */
  reason: 'nightly' | 'on-demand' | 'catch-up';
  process?: string;
  period?: string;
  /** Who asked, for on-demand runs. */
  requestedBy?: string;
}

/** What a recompute job returns (kept with the completed job). */
export interface SummaryStamp {
  process: string;
  period: string;
  computedAt: string;
  changed: boolean;
}
