import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { ApiError } from '../api/api-client.js';
import { toApiError } from '../api/use-api-query.js';
import { useNotify } from '../components/use-notify.js';

export interface SubmitState<A extends unknown[]> {
  /** Runs the action once at a time: busy while it runs, the error kept for `<ErrorAlert>`, a success notice after. */
  run: (...args: A) => Promise<boolean>;
  /** A form's `onSubmit` for an action without arguments: no page reload, then `run()`. */
  onSubmit: (event: FormEvent) => void;
  busy: boolean;
  error: ApiError | null;
  setError: (error: ApiError | null) => void;
}

/**
 * The busy / error / notify cycle every form repeats. `action` does the request (and may throw); when it returns,
 * `success` is shown (a string, or a function of the result) and `run` resolves true. A second call while one is
 * running is ignored, so a double click never sends twice.
 */
export function useSubmit<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  success?: string | ((result: R) => string | undefined),
): SubmitState<A> {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const running = useRef(false);
  const latest = useRef({ action, success });
  latest.current = { action, success };
  const run = useCallback(
    async (...args: A) => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        const result = await latest.current.action(...args);
        const message =
          typeof latest.current.success === 'function' ? latest.current.success(result) : latest.current.success;
        if (message) notify(message, 'success');
        return true;
      } catch (caught) {
        setError(toApiError(caught));
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [notify],
  );
  const onSubmit = useCallback(
    (event: FormEvent) => {
      event.preventDefault();
      // Only forms whose action takes no arguments use it.
      void run(...([] as unknown as A));
    },
    [run],
  );
  return { run, onSubmit, busy, error, setError };
}
