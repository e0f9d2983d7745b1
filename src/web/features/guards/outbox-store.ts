import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * What the phone keeps until the server has it: one record per client-made id (registration, shift, incident, or a
 * vaststeller's GAS finding, sent by its phone-made reference).
 */
export type OutboxKind = 'registration' | 'shift' | 'incident' | 'gas_finding';
export type OutboxState = 'queued' | 'syncing' | 'synced' | 'needs_correction';

export interface OutboxPhoto {
  name: string;
  contentBase64: string;
  /** Set once uploaded, so a retried sync does not upload it twice. */
  fileId?: string | undefined;
}

export interface OutboxError {
  code: string;
  message: string;
  issues?: { path: string; message: string }[] | undefined;
}

export interface OutboxItem {
  id: string;
  kind: OutboxKind;
  /** The signed-in guard who recorded it: a phone shared by two guards syncs each one's own records. */
  userId: string;
  /**
   * The register's key (registration), `shift`, `incident` or the GAS finding's reference: for the list on the phone.
   */
  label: string;
  body: Record<string, unknown>;
  photo?: OutboxPhoto | null | undefined;
  /** The register's attachments field the photo goes into. */
  photoField?: string | undefined;
  state: OutboxState;
  error?: OutboxError | null | undefined;
  attempts: number;
  createdAt: string;
  updatedAt: string;
  syncedAt?: string | null | undefined;
}

/** Where the outbox lives: IndexedDB on the phone, a Map in tests. */
export interface OutboxStore {
  all(userId: string): Promise<OutboxItem[]>;
  get(id: string): Promise<OutboxItem | undefined>;
  put(item: OutboxItem): Promise<void>;
  remove(id: string): Promise<void>;
}

interface GuardDb extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { user: string } };
  cache: { key: string; value: { key: string; value: unknown; savedAt: string } };
}

let opened: Promise<IDBPDatabase<GuardDb>> | undefined;

function database(): Promise<IDBPDatabase<GuardDb>> {
  opened ??= openDB<GuardDb>('svpp-guard', 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('user', 'userId');
      db.createObjectStore('cache', { keyPath: 'key' });
    },
  });
  return opened;
}

export const indexedDbOutbox: OutboxStore = {
  all: async (userId) =>
    (await (await database()).getAllFromIndex('outbox', 'user', userId)).sort((a, b) =>
      b.createdAt.localeCompare(a.createdAt),
    ),
  get: async (id) => (await database()).get('outbox', id),
  put: async (item) => {
    await (await database()).put('outbox', item);
  },
  remove: async (id) => {
    await (await database()).delete('outbox', id);
  },
};

/** What the app needs offline (profile, registers, wijken, briefing, meldingen), saved at each online visit. */
export const offlineCache = {
  async get<T>(key: string): Promise<{ value: T; savedAt: string } | undefined> {
    const row = await (await database()).get('cache', key);
    return row ? { value: row.value as T, savedAt: row.savedAt } : undefined;
  },
  async set(key: string, value: unknown): Promise<void> {
    await (await database()).put('cache', { key, value, savedAt: new Date().toISOString() });
  },
  /** Forgets everything kept for offline use (the profile, the briefing, meldingen): a logout on a shared phone. */
  async clear(): Promise<void> {
    await (await database()).clear('cache');
  },
};
