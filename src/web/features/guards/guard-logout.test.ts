import { describe, expect, it, vi } from 'vitest';
import { forgetGuardOnPhone } from './guard-logout.js';
import type { OutboxItem, OutboxState } from './outbox-store.js';
import { memoryOutbox } from './outbox-sync.js';

const item = (id: string, userId: string, state: OutboxState): OutboxItem => ({
  id,
  kind: 'registration',
  userId,
  label: 'guard_round',
  body: {},
  state,
  attempts: 0,
  createdAt: '2020-06-15T10:00:00Z',
  updatedAt: '2020-06-15T10:00:00Z',
});

describe('forgetGuardOnPhone: a logout on a shared phone', () => {
  it('keeps everything and says how many records would be lost while some are not synced', async () => {
    const store = memoryOutbox();
    await store.put(item('a', 'u1', 'synced'));
    await store.put(item('b', 'u1', 'queued'));
    await store.put(item('c', 'u1', 'needs_correction'));
    const cache = { clear: vi.fn(() => Promise.resolve()) };
    expect(await forgetGuardOnPhone(store, cache, 'u1')).toEqual({ cleared: false, unsynced: 2 });
    expect(store.items.size).toBe(3);
    expect(cache.clear).not.toHaveBeenCalled();
  });

  it('clears this guard’s records and the offline data once all are synced, and leaves other guards’ records', async () => {
    const store = memoryOutbox();
    await store.put(item('a', 'u1', 'synced'));
    await store.put(item('z', 'u2', 'queued'));
    const cache = { clear: vi.fn(() => Promise.resolve()) };
    expect(await forgetGuardOnPhone(store, cache, 'u1')).toEqual({ cleared: true, removed: 1 });
    expect([...store.items.keys()]).toEqual(['z']);
    expect(cache.clear).toHaveBeenCalledTimes(1);
  });

  it('discards unsynced records only when the guard chose so after the warning', async () => {
    const store = memoryOutbox();
    await store.put(item('b', 'u1', 'queued'));
    const cache = { clear: vi.fn(() => Promise.resolve()) };
    expect(await forgetGuardOnPhone(store, cache, 'u1', { discardUnsynced: true })).toEqual({
      cleared: true,
      removed: 1,
    });
    expect(store.items.size).toBe(0);
  });
});
