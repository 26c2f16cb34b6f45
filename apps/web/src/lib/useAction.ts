import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';

interface Action {
  run(): Promise<unknown>;
  /** What to say once it is done. */
  done: string;
}

/**
 * A user's action on a page (close a period, subscribe…) as a mutation: busy while it runs, its
 * message once done, its error if it failed, and what it changed (`stale`) read again. `act` says
 * whether it succeeded.
 */
export function useAction(stale: QueryKey[]) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const mutation = useMutation({
    mutationFn: (action: Action) => action.run(),
    onSuccess: (_, action) => {
      setMessage(action.done);
      for (const queryKey of stale) void queryClient.invalidateQueries({ queryKey });
    },
    onError: () => setMessage(''),
  });
  const act = (run: () => Promise<unknown>, done: string): Promise<boolean> =>
    mutation.mutateAsync({ run, done }).then(
      () => true,
      () => false,
    );
  return { busy: mutation.isPending, message, error: mutation.error, act };
}
