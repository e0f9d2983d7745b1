import { Anchor, Button, Card, Container, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import type { ShiftInput } from '../../../shared/api/guards.schema.js';
import { can, roleMay } from '../../../shared/access/roles.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { LanguageSwitch } from '../../components/language-switch.js';
import { useDocumentTitle } from '../../components/page-header.js';
import { useNotify } from '../../components/use-notify.js';
import { notifications } from '@mantine/notifications';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../auth/session-context.js';
import { BriefingCard, MeldingenList, OutboxList, RecordButtons, SyncCard } from './guard-app-sections.js';
import { GuardRecordForm } from './guard-record-form.js';
import { IncidentForm } from './incident-form.js';
import { forgetGuardOnPhone, unsyncedItems } from './guard-logout.js';
import { indexedDbOutbox, offlineCache, type OutboxItem } from './outbox-store.js';
import { installGuardPwa, useOfflineReady } from './pwa.js';
import './guards.css';
import { type GuardProfile, useGuardApp } from './use-guard-app.js';
import { DEFAULT_TIME_ZONE } from '../../../shared/calendar/days.js';
import { GuardGasFindingCard } from '../enforcement/guard-gas-finding.js';

/**
 * `/guard`: opens for a signed-in guard, and also with no network from the profile kept on the phone (the session
 * cookie still works once the network is back). Anyone else goes to the login page.
 */
/** The one message on screen for records saved on the phone (see `useNotify`). */
const queuedNotice = 'guard-saved-on-phone';

export function GuardRoute() {
  const { state } = useSession();
  const { t } = useI18n();
  const [offline, setOffline] = useState<{ profile: GuardProfile | null } | null>(null);
  useEffect(() => installGuardPwa(), []);

  useEffect(() => {
    if (state.status === 'signed-in') {
      const { me } = state;
      void offlineCache.set('profile', {
        userId: me.user.id,
        name: me.user.displayName,
        municipality: me.municipality.name,
        timeZone: me.municipality.timeZone,
      } satisfies GuardProfile);
      return;
    }
    if (state.status !== 'anonymous') return;
    // Not signed in: with no network, open from the phone's profile; with a network, the session is really gone.
    void fetch('/api/auth/me', { credentials: 'same-origin' }).then(
      () => setOffline({ profile: null }),
      async () => setOffline({ profile: (await offlineCache.get<GuardProfile>('profile'))?.value ?? null }),
    );
  }, [state]);

  if (state.status === 'loading') return <CenteredLoader />;
  if (state.status === 'signed-in') {
    const { me } = state;
    if (!can({ userId: me.user.id, role: me.user.role, municipalityId: me.municipality.id }, 'guard.app')) {
      return <Navigate to="/" replace />;
    }
    return (
      <GuardApp
        profile={{
          userId: me.user.id,
          name: me.user.displayName,
          municipality: me.municipality.name,
          timeZone: me.municipality.timeZone,
        }}
        signedIn
        showFullApp={!roleMay(me.user.role, 'guard.duty')}
      />
    );
  }
  if (offline === null) return <CenteredLoader />;
  if (offline.profile) return <GuardApp profile={offline.profile} signedIn={false} showFullApp={false} />;
  if (navigator.onLine) return <Navigate to="/login" replace state={{ from: '/guard' }} />;
  return (
    <Container size="xs" py="lg">
      <Text>{t.guards.noProfile}</Text>
    </Container>
  );
}

type View =
  | { kind: 'home' }
  | { kind: 'record'; typeKey: string; editing: OutboxItem | null }
  | { kind: 'incident'; editing: OutboxItem | null };

function GuardApp({
  profile,
  signedIn,
  showFullApp,
}: {
  profile: GuardProfile;
  signedIn: boolean;
  showFullApp: boolean;
}) {
  const offlineReady = useOfflineReady();
  const { t, locale, fill, dateTime } = useI18n();
  const notify = useNotify();
  useDocumentTitle(t.guards.appTitle);
  const app = useGuardApp(profile);
  const [view, setView] = useState<View>({ kind: 'home' });
  // A queued GAS finding the server refused, back in the GAS card for correction.
  const [gasEditing, setGasEditing] = useState<OutboxItem | null>(null);
  const { data, items } = app;
  const { logout } = useSession();
  const navigate = useNavigate();
  // The number of records a logout would lose, while the guard decides (null: no warning shown).
  const [lossWarning, setLossWarning] = useState<number | null>(null);
  const [leaving, setLeaving] = useState(false);

  /**
   * Guards share phones: a logout first syncs what waits, then erases this guard's records and the offline profile
   * from the phone — only when the server has them all, unless the guard was warned and chose to lose them.
   */
  const leave = async (discardUnsynced = false) => {
    setLeaving(true);
    try {
      if (!discardUnsynced && navigator.onLine && unsyncedItems(items).length > 0) await app.sync();
      const result = await forgetGuardOnPhone(indexedDbOutbox, offlineCache, profile.userId, { discardUnsynced });
      if (!result.cleared) {
        setLossWarning(result.unsynced);
        return;
      }
      setLossWarning(null);
      await logout().catch(() => undefined);
      void navigate('/login', { replace: true });
    } finally {
      setLeaving(false);
    }
  };
  const frame = {
    profile,
    online: app.online && app.reached,
    showFullApp,
    signedIn,
    leaving,
    onLogout: () => void leave(),
  };

  const typeOf = (key: string) => data.types.find((type) => type.key === key)?.definition;
  const label = (item: OutboxItem) =>
    item.kind === 'shift'
      ? fill(t.guards.shiftLabel, { time: dateTime(String(item.body.startedAt)) })
      : item.kind === 'incident'
        ? t.guards.incidentLabel
        : item.kind === 'gas_finding'
          ? fill(t.enforcementIntake.guard.outboxLabel, { reference: item.label })
          : (typeOf(item.label)?.labels[locale] ?? item.label);
  const meldingKind = (kind: string | null) =>
    typeOf('guard_report')
      ?.fields.find((f) => f.key === 'kind')
      ?.options?.find((o) => o.value === kind)?.labels[locale] ??
    kind ??
    '';

  // The running shift: the phone's own record of it wins over the server's (it may not be synced yet).
  const shift = useMemo(() => {
    const local = items
      .filter((i) => i.kind === 'shift')
      .sort((a, b) => String(b.body.startedAt).localeCompare(String(a.body.startedAt)))[0];
    if (local) return local.body.endedAt ? null : { id: local.id, startedAt: String(local.body.startedAt) };
    return data.me?.openShift ? { id: data.me.openShift.id, startedAt: data.me.openShift.startedAt } : null;
  }, [items, data.me]);

  // "Saved on the phone, sent when there is network" is out of date once a sync has sent something.
  const last = app.lastResult;
  useEffect(() => {
    if (last && last.sent > 0) notifications.hide(queuedNotice);
  }, [last]);

  const saved = () => {
    notify(t.guards.saveQueued, 'success', queuedNotice);
    setView({ kind: 'home' });
  };

  const toggleShift = async () => {
    const now = new Date().toISOString();
    const body: Omit<ShiftInput, 'id'> = shift
      ? { startedAt: shift.startedAt, endedAt: now }
      : { startedAt: now, endedAt: null };
    await app.enqueue({ id: shift?.id ?? crypto.randomUUID(), kind: 'shift', label: 'shift', body });
    notify(t.guards.saveQueued, 'success', queuedNotice);
  };

  if (view.kind === 'record') {
    const type = typeOf(view.typeKey);
    if (type) {
      return (
        <GuardFrame {...frame}>
          <GuardRecordForm
            type={type}
            subjects={data.subjects.filter((subject) => subject.typeKey === type.key)}
            editing={view.editing}
            wijken={data.wijken}
            timeZone={profile.timeZone ?? DEFAULT_TIME_ZONE}
            onCancel={() => setView({ kind: 'home' })}
            onSave={async (draft) => {
              await app.enqueue({
                id: view.editing?.id ?? crypto.randomUUID(),
                kind: 'registration',
                label: type.key,
                body: draft.body,
                photo: draft.photo,
                photoField: draft.photoField,
              });
              saved();
            }}
          />
        </GuardFrame>
      );
    }
  }
  if (view.kind === 'incident') {
    return (
      <GuardFrame {...frame}>
        <IncidentForm
          coordinator={false}
          wijken={data.wijken}
          initial={view.editing?.body}
          error={view.editing?.error}
          onCancel={() => setView({ kind: 'home' })}
          onSave={async (input) => {
            await app.enqueue({
              id: view.editing?.id ?? crypto.randomUUID(),
              kind: 'incident',
              label: 'incident',
              body: input,
            });
            saved();
          }}
        />
      </GuardFrame>
    );
  }

  return (
    <GuardFrame {...frame}>
      <SyncCard
        items={items}
        online={app.online}
        reached={app.reached}
        syncing={app.syncing}
        lastAt={lastContact(items, app.lastResult)}
        loginNeeded={app.lastResult?.stopped === 'login'}
        offlineReady={offlineReady}
        onSync={() => void app.sync()}
      />
      <BriefingCard briefing={data.me?.briefing ?? null} />
      <Card withBorder padding="sm" component="section" aria-labelledby="shift-heading">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Title order={2} size="h4" id="shift-heading">
              {t.guards.shiftHeading}
            </Title>
            <Text size="sm">
              {shift ? fill(t.guards.shiftRunning, { time: dateTime(shift.startedAt) }) : t.guards.shiftNone}
            </Text>
          </div>
          <Button color={shift ? 'red.9' : undefined} style={{ flexShrink: 0 }} onClick={() => void toggleShift()}>
            {shift ? t.guards.shiftEnd : t.guards.shiftStart}
          </Button>
        </Group>
      </Card>
      <RecordButtons
        types={data.types}
        vaststeller={data.me?.vaststeller ?? false}
        onPick={(typeKey) => setView({ kind: 'record', typeKey, editing: null })}
        onIncident={() => setView({ kind: 'incident', editing: null })}
      />
      {data.me?.vaststeller && (
        <GuardGasFindingCard
          key={gasEditing?.id ?? 'new'}
          online={app.online}
          editing={gasEditing}
          onQueue={(item) => app.enqueue(item)}
          onDone={() => setGasEditing(null)}
        />
      )}
      <OutboxList
        items={items}
        label={label}
        onDiscard={(item) => void app.discard(item.id)}
        onCorrect={(item) => {
          if (item.kind === 'gas_finding') setGasEditing(item);
          setView(
            item.kind === 'incident'
              ? { kind: 'incident', editing: item }
              : item.kind === 'registration'
                ? { kind: 'record', typeKey: item.label, editing: item }
                : { kind: 'home' },
          );
        }}
      />
      <MeldingenList meldingen={data.meldingen} offline={!app.online || !app.reached} kindLabel={meldingKind} />
      <Modal
        opened={lossWarning !== null}
        onClose={() => setLossWarning(null)}
        closeButtonProps={{ 'aria-label': t.app.close }}
        title={t.guards.logoutWarnTitle}
        centered
      >
        <Text mb="md" data-testid="logout-warning">
          {fill(t.guards.logoutWarn, { count: lossWarning ?? 0 })}
        </Text>
        <Stack gap="xs">
          <Button
            disabled={!app.online}
            loading={app.syncing}
            onClick={() => {
              setLossWarning(null);
              void app.sync();
            }}
          >
            {t.guards.logoutSyncFirst}
          </Button>
          <Button color="red.9" variant="outline" loading={leaving} onClick={() => void leave(true)}>
            {t.guards.logoutDiscard}
          </Button>
          <Button variant="default" onClick={() => setLossWarning(null)}>
            {t.guards.logoutCancel}
          </Button>
        </Stack>
      </Modal>
    </GuardFrame>
  );
}

/** The phone frame: the app's name, who is on duty, online or offline in words, the language. */
function GuardFrame({
  profile,
  online,
  showFullApp,
  signedIn,
  leaving,
  onLogout,
  children,
}: {
  profile: GuardProfile;
  online: boolean;
  showFullApp: boolean;
  signedIn: boolean;
  leaving: boolean;
  onLogout: () => void;
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="guard-app">
      <header className="guard-header">
        <Group justify="space-between" wrap="nowrap" px="sm" py={8}>
          <div>
            <Text fw={800} component="p">
              {t.guards.appTitle}
            </Text>
            <Text size="xs" component="p">
              {profile.name} · {profile.municipality}
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={700} data-testid="network-state" className="guard-network">
              {online ? t.guards.online : t.guards.offline}
            </Text>
            <LanguageSwitch />
          </Group>
        </Group>
      </header>
      <main className="guard-main">
        <Container size="xs" px="sm" py="sm">
          <Stack gap="md">
            {children}
            <Card withBorder padding="sm" component="section" aria-label={t.guards.logout}>
              <Stack gap="xs">
                {signedIn && (
                  // Coordinators land on the guards' overview; a guard on the full app's home page.
                  <Anchor component={Link} to={showFullApp ? '/guards' : '/'}>
                    {t.guards.fullApp}
                  </Anchor>
                )}
                <Text size="sm">{t.guards.logoutHelp}</Text>
                <Button variant="default" loading={leaving} onClick={onLogout}>
                  {t.guards.logout}
                </Button>
              </Stack>
            </Card>
          </Stack>
        </Container>
      </main>
    </div>
  );
}

/** When the phone last reached the server: its last sync that got through, or the newest record it sent. */
function lastContact(items: OutboxItem[], last: { at: string; stopped: string | null } | null): string | null {
  const times = items.flatMap((item) => (item.syncedAt ? [item.syncedAt] : []));
  if (last && last.stopped !== 'offline') times.push(last.at);
  return times.length === 0 ? null : times.reduce((a, b) => (a > b ? a : b));
}
