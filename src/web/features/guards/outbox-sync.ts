import type { OutboxError, OutboxItem, OutboxPhoto, OutboxStore } from './outbox-store.js';

/**
 * How a sync reaches the server; an error carries the HTTP status (0 = no network) and the server's code and message.
 */
export interface SyncTransport {
  /** Refreshes the session's CSRF token; throws 401 when the session is gone. */
  prepare(): Promise<void>;
  uploadPhoto(photo: OutboxPhoto): Promise<string>;
  send(item: OutboxItem, photoId: string | undefined): Promise<void>;
}

export interface SyncFailure {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

export interface SyncResult {
  sent: number;
  corrections: number;
  /** Why the sync stopped early with records still queued: no network, the session expired, the server failed. */
  stopped: 'offline' | 'login' | 'server' | null;
}

const asFailure = (error: unknown): SyncFailure => {
  if (typeof error === 'object' && error !== null && 'status' in error && 'code' in error) {
    const e = error as { status: number; code: string; message?: string; details?: unknown };
    return { status: e.status, code: e.code, message: e.message ?? '', details: e.details };
  }
  return { status: 0, code: 'NETWORK_UNREACHABLE', message: '' };
};

/** No network, an expired session, a busy or failing server: try again later. Anything else the guard must correct. */
export function failureKind(failure: SyncFailure): 'retry-offline' | 'retry-login' | 'retry-server' | 'correct' {
  if (failure.status === 0) return 'retry-offline';
  if (failure.status === 401) return 'retry-login';
  if (failure.status >= 500 || failure.status === 429 || failure.code === 'CSRF_INVALID') return 'retry-server';
  return 'correct';
}

/**
 * How long to wait before trying again after a sync stopped on the network or the server while the phone says it is
 * online (the `online` event often comes before the first request can get through): 2 s, 4 s, 8 s … at most a
 * minute. A sync stopped on the login, or not stopped, is not retried by itself.
 */
export function retryDelayMs(stopped: SyncResult['stopped'], attempt: number): number | null {
  if (stopped !== 'offline' && stopped !== 'server') return null;
  return Math.min(60_000, 2_000 * 2 ** Math.max(0, attempt));
}

function correction(failure: SyncFailure): OutboxError {
  const details = failure.details as { issues?: { path?: unknown; message?: unknown }[] } | undefined;
  const issues = Array.isArray(details?.issues)
    ? details.issues.map((i) => ({
        path: typeof i.path === 'string' ? i.path : Array.isArray(i.path) ? i.path.join('.') : '',
        message: typeof i.message === 'string' ? i.message : '',
      }))
    : undefined;
  return { code: failure.code, message: failure.message, issues };
}

/**
 * Sends the guard's queued records in the order they were made, each exactly once: the server creates by the
 * phone-made id, so a record sent twice (a lost answer, a second tab, a replay) is answered with the stored one.
 * A record the server refuses stays on the phone marked for correction; nothing is ever dropped here.
 */
export async function syncOutbox(
  store: OutboxStore,
  transport: SyncTransport,
  userId: string,
  now: () => string = () => new Date().toISOString(),
): Promise<SyncResult> {
  const pending = (await store.all(userId))
    .filter((item) => item.state === 'queued' || item.state === 'syncing')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const result: SyncResult = { sent: 0, corrections: 0, stopped: null };
  if (pending.length === 0) return result;
  try {
    await transport.prepare();
  } catch (error) {
    const kind = failureKind(asFailure(error));
    result.stopped = kind === 'retry-login' ? 'login' : kind === 'retry-offline' ? 'offline' : 'server';
    return result;
  }
  for (const queued of pending) {
    let item: OutboxItem = { ...queued, state: 'syncing', attempts: queued.attempts + 1, updatedAt: now() };
    await store.put(item);
    try {
      let photoId = item.photo?.fileId;
      if (item.photo && !photoId) {
        photoId = await transport.uploadPhoto(item.photo);
        item = { ...item, photo: { ...item.photo, fileId: photoId } };
        await store.put(item);
      }
      await transport.send(item, photoId);
      await store.put({ ...item, state: 'synced', error: null, syncedAt: now(), updatedAt: now() });
      result.sent += 1;
    } catch (error) {
      const failure = asFailure(error);
      const kind = failureKind(failure);
      if (kind === 'correct') {
        await store.put({ ...item, state: 'needs_correction', error: correction(failure), updatedAt: now() });
        result.corrections += 1;
        continue;
      }
      await store.put({ ...item, state: 'queued', updatedAt: now() });
      result.stopped = kind === 'retry-login' ? 'login' : kind === 'retry-offline' ? 'offline' : 'server';
      return result;
    }
  }
  return result;
}

/** A Map-backed store (tests, and a browser without IndexedDB). */
export function memoryOutbox(): OutboxStore & { items: Map<string, OutboxItem> } {
  const items = new Map<string, OutboxItem>();
  return {
    items,
    all: (userId) => Promise.resolve([...items.values()].filter((i) => i.userId === userId).map((i) => ({ ...i }))),
    get: (id) => Promise.resolve(items.get(id)),
    put: (item) => {
      items.set(item.id, { ...item });
      return Promise.resolve();
    },
    remove: (id) => {
      items.delete(id);
      return Promise.resolve();
    },
  };
}
