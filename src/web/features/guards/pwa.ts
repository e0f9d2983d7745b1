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
