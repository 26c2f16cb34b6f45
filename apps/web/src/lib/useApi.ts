import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export interface Loadable<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
  setData(data: T): void;
}

/** Loads data for a page: loading and error states, reload, and aborts when left or changed. */
export function useApi<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): Loadable<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const lastGeneration = useRef(generation);

  useEffect(() => {
    const controller = new AbortController();
    // Other parameters: what was shown is not theirs. A reload keeps it on screen meanwhile.
    if (lastGeneration.current === generation) setData(undefined);
    lastGeneration.current = generation;
    setLoading(true);
    setError(null);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // The caller's dependencies decide when to load again.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload, setData };
}
