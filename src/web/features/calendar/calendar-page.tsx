import { Anchor, Badge, Box, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { DeadlineSource } from '../../../shared/calendar/deadline.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useToday } from '../auth/session-context.js';
import { calendarApi } from './calendar.api.js';
import { calendarSections } from './calendar-sections.js';
import { FeedButtons, FeedState, useCalendarFeed } from './calendar-feed.js';
import { yearOf } from '../../../shared/calendar/days.js';
import { TableHead } from '../../components/table-head.js';

const dayMs = 86_400_000;

/** One calendar of what is due, the user's secret feed for calendar programs, and reminders on demand. */
export function CalendarPage() {
  const { t, fill } = useI18n();
  const w = t.calendar;
  const can = useCan();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const thisYear = yearOf(useToday());
  const yearParam = params.get('year');
  const year = yearParam && /^\d{4}$/u.test(yearParam) ? Number(yearParam) : thisYear;
  const list = useApiQuery(() => calendarApi.list(year), `calendar:${year}`, { keepPreviousData: true });
  const feed = useCalendarFeed();
  const sourceWord: Record<DeadlineSource, string> = {
    plan: w.sourcePlan,
    evaluation: w.sourceEvaluation,
    report: w.sourceReport,
    decision: w.sourceDecision,
    agreement: w.sourceAgreement,
    finance: w.sourceFinance,
    complaint: w.sourceComplaint,
    case: w.sourceCase,
  };

  return (
    <>
      <PageHeader title={w.title} intro={w.intro}>
        <NativeSelect
          label={t.finance.year}
          w={140}
          value={String(year)}
          onChange={(e) => setParams({ year: e.currentTarget.value })}
          data={Array.from({ length: thisYear - 2017 }, (_, i) => String(thisYear + 1 - i))}
        />
      </PageHeader>
      {list.status === 'loading' && <CenteredLoader />}
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.status === 'success' &&
        (list.data.deadlines.length === 0 ? (
          <Text>{w.nothing}</Text>
        ) : (
          (() => {
            const rowOf = (d: (typeof list.data.deadlines)[number]) => {
              const days = Math.round(
                (Date.parse(`${d.due}T00:00:00Z`) - Date.parse(`${list.data.today}T00:00:00Z`)) / dayMs,
              );
              const state = d.done
                ? { word: w.done, color: 'teal.9' }
                : days < 0
                  ? { word: w.overdue, color: 'red.9' }
                  : { word: days === 0 ? w.today : fill(w.daysLeft, { days }), color: 'blue.9' };
              const what = d.href ? (
                <Anchor component={Link} to={d.href}>
                  {d.title}
                </Anchor>
              ) : (
                d.title
              );
              const badge = (
                <Badge color={state.color} variant={d.done ? 'outline' : 'filled'}>
                  {state.word}
                </Badge>
              );
              return { d, what, badge };
            };
            // Overdue first, in its own section ("Te laat"), then the rest in date order.
            const sections = calendarSections(list.data.deadlines, list.data.today);
            const overdue = sections.overdue.map(rowOf);
            const upcoming = sections.upcoming.map(rowOf);
            return (
              <>
                {overdue.length > 0 && (
                  <DeadlineSection
                    id="overdue"
                    title={w.overdueTitle}
                    intro={fill(w.overdueIntro, { count: overdue.length })}
                    alarm
                    rows={overdue}
                    sourceWord={sourceWord}
                    cardsTestId="overdue-cards"
                  />
                )}
                {upcoming.length > 0 && (
                  <DeadlineSection
                    id="upcoming"
                    title={w.upcomingTitle}
                    rows={upcoming}
                    sourceWord={sourceWord}
                    cardsTestId="deadline-cards"
                  />
                )}
              </>
            );
          })()
        ))}

      <Stack component="section" aria-labelledby="feed-title" mt="xl" gap="sm" maw={720}>
        <Title order={2} id="feed-title">
          {w.feedTitle}
        </Title>
        <Text>{w.feedIntro}</Text>
        <FeedState state={feed} testId="feed-url" />
        <FeedButtons state={feed}>
          {can('calendar.remind') && (
            <Button
              variant="light"
              onClick={() =>
                void calendarApi.remind().then((r) => notify(fill(w.reminded, { count: r.enqueued }), 'success'))
              }
            >
              {w.remindNow}
            </Button>
          )}
        </FeedButtons>
      </Stack>
    </>
  );
}

interface DeadlineRow {
  d: { id: string; due: string; source: DeadlineSource };
  what: ReactNode;
  badge: ReactNode;
}

/**
 * A section of deadlines under its heading (`alarm`: in red, with room below, for those overdue): a table on wide
 * screens and cards below `sm` (no sideways scrolling).
 */
function DeadlineSection({
  id,
  title,
  intro,
  alarm = false,
  rows,
  sourceWord,
  cardsTestId,
}: {
  id: string;
  title: string;
  intro?: string;
  alarm?: boolean;
  rows: DeadlineRow[];
  sourceWord: Record<DeadlineSource, string>;
  cardsTestId: string;
}) {
  const { t, date } = useI18n();
  const w = t.calendar;
  return (
    <Stack
      component="section"
      aria-labelledby={`${id}-title`}
      gap="xs"
      mb={alarm ? 'lg' : undefined}
      data-testid={`${id}-section`}
    >
      <Title order={2} size="h3" id={`${id}-title`} c={alarm ? 'red.9' : undefined}>
        {title}
      </Title>
      {intro && <Text size="sm">{intro}</Text>}
      {/* Wide screens: a table; below `sm` the same deadlines as a list of cards (no sideways scrolling). */}
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <TableHead cells={[w.due, w.what, w.source, w.state]} />
            <Table.Tbody>
              {rows.map(({ d, what, badge }) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{date(`${d.due}T12:00:00Z`)}</Table.Td>
                  <Table.Td>{what}</Table.Td>
                  <Table.Td>{sourceWord[d.source]}</Table.Td>
                  <Table.Td>{badge}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Stack
        hiddenFrom="sm"
        gap="xs"
        component="ul"
        aria-label={title}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        data-testid={cardsTestId}
      >
        {rows.map(({ d, what, badge }) => (
          <Paper component="li" key={d.id} withBorder p="sm" radius="md">
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600}>
                {date(`${d.due}T12:00:00Z`)}
              </Text>
              {badge}
            </Group>
            <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {what}
            </Text>
            <Text size="xs" mt={2}>{`${w.source}: ${sourceWord[d.source]}`}</Text>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
