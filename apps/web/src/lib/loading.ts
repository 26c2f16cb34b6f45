import type { UseQueryResult } from '@tanstack/react-query';

/** What a page shows of the data it reads (see useQuery). */
export interface Loadable<T> {
  data: T | undefined;
  /** Why it could not be read; null when it could, or while it is read again. */
  error: unknown;
  /** Being read: the first time, or again. */
  loading: boolean;
  /** Reads again what failed (everything when nothing did). */
  reload(): void;
}

/** Queries a page shows together: their data once all have answered, the first failure. */
export function together<T extends readonly unknown[]>(results: {
  [K in keyof T]: UseQueryResult<T[K]>;
}): Loadable<T> {
  const all: readonly UseQueryResult<unknown>[] = results;
  const failed = all.filter((result) => result.isError);
  return {
    data: all.every((result) => result.data !== undefined)
      ? (all.map((result) => result.data) as unknown as T)
      : undefined,
    error: failed.find((result) => !result.isFetching)?.error ?? null,
    loading: all.some((result) => result.isFetching),
    reload: () => {
      for (const result of failed.length ? failed : all) void result.refetch();
    },
  };
}

/** One query as a page shows it. */
export function loadable<T>(result: UseQueryResult<T>): Loadable<T> {
  const { data, ...state } = together<[T]>([result]);
  return { ...state, data: data?.[0] };
}
