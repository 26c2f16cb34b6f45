import { useCallback, useRef, useState } from 'react';

/**
 * A user's action on a page (close a period, subscribe…): busy while it runs, its message once
 * done, its error if it failed. `act` says whether it succeeded; `onSuccess` runs when it did.
 */
export function useAction(onSuccess?: () => void) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const onSuccessRef = useRef(onSuccess);
  onSuccessRef.current = onSuccess;

  const act = useCallback(async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setMessage(done);
      onSuccessRef.current?.();
      return true;
    } catch (failure) {
      setMessage('');
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, message, error, act };
}
