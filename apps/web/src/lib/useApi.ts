import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export interface Loadable<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again (a retry): the data stays on screen meanwhile, the error goes. */
  reload(): void;
  /** Loads again in the background: the data and the error stay on screen until it answers. */
  refresh(): void;
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
  const keepError = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    const again = lastGeneration.current !== generation;
    // Other parameters: what was shown is not theirs. A reload keeps it on screen meanwhile,
    // and a background refresh keeps the error too (an alert shown again is announced again).
    if (!again) setData(undefined);
    if (!again || !keepError.current) setError(null);
    lastGeneration.current = generation;
    keepError.current = false;
    setLoading(true);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setError(null);
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
  const refresh = useCallback(() => {
    keepError.current = true;
    setGeneration((g) => g + 1);
  }, []);
  return { data, error, loading, reload, refresh };
}
