import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Briefing, Melding } from '../../../shared/api/guards.schema.js';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Messages } from '../../i18n/messages.js';
import type { OutboxItem, OutboxState } from './outbox-store.js';

export const stateWord = (state: OutboxState, t: Messages): string =>
  ({
    queued: t.guards.stateQueued,
    syncing: t.guards.stateSyncing,
    synced: t.guards.stateSynced,
    needs_correction: t.guards.stateNeedsCorrection,
  })[state];
// Dark enough for text on white (WCAG AA); the word, not the colour, carries the state.
const stateColor: Record<OutboxState, string> = {
  queued: '#7a4b00',
  syncing: '#174a8c',
  synced: '#1e6b30',
  needs_correction: '#b01e1e',
};

export const meldingStatusWord = (status: Melding['status'], t: Messages): string =>
  ({
    sent: t.guards.statusSent,
    in_progress: t.guards.statusInProgress,
    resolved: t.guards.statusResolved,
    rejected: t.guards.statusRejected,
  })[status];

/** The sync state in words (never colour alone), and the button to sync now. */
export function SyncCard({
  items,
  online,
  reached,
  syncing,
  lastAt,
  loginNeeded,
  offlineReady,
  onSync,
}: {
  items: OutboxItem[];
  /** The phone says it has a network (the button works then, even when the last try got nowhere). */
  online: boolean;
  /** The last request reached the server. */
  reached: boolean;
  syncing: boolean;
  lastAt: string | null;
  loginNeeded: boolean;
  /** The phone holds the app for use without a network (null: no service worker here, nothing to say). */
  offlineReady: boolean | null;
  onSync: () => void;
}) {
  const { t, fill, dateTime } = useI18n();
  const count = (state: OutboxState) => items.filter((i) => i.state === state).length;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="sync-heading">
      <Stack gap="xs">
        <Stack gap={2}>
          <Title order={2} size="h4" id="sync-heading">
            {t.guards.syncHeading}
          </Title>
          <Text size="sm" role="status" aria-live="polite" data-testid="sync-summary">
            {syncing
              ? t.guards.syncing
              : fill(t.guards.syncSummary, {
                  queued: count('queued') + count('syncing'),
                  correction: count('needs_correction'),
                  synced: count('synced'),
                })}
          </Text>
          <Text size="xs" c="dimmed">
            {lastAt ? fill(t.guards.lastSync, { time: dateTime(lastAt) }) : t.guards.neverSynced}
          </Text>
          {(!online || !reached) && (
            <Text size="sm" fw={600}>
              {t.guards.syncOffline}
            </Text>
          )}
          {offlineReady === true && (
            <Text size="xs" c="dimmed" data-testid="offline-ready">
              {t.guards.offlineReady}
            </Text>
          )}
          {offlineReady === false && (
            <Text size="sm" c="#a33d08" fw={600} data-testid="offline-ready">
              {t.guards.offlineNotReady}
            </Text>
          )}
          {loginNeeded && (
            <Text size="sm" c="red.8" role="alert">
              {t.guards.loginNeeded}
            </Text>
          )}
        </Stack>
        <Button onClick={onSync} loading={syncing} disabled={!online} fullWidth>
          {t.guards.syncNow}
        </Button>
      </Stack>
    </Card>
  );
}

export function BriefingCard({ briefing }: { briefing: Briefing | null }) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="briefing-heading">
      <Title order={2} size="h4" id="briefing-heading">
        {t.guards.briefingHeading}
      </Title>
      {!briefing ? (
        <Text size="sm">{t.guards.briefingNone}</Text>
      ) : (
        <Stack gap={4} mt={4}>
          {briefing.notes && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {briefing.notes}
            </Text>
          )}
          {briefing.focusPlaces.length > 0 && (
            <>
              <Text fw={600} size="sm">
                {t.guards.focusPlaces}
              </Text>
              <List size="sm">
                {briefing.focusPlaces.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            </>
          )}
          {briefing.events.length > 0 && (
            <>
              <Text fw={600} size="sm">
                {t.guards.events}
              </Text>
              <List size="sm">
                {briefing.events.map((e) => (
                  <List.Item key={e}>{e}</List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      )}
    </Card>
  );
}

/** The record buttons: one per guard register the guard may write (GAS reports for vaststellers only). */
export function RecordButtons({
  types,
  vaststeller,
  onPick,
  onIncident,
}: {
  types: RegisterType[];
  vaststeller: boolean;
  onPick: (key: string) => void;
  onIncident: () => void;
}) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="record-heading">
      <Title order={2} size="h4" id="record-heading" mb="xs">
        {t.guards.recordHeading}
      </Title>
      <div className="guard-record-grid">
        {types
          .filter((type) => type.key !== 'gas_report' || vaststeller)
          .map((type) => (
            <Button
              key={type.key}
              variant="light"
              size="md"
              onClick={() => onPick(type.key)}
              className="guard-record-button"
            >
              {type.definition.labels[locale]}
            </Button>
          ))}
        <Button variant="outline" color="red.9" size="md" onClick={onIncident} className="guard-record-button">
          {t.guards.incidentButton}
        </Button>
      </div>
    </section>
  );
}

/**
 * What is on the phone, with each record's sync state; a refused record shows the server's message and can be
 * corrected.
 */
export function OutboxList({
  items,
  label,
  onCorrect,
  onDiscard,
}: {
  items: OutboxItem[];
  label: (item: OutboxItem) => string;
  onCorrect: (item: OutboxItem) => void;
  onDiscard: (item: OutboxItem) => void;
}) {
  const { t, dateTime } = useI18n();
  return (
    <section aria-labelledby="records-heading">
      <Title order={2} size="h4" id="records-heading" mb="xs">
        {t.guards.myRecords}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t.guards.noRecords}</Text>
      ) : (
        <ul className="guard-outbox" data-testid="outbox">
          {items.slice(0, 60).map((item) => (
            <li key={item.id} data-state={item.state} data-id={item.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div>
                  <Text size="sm" fw={600}>
                    {label(item)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {dateTime(item.createdAt)}
                  </Text>
                </div>
                <Text
                  component="span"
                  size="xs"
                  fw={700}
                  className="guard-state"
                  style={{ color: stateColor[item.state], borderColor: stateColor[item.state] }}
                >
                  {stateWord(item.state, t)}
                </Text>
              </Group>
              {item.state === 'needs_correction' && (
                <Stack gap={4} mt={4}>
                  <Text size="sm" c="red.8">
                    {item.error?.message || item.error?.code}
                  </Text>
                  <Group gap="xs">
                    <Button size="xs" onClick={() => onCorrect(item)}>
                      {t.guards.correct}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        if (window.confirm(t.guards.removeConfirm)) onDiscard(item);
                      }}
                    >
                      {t.guards.remove}
                    </Button>
                  </Group>
                </Stack>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function MeldingenList({
  meldingen,
  offline,
  kindLabel,
}: {
  meldingen: Melding[];
  offline: boolean;
  kindLabel: (kind: string | null) => string;
}) {
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="meldingen-heading">
      <Title order={2} size="h4" id="meldingen-heading" mb="xs">
        {t.guards.meldingenHeading}
      </Title>
      {offline && (
        <Text size="xs" c="dimmed">
          {t.guards.meldingenOffline}
        </Text>
      )}
      {meldingen.length === 0 ? (
        <Text size="sm">{t.guards.meldingenNone}</Text>
      ) : (
        <ul className="guard-outbox">
          {meldingen.slice(0, 20).map((m) => (
            <li key={m.id}>
              <Text size="sm">
                {date(m.occurredOn)} · {kindLabel(m.kind)}
              </Text>
              <Text size="xs" fw={600}>
                {t.guards.followUp}: {meldingStatusWord(m.status, t)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
