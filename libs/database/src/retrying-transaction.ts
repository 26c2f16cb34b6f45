import { TemporarilyUnavailable } from '@app/problems';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

/** deadlock_detected and serialization_failure: the transaction lost a race; running it again is safe. */
const RETRYABLE = new Set(['40P01', '40001']);
const TRIES = 4;

export const isLostRace = (error: unknown): boolean =>
  error instanceof QueryFailedError &&
  RETRYABLE.has((error as { driverError?: { code?: string } }).driverError?.code ?? '');

/**
 * Runs `work` in a transaction, again (up to four times in all, after a short random pause) when
 * PostgreSQL aborted it to break a deadlock or a serialization conflict. Still losing after
 * that is contention, not a fault: a 503 with Retry-After, never a 500.
 */
export async function retryingTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (!isLostRace(error)) throw error;
      if (attempt === TRIES) throw new TemporarilyUnavailable(1);
      // Apart in time, the two racers rarely meet again.
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
    }
  }
}
