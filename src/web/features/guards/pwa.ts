import { useEffect, useState } from 'react';

/**
 * Makes the guard app installable and available offline: links the web app manifest and registers the service
 * worker (served by the server with the precache list of the built app). Called by the guard page only.
 */
export function installGuardPwa(): void {
  if (typeof document !== 'undefined' && !document.querySelector('link[rel="manifest"]')) {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = '/guard.webmanifest';
    document.head.appendChild(link);
  }
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator && window.isSecureContext) {
    navigator.serviceWorker.register('/guard-sw.js', { scope: '/' }).catch(() => undefined);
  }
}

/**
 * Whether this phone can open the guard app without a network: true once the service worker is active (it holds
 * the app after its install, `navigator.serviceWorker.ready`), false until then, null where there is no service
 * worker (a browser without one, or a page not served over HTTPS), so the app says nothing it cannot keep.
 */
export function useOfflineReady(): boolean | null {
  const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator && window.isSecureContext;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!supported) return;
    let current = true;
    void navigator.serviceWorker.ready.then(() => {
      if (current) setReady(true);
    });
    return () => {
      current = false;
    };
  }, [supported]);
  return supported ? ready : null;
}
