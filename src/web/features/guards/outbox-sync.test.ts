import { describe, expect, it } from 'vitest';
import type { OutboxItem } from './outbox-store.js';
import { failureKind, memoryOutbox, retryDelayMs, syncOutbox, type SyncTransport } from './outbox-sync.js';

const item = (id: string, createdAt: string, extra: Partial<OutboxItem> = {}): OutboxItem => ({
  id,
  kind: 'registration',
  userId: 'u1',
  label: 'guard_round',
  body: { typeKey: 'guard_round' },
  state: 'queued',
  attempts: 0,
  createdAt,
  updatedAt: createdAt,
  ...extra,
});

function server(options: { refuse?: Set<string>; offlineAfter?: number } = {}) {
  const received: string[] = [];
  const uploads: string[] = [];
  const transport: SyncTransport = {
    prepare: () => Promise.resolve(),
    uploadPhoto: (photo) => {
      uploads.push(photo.name);
      return Promise.resolve(`file-${photo.name}`);
    },
    send: (sent) => {
      if (options.offlineAfter !== undefined && received.length >= options.offlineAfter) {
        return Promise.reject(Object.assign(new Error(''), { status: 0, code: 'NETWORK_UNREACHABLE' }));
      }
      if (options.refuse?.has(sent.id)) {
        return Promise.reject(
          Object.assign(new Error('Deze datum kan niet'), {
            status: 422,
            code: 'REGISTRATION_DATE_IMPOSSIBLE',
            details: { occurredOn: '2030-01-01' },
          }),
        );
      }
      received.push(sent.id);
      return Promise.resolve();
    },
  };
  return { transport, received, uploads };
}

describe('syncOutbox', () => {
  it('sends queued records oldest first, once, and marks them synced', async () => {
    const store = memoryOutbox();
    await store.put(item('b', '2020-01-02'));
    await store.put(item('a', '2020-01-01'));
    await store.put(item('other', '2020-01-01', { userId: 'u2' }));
    const { transport, received } = server();
    expect(await syncOutbox(store, transport, 'u1')).toEqual({ sent: 2, corrections: 0, stopped: null });
    expect(received).toEqual(['a', 'b']);
    expect(store.items.get('a')?.state).toBe('synced');
    expect(store.items.get('other')?.state).toBe('queued');
    expect(await syncOutbox(store, transport, 'u1')).toEqual({ sent: 0, corrections: 0, stopped: null });
    expect(received).toEqual(['a', 'b']);
  });

  it('keeps a refused record on the phone for correction with the server’s message, and goes on', async () => {
    const store = memoryOutbox();
    await store.put(item('bad', '2020-01-01'));
    await store.put(item('good', '2020-01-02'));
    const { transport, received } = server({ refuse: new Set(['bad']) });
    expect(await syncOutbox(store, transport, 'u1')).toEqual({ sent: 1, corrections: 1, stopped: null });
    expect(received).toEqual(['good']);
    expect(store.items.get('bad')).toMatchObject({
      state: 'needs_correction',
      error: { code: 'REGISTRATION_DATE_IMPOSSIBLE', message: 'Deze datum kan niet' },
    });
  });

  it('stops when the network drops and leaves the rest queued; an uploaded photo is not uploaded again', async () => {
    const store = memoryOutbox();
    await store.put(item('a', '2020-01-01'));
    await store.put(item('b', '2020-01-02', { photo: { name: 'p.jpg', contentBase64: 'AA==' } }));
    const first = server({ offlineAfter: 1 });
    expect(await syncOutbox(store, first.transport, 'u1')).toEqual({ sent: 1, corrections: 0, stopped: 'offline' });
    expect(store.items.get('b')).toMatchObject({ state: 'queued', photo: { fileId: 'file-p.jpg' } });
    const second = server();
    expect(await syncOutbox(store, second.transport, 'u1')).toEqual({ sent: 1, corrections: 0, stopped: null });
    expect(second.uploads).toEqual([]);
  });

  it('tells retryable failures from ones to correct', () => {
    expect(failureKind({ status: 0, code: 'NETWORK_UNREACHABLE', message: '' })).toBe('retry-offline');
    expect(failureKind({ status: 401, code: 'AUTH_REQUIRED', message: '' })).toBe('retry-login');
    expect(failureKind({ status: 503, code: 'HTTP_503', message: '' })).toBe('retry-server');
    expect(failureKind({ status: 422, code: 'PLACE_OUTSIDE_MUNICIPALITY', message: '' })).toBe('correct');
    expect(failureKind({ status: 403, code: 'GAS_VASTSTELLER_REQUIRED', message: '' })).toBe('correct');
  });

  it('tries again after a stop on the network or the server, later each time, at most a minute; never on the login', () => {
    expect([0, 1, 2, 3].map((attempt) => retryDelayMs('offline', attempt))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(retryDelayMs('server', 0)).toBe(2_000);
    expect(retryDelayMs('offline', 10)).toBe(60_000);
    expect(retryDelayMs('login', 0)).toBeNull();
    expect(retryDelayMs(null, 0)).toBeNull();
  });
});
