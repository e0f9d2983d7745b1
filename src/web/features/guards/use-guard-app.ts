import { useCallback, useEffect, useRef, useState } from 'react';
import type { GuardMe, IncidentInput, Melding, ShiftInput } from '../../../shared/api/guards.schema.js';
import type { RegisterType, RegistrationInput } from '../../../shared/api/registrations.schema.js';
import { guardRegisterKeys } from '../../../shared/guards/guard-register-types.js';
import { ApiError, apiClient } from '../../api/api-client.js';
import { authApi } from '../auth/auth.api.js';
import { filesApi } from '../../lib/files.api.js';
import { registrationsApi, type WijkList } from '../registrations/registrations.api.js';
import type { Subject } from '../../../shared/subjects/subject.js';
import { subjectsApi } from '../subjects/subjects.api.js';
import type { GuardFindingInput } from '../../../shared/api/enforcement.schema.js';
import { intakeApi } from '../enforcement/intake.api.js';
import { guardsApi } from './guards.api.js';
import { indexedDbOutbox, offlineCache, type OutboxItem, type OutboxStore } from './outbox-store.js';
import { retryDelayMs, syncOutbox, type SyncResult, type SyncTransport } from './outbox-sync.js';

/** Who uses the app, kept on the phone so the app opens offline. */
/** Kept on the phone for offline use; `timeZone` is the municipality's (absent in profiles saved before it existed). */
export interface GuardProfile {
  userId: string;
  name: string;
  municipality: string;
  timeZone?: string;
}

/** `subjects`: the active subjects of the guard registers (toezicht inbraak, fietsdiefstal …), kept for offline use. */
export interface GuardData {
  me: GuardMe | null;
  types: RegisterType[];
  subjects: Subject[];
  wijken: WijkList | null;
  meldingen: Melding[];
  meldingenSavedAt: string | null;
}

/** How the guard app's outbox reaches the server: each kind to its own route, by the phone-made id or reference. */
export const guardSyncTransport: SyncTransport = {
  prepare: async () => {
    const me = await authApi.me();
    apiClient.setCsrfToken(me.csrfToken);
  },
  uploadPhoto: async (photo) => (await filesApi.upload(photo.name, photo.contentBase64)).id,
  send: async (item, photoId) => {
    if (item.kind === 'shift') await guardsApi.putShift({ ...(item.body as ShiftInput), id: item.id });
    else if (item.kind === 'incident') await guardsApi.putIncident({ ...(item.body as IncidentInput), id: item.id });
    else if (item.kind === 'gas_finding') await intakeApi.guardFinding(item.body as GuardFindingInput);
    else {
      const body = item.body as RegistrationInput;
      const values = photoId && item.photoField ? { ...body.values, [item.photoField]: [photoId] } : body.values;
      await guardsApi.createRegistration({ ...body, id: item.id, values });
    }
  },
};

/** The phone app's state: cached data, the outbox, the sync (automatic when the network returns, or on the button). */
export function useGuardApp(profile: GuardProfile, store: OutboxStore = indexedDbOutbox) {
  const [data, setData] = useState<GuardData>({
    me: null,
    types: [],
    subjects: [],
    wijken: null,
    meldingen: [],
    meldingenSavedAt: null,
  });
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  // The phone can say "online" while nothing gets through (a weak signal, a captive portal): false from a request
  // that found no network until one that reached the server. The app says "offline" then, and keeps trying.
  const [reached, setReached] = useState(true);
  const [syncing, setSyncing] = useState(false);
  const [lastResult, setLastResult] = useState<(SyncResult & { at: string }) | null>(null);
  const running = useRef(false);
  // A sync that stopped on the network or the server while the phone is online is tried again, later each time.
  // `disposed`: the app has closed (logout); a sync still under way then schedules nothing.
  const retry = useRef<{ timer: ReturnType<typeof setTimeout> | null; attempt: number; disposed: boolean }>({
    timer: null,
    attempt: 0,
    disposed: false,
  });
  const syncRef = useRef<() => Promise<SyncResult | null>>(() => Promise.resolve(null));
  const cancelRetry = useCallback(() => {
    if (retry.current.timer !== null) clearTimeout(retry.current.timer);
    retry.current.timer = null;
  }, []);

  const reload = useCallback(async () => setItems(await store.all(profile.userId)), [store, profile.userId]);

  const refreshFromServer = useCallback(async () => {
    const [me, types, wijken, meldingen, subjects] = await Promise.all([
      guardsApi.me(),
      registrationsApi.types(),
      registrationsApi.wijken(),
      guardsApi.meldingen({ mine: 'true' }),
      // Without subjects (an older server, a refusal) the records are made without one, as before.
      subjectsApi.list().catch(async () => (await offlineCache.get<Subject[]>('subjects'))?.value ?? []),
    ]).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 0) setReached(false);
      throw error;
    });
    setReached(true);
    const guardTypes = types.filter((type) => guardRegisterKeys.includes(type.key));
    const guardSubjects = subjects.filter((subject) => subject.active && guardRegisterKeys.includes(subject.typeKey));
    await Promise.all([
      offlineCache.set(`me:${profile.userId}`, me),
      offlineCache.set('types', guardTypes),
      offlineCache.set('subjects', guardSubjects),
      offlineCache.set('wijken', wijken),
      offlineCache.set(`meldingen:${profile.userId}`, meldingen.items),
    ]);
    setData({
      me,
      types: guardTypes,
      subjects: guardSubjects,
      wijken,
      meldingen: meldingen.items,
      meldingenSavedAt: null,
    });
  }, [profile.userId]);

  const runSync = useCallback(async (): Promise<SyncResult | null> => {
    if (running.current) return null;
    running.current = true;
    setSyncing(true);
    cancelRetry();
    try {
      const result = await syncOutbox(store, guardSyncTransport, profile.userId);
      setLastResult({ ...result, at: new Date().toISOString() });
      if (result.stopped === 'offline') setReached(false);
      else if (result.sent + result.corrections > 0 || result.stopped !== null) setReached(true);
      await reload();
      if (result.stopped === null) await refreshFromServer().catch(() => undefined);
      const delay =
        navigator.onLine && !retry.current.disposed ? retryDelayMs(result.stopped, retry.current.attempt) : null;
      if (delay === null) retry.current.attempt = 0;
      else {
        retry.current.attempt += 1;
        retry.current.timer = setTimeout(() => void syncRef.current(), delay);
      }
      return result;
    } finally {
      running.current = false;
      setSyncing(false);
    }
  }, [store, profile.userId, reload, refreshFromServer, cancelRetry]);
  useEffect(() => {
    syncRef.current = runSync;
  }, [runSync]);
  /** A sync the guard or the phone asks for (a new record, the network back, the button): the waits start over. */
  const sync = useCallback(() => {
    retry.current.attempt = 0;
    return runSync();
  }, [runSync]);

  // First what the phone has, then (when online) fresh data and a sync of what waits.
  useEffect(() => {
    let current = true;
    void (async () => {
      const [me, types, subjects, wijken, meldingen] = await Promise.all([
        offlineCache.get<GuardMe>(`me:${profile.userId}`),
        offlineCache.get<RegisterType[]>('types'),
        offlineCache.get<Subject[]>('subjects'),
        offlineCache.get<WijkList>('wijken'),
        offlineCache.get<Melding[]>(`meldingen:${profile.userId}`),
      ]);
      if (current) {
        setData({
          me: me?.value ?? null,
          types: types?.value ?? [],
          subjects: subjects?.value ?? [],
          wijken: wijken?.value ?? null,
          meldingen: meldingen?.value ?? [],
          meldingenSavedAt: meldingen?.savedAt ?? null,
        });
      }
      await reload();
      if (navigator.onLine) {
        await refreshFromServer()
          .then(() => sync())
          .catch(() => undefined);
      }
    })();
    return () => {
      current = false;
    };
  }, [profile.userId, reload, refreshFromServer, sync]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => {
      setOnline(false);
      cancelRetry();
      retry.current.attempt = 0;
    };
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [sync, cancelRetry]);

  useEffect(() => {
    retry.current.disposed = false;
    return () => {
      retry.current.disposed = true;
      cancelRetry();
    };
  }, [cancelRetry]);

  /** Puts a record in the outbox (new, or corrected: back in the queue) and tries to send it at once. */
  const enqueue = useCallback(
    async (
      item: Omit<OutboxItem, 'userId' | 'state' | 'attempts' | 'createdAt' | 'updatedAt'> & { createdAt?: string },
    ) => {
      const now = new Date().toISOString();
      const existing = await store.get(item.id);
      await store.put({
        ...item,
        userId: profile.userId,
        state: 'queued',
        error: null,
        attempts: existing?.attempts ?? 0,
        createdAt: existing?.createdAt ?? item.createdAt ?? now,
        updatedAt: now,
      });
      await reload();
      if (navigator.onLine) void sync();
    },
    [store, profile.userId, reload, sync],
  );

  const discard = useCallback(
    async (id: string) => {
      await store.remove(id);
      await reload();
    },
    [store, reload],
  );

  return { data, items, online, reached, syncing, lastResult, sync, enqueue, discard };
}
