import { Alert, Button, Code, Group, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { calendarApi } from './calendar.api.js';

/**
 * The user's secret calendar feed (on the calendar page and the profile): whether one is active, making a new one
 * (its URL is shown once, right after) and revoking it.
 */
export function useCalendarFeed() {
  const { t } = useI18n();
  const feed = useApiQuery(() => calendarApi.feedStatus(), 'calendar-feed');
  const [shownUrl, setShownUrl] = useState<string | null>(null);
  const regenerate = useSubmit(async () => {
    const created = await calendarApi.regenerate();
    setShownUrl(`${window.location.origin}${created.path}`);
    feed.reload();
  });
  const revoke = useSubmit(async () => {
    await calendarApi.revoke();
    setShownUrl(null);
    feed.reload();
  }, t.calendar.feedRevoked);
  const active = feed.status === 'success' && feed.data.active;
  return { feed, shownUrl, regenerate, revoke, active };
}

type CalendarFeed = ReturnType<typeof useCalendarFeed>;

/** The feed's state in words, what went wrong, and the URL made just now (with `children`, e.g. a copy button). */
export function FeedState({
  state,
  testId,
  size,
  children,
}: {
  state: CalendarFeed;
  testId: string;
  size?: 'sm';
  children?: ReactNode;
}) {
  const { t, fill, date } = useI18n();
  const w = t.calendar;
  const { feed, shownUrl, regenerate, revoke } = state;
  return (
    <>
      {feed.status === 'error' && <ErrorAlert error={feed.error} onRetry={feed.reload} />}
      {regenerate.error && <ErrorAlert error={regenerate.error} />}
      {revoke.error && <ErrorAlert error={revoke.error} />}
      {feed.status === 'success' && (
        <Text size={size}>
          {feed.data.active && feed.data.createdAt
            ? fill(w.feedActive, { date: date(feed.data.createdAt) })
            : w.feedNone}
        </Text>
      )}
      {shownUrl && (
        <Alert color="blue" title={w.feedUrl}>
          <Text size="sm" mb="xs">
            {w.feedShownOnce}
          </Text>
          <Code block data-testid={testId} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {shownUrl}
          </Code>
          {children}
        </Alert>
      )}
    </>
  );
}

/** Make (or renew) the feed, and revoke it while one is active; `children` adds buttons of the page's own. */
export function FeedButtons({ state, children }: { state: CalendarFeed; children?: ReactNode }) {
  const w = useI18n().t.calendar;
  const { active, regenerate, revoke } = state;
  return (
    <Group>
      <Button onClick={() => void regenerate.run()} loading={regenerate.busy}>
        {active ? w.feedRenew : w.feedCreate}
      </Button>
      {active && (
        <Button variant="default" onClick={() => void revoke.run()} loading={revoke.busy}>
          {w.feedRevoke}
        </Button>
      )}
      {children}
    </Group>
  );
}
