// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-client.js';
import { type FieldRefusals, useSubmit } from './use-submit.js';

const notify = vi.fn();
vi.mock('../components/use-notify.js', () => ({ useNotify: () => notify }));

/** A promise the test settles by hand, so the state in between can be seen. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

beforeEach(() => notify.mockReset());
afterEach(cleanup);

describe('useSubmit', () => {
  it('is busy while the action runs, then shows the success notice of its result', async () => {
    const pending = deferred<number>();
    const action = vi.fn((_id: string) => pending.promise);
    const { result } = renderHook(() => useSubmit(action, (count) => `saved ${count}`));
    expect(result.current.busy).toBe(false);

    let outcome: Promise<boolean> | undefined;
    act(() => {
      outcome = result.current.run('a');
    });
    expect(result.current.busy).toBe(true);
    expect(action).toHaveBeenCalledWith('a');
    expect(notify).not.toHaveBeenCalled();

    await act(async () => {
      pending.resolve(3);
      await outcome;
    });
    expect(await outcome).toBe(true);
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBeNull();
    expect(notify).toHaveBeenCalledWith('saved 3', 'success');
  });

  it('keeps the error for the ErrorAlert, shows no notice, and clears the error on the next run', async () => {
    const refused = new ApiError(422, 'VALIDATION_FAILED', 'Ongeldige invoer.');
    const action = vi.fn<() => Promise<void>>().mockRejectedValueOnce(refused).mockResolvedValueOnce(undefined);
    const { result } = renderHook(() => useSubmit(action, 'saved'));

    let ok: boolean | undefined;
    await act(async () => {
      ok = await result.current.run();
    });
    expect(ok).toBe(false);
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBe(refused);
    expect(notify).not.toHaveBeenCalled();

    await act(async () => {
      ok = await result.current.run();
    });
    expect(ok).toBe(true);
    expect(result.current.error).toBeNull();
    expect(notify).toHaveBeenCalledExactlyOnceWith('saved', 'success');
  });

  it('turns a thrown non-API error into a client error', async () => {
    const { result } = renderHook(() => useSubmit(() => Promise.reject(new TypeError('Failed to fetch')), 'saved'));
    await act(async () => {
      await result.current.run();
    });
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect(result.current.error?.code).toBe('CLIENT_ERROR');
  });

  it('ignores a second call while the first runs, so a double click sends once', async () => {
    const pending = deferred<void>();
    const action = vi.fn(() => pending.promise);
    const { result } = renderHook(() => useSubmit(action, 'saved'));

    let first: Promise<boolean> | undefined;
    let second: boolean | undefined;
    await act(async () => {
      first = result.current.run();
      second = await result.current.run();
    });
    expect(second).toBe(false);
    expect(action).toHaveBeenCalledTimes(1);
    expect(result.current.busy).toBe(true);

    await act(async () => {
      pending.resolve();
      await first;
    });
    expect(await first).toBe(true);
    expect(notify).toHaveBeenCalledTimes(1);
    // Once the first has finished, the next call runs again.
    await act(async () => {
      await result.current.run();
    });
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('shows no notice when the success function returns nothing', async () => {
    const { result } = renderHook(() =>
      useSubmit(
        () => Promise.resolve(0),
        () => undefined,
      ),
    );
    await act(async () => {
      await result.current.run();
    });
    expect(notify).not.toHaveBeenCalled();
  });

  it('puts a refusal the fields recognise under its field instead of the alert, and clears it on the next run', async () => {
    const taken = new ApiError(409, 'USER_EMAIL_TAKEN', 'Dit adres is al in gebruik.');
    const invalid = new ApiError(400, 'VALIDATION_FAILED', 'Ongeldige invoer.');
    const other = new ApiError(403, 'FORBIDDEN', 'Geen toegang.');
    const action = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(taken)
      .mockRejectedValueOnce(invalid)
      .mockRejectedValueOnce(other);
    const fields: FieldRefusals<'email' | 'role'> = {
      codes: { USER_EMAIL_TAKEN: 'email' },
      fromError: (error) => (error.code === 'VALIDATION_FAILED' ? { role: 'Kies een rol.' } : undefined),
    };
    const { result } = renderHook(() => useSubmit(action, 'saved', fields));

    await act(async () => {
      await result.current.run();
    });
    expect(result.current.fieldErrors).toEqual({ email: 'Dit adres is al in gebruik.' });
    expect(result.current.error).toBeNull();

    await act(async () => {
      await result.current.run();
    });
    expect(result.current.fieldErrors).toEqual({ role: 'Kies een rol.' });
    expect(result.current.error).toBeNull();

    await act(async () => {
      await result.current.run();
    });
    expect(result.current.fieldErrors).toEqual({});
    expect(result.current.error).toBe(other);
    expect(notify).not.toHaveBeenCalled();
  });
});
