import { TemporarilyUnavailable } from '@app/problems';
import type { Queue } from 'bull';

const QUEUE_TIMEOUT_MS = 3000;

/**
 * A queue command that gives up after a few seconds with a 503 instead of waiting for a Redis
 * that is away (Bull queues commands until it returns).
 */
export async function withQueueTimeout<T>(work: Promise<T>): Promise<T> {
  // If the timeout wins, the abandoned command may still fail later: never leave that unhandled.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new TemporarilyUnavailable(
            5,
            'The job queue (Redis) is not answering. Try again shortly.',
          ),
        ),
      QUEUE_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface JobDescription {
  id: string;
  queue: string;
  name: string;
  state: string;
  progress: number;
  attemptsMade: number;
  failedReason: string | null;
  createdAt: string;
  finishedAt: string | null;
  result: unknown;
}

/** A job's state, progress, result or failure; null when the queue has no such job. */
export async function describeJob(queue: Queue, id: string): Promise<JobDescription | null> {
  const found = await withQueueTimeout(queue.getJob(id));
  if (!found) return null;
  const state = await found.getState();
  // Read again once the state is known: a job that finished in between has its result now.
  const job = (await withQueueTimeout(queue.getJob(id))) ?? found;
  const progress = job.progress();
  return {
    id: String(job.id),
    queue: queue.name,
    name: job.name,
    state,
    progress: typeof progress === 'number' ? progress : 0,
    attemptsMade: job.attemptsMade,
    failedReason: job.failedReason ?? null,
    createdAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    result: job.returnvalue ?? null,
  };
}
