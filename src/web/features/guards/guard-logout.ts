import type { OutboxItem, OutboxStore } from './outbox-store.js';

/** The records a logout would lose: everything of this guard the server does not have yet. */
export function unsyncedItems(items: readonly OutboxItem[]): OutboxItem[] {
  return items.filter((item) => item.state !== 'synced');
}

export type ForgetResult = { cleared: true; removed: number } | { cleared: false; unsynced: number };

/**
 * Guards share phones: a logout forgets this guard's records and the offline profile on the phone — but only once
 * the server has every record, unless `discardUnsynced` (the guard was warned and chose to lose them). Other guards'
 * records on the same phone stay (they sync at their next login).
 */
export async function forgetGuardOnPhone(
  store: OutboxStore,
  cache: { clear(): Promise<void> },
  userId: string,
  options: { discardUnsynced?: boolean } = {},
): Promise<ForgetResult> {
  const items = await store.all(userId);
  const unsynced = unsyncedItems(items);
  if (unsynced.length > 0 && !options.discardUnsynced) return { cleared: false, unsynced: unsynced.length };
  for (const item of items) await store.remove(item.id);
  await cache.clear();
  return { cleared: true, removed: items.length };
}
