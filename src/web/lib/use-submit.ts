import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { ApiError } from '../api/api-client.js';
import { toApiError } from '../api/use-api-query.js';
import { useNotify } from '../components/use-notify.js';

/** Refusals that belong to form fields: their message goes under the field instead of into the `<ErrorAlert>`. */
export interface FieldRefusals<F extends string> {
  /** Error codes that always point at one field ("USER_EMAIL_TAKEN" → email). */
  codes?: Partial<Record<string, F>>;
  /** Any other refusal that names fields (a validation answer): the messages per field, or undefined when none. */
  fromError?: (error: ApiError) => Partial<Record<F, string>> | undefined;
}

export interface SubmitState<A extends unknown[], F extends string = never> {
  /** Runs the action once at a time: busy while it runs, the error kept for `<ErrorAlert>`, a success notice after. */
  run: (...args: A) => Promise<boolean>;
  /** A form's `onSubmit` for an action without arguments: no page reload, then `run()`. */
  onSubmit: (event: FormEvent) => void;
  busy: boolean;
  error: ApiError | null;
  setError: (error: ApiError | null) => void;
  /** The field messages of the last refusal that `fields` recognised; the form also sets its own checks here. */
  fieldErrors: Partial<Record<F, string>>;
  setFieldErrors: (errors: Partial<Record<F, string>>) => void;
}

function refusedFields<F extends string>(
  error: ApiError,
  fields: FieldRefusals<F> | undefined,
): Partial<Record<F, string>> | undefined {
  const field = fields?.codes?.[error.code];
  if (field) return { [field]: error.message } as Partial<Record<F, string>>;
  return fields?.fromError?.(error);
}

/**
 * The busy / error / notify cycle every form repeats. `action` does the request (and may throw); when it returns,
 * `success` is shown (a string, or a function of the result) and `run` resolves true. A second call while one is
 * running is ignored, so a double click never sends twice. A refusal `fields` recognises lands in `fieldErrors`
 * instead of `error`.
 */
export function useSubmit<A extends unknown[], R, F extends string = never>(
  action: (...args: A) => Promise<R>,
  success?: string | ((result: R) => string | undefined),
  fields?: FieldRefusals<F>,
): SubmitState<A, F> {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<F, string>>>({});
  const running = useRef(false);
  const latest = useRef({ action, success, fields });
  latest.current = { action, success, fields };
  const run = useCallback(
    async (...args: A) => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setError(null);
      // Keeps an empty object as it is, so effects on the field errors do not run for nothing.
      setFieldErrors((current) => (Object.keys(current).length > 0 ? {} : current));
      try {
        const result = await latest.current.action(...args);
        const message =
          typeof latest.current.success === 'function' ? latest.current.success(result) : latest.current.success;
        if (message) notify(message, 'success');
        return true;
      } catch (caught) {
        const refused = toApiError(caught);
        const onFields = refusedFields(refused, latest.current.fields);
        if (onFields) setFieldErrors(onFields);
        else setError(refused);
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
  return { run, onSubmit, busy, error, setError, fieldErrors, setFieldErrors };
}
