// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useOfflineReady } from './pwa.js';

/** Gives jsdom a service worker container whose `ready` the test settles, in a secure context or not. */
function fakeServiceWorker(secure: boolean): () => void {
  let activate!: () => void;
  const ready = new Promise<void>((resolve) => (activate = resolve));
  Object.defineProperty(navigator, 'serviceWorker', { value: { ready }, configurable: true });
  Object.defineProperty(window, 'isSecureContext', { value: secure, configurable: true });
  return activate;
}

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('useOfflineReady', () => {
  it('is false until the service worker is active, then true', async () => {
    const activate = fakeServiceWorker(true);
    const { result } = renderHook(() => useOfflineReady());
    expect(result.current).toBe(false);
    await act(async () => {
      activate();
      await Promise.resolve();
    });
    expect(result.current).toBe(true);
  });

  it('says nothing (null) where no service worker can run: a page not served over HTTPS', () => {
    fakeServiceWorker(false);
    const { result } = renderHook(() => useOfflineReady());
    expect(result.current).toBeNull();
  });
});
