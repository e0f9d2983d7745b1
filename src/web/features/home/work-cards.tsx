import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Home, HomeItem, HomeList } from '../../../shared/api/home.schema.js';
import { caseTypes, isCaseTypeKey } from '../../../shared/cases/case-types.js';
import { type Status, statuses } from '../../../shared/indicators/indicator-status.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Messages } from '../../i18n/messages.js';
import { homeApi } from './home.api.js';
import { JobProblemsCard } from './job-problems-card.js';

const isStatus = (value: string): value is Status => (statuses as readonly string[]).includes(value);

const sourceWord = (t: Messages, source: string): string | null => {
  const key = `source${source.charAt(0).toUpperCase()}${source.slice(1)}` as keyof Messages['calendar'];
  const word = t.calendar[key];
  return typeof word === 'string' ? word : null;
};

/** One card: a titled section with its lists; a phone shows the cards one under the other. */
function WorkCard({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id} className="work-card">
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** A count, the first items as links to where the work is done, and a link to the whole list. */
function WorkList({
  heading,
  list,
  detail,
}: {
  heading: string;
  list: HomeList;
  detail?: (item: HomeItem) => ReactNode;
}) {
  const { t, fill } = useI18n();
  const id = useId();
  return (
    <div>
      <Text fw={600} size="sm" id={id}>
        {heading}
      </Text>
      {list.count === 0 ? (
        <Text size="sm" c="dimmed">
          {t.homeWork.none}
        </Text>
      ) : (
        <ul aria-labelledby={id} className="work-list">
          {list.items.map((item) => (
            <li key={item.id}>
              <Group gap={6} wrap="wrap">
                <Anchor component={Link} to={item.href} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {item.title}
                </Anchor>
                {item.overdue && (
                  <Badge color="red.9" variant="filled" size="sm">
                    {t.homeWork.overdueBadge}
                  </Badge>
                )}
                {detail?.(item)}
              </Group>
            </li>
          ))}
        </ul>
      )}
      {list.count > list.items.length && (
        <Anchor component={Link} to={list.href} size="sm">
          {fill(t.homeWork.openAll, { count: list.count })}
        </Anchor>
      )}
    </div>
  );
}

function Small({ children }: { children: ReactNode }) {
  return (
    <Text span size="xs" c="dimmed">
      {children}
    </Text>
  );
}

/** The signed-in user's work from GET /api/home: only the sections their role may see come back. */
export function WorkCards() {
  const { t, fill, date, locale } = useI18n();
  const state = useApiQuery(() => homeApi.home(), 'home');
  if (state.status === 'loading') return <Text c="dimmed">{t.app.loading}</Text>;
  if (state.status === 'error') {
    return (
      <Alert color="red" variant="light" mb="lg" title={t.homeWork.loadFailed}>
        {state.error.message}
      </Alert>
    );
  }
  const home: Home = state.data;
  const shown = (value: number | '<5' | null) =>
    value === null ? t.homeWork.barometerHidden : value === '<5' ? t.homeWork.barometerSmall : String(value);

  return (
    <>
      {home.problems && home.problems.failedJobs.length > 0 && <JobProblemsCard jobs={home.problems.failedJobs} />}
      {home.problems && !home.problems.mailConfigured && (
        <Alert
          color="orange"
          variant="light"
          title={t.homeWork.problemsTitle}
          mb="lg"
          styles={{ title: { color: '#7a2e0b' } }}
        >
          {t.homeWork.mailNotConfigured}
        </Alert>
      )}
      <Title order={2} size="h3" mb="sm">
        {t.homeWork.workTitle}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mb="xl">
        {home.deadlines && (
          <WorkCard title={t.homeWork.deadlinesTitle}>
            <WorkList
              heading={fill(t.homeWork.deadlinesOverdue, { count: home.deadlines.overdue.count })}
              list={home.deadlines.overdue}
              detail={(item) => (
                <Small>
                  {date(item.day ?? '')}
                  {item.detail && sourceWord(t, item.detail) ? ` · ${sourceWord(t, item.detail)}` : ''}
                </Small>
              )}
            />
            <WorkList
              heading={fill(t.homeWork.deadlinesThisWeek, { count: home.deadlines.thisWeek.count })}
              list={home.deadlines.thisWeek}
              detail={(item) => (
                <Small>
                  {date(item.day ?? '')}
                  {item.detail && sourceWord(t, item.detail) ? ` · ${sourceWord(t, item.detail)}` : ''}
                </Small>
              )}
            />
          </WorkCard>
        )}
        {home.complaints && (
          <WorkCard title={t.homeWork.complaintsTitle}>
            <WorkList
              heading={fill(t.homeWork.complaintsToAssign, { count: home.complaints.toAssign.count })}
              list={home.complaints.toAssign}
              detail={(item) => item.detail && <Small>{item.detail}</Small>}
            />
            <WorkList
              heading={fill(t.homeWork.complaintsOverdue, { count: home.complaints.overdue.count })}
              list={home.complaints.overdue}
              detail={(item) => item.day && <Small>{fill(t.homeWork.dueOn, { date: date(item.day) })}</Small>}
            />
          </WorkCard>
        )}
        {home.cases && (
          <WorkCard title={fill(t.homeWork.casesTitle, { count: home.cases.mine.count })}>
            {home.cases.overdue > 0 && (
              <Text size="sm" c="red.8" fw={600}>
                {fill(t.homeWork.casesOverdue, { count: home.cases.overdue })}
              </Text>
            )}
            <WorkList
              heading={t.cases.nav}
              list={home.cases.mine}
              detail={(item) => (
                <Small>
                  {item.detail && isCaseTypeKey(item.detail) ? caseTypes[item.detail].labels[locale] : ''}
                  {item.day ? ` · ${date(item.day)}` : ''}
                </Small>
              )}
            />
          </WorkCard>
        )}
        {home.indicators && (
          <WorkCard
            title={
              home.indicators.year === null
                ? t.homeWork.indicatorsTitleNoYear
                : fill(t.homeWork.indicatorsTitle, { year: home.indicators.year })
            }
          >
            <WorkList
              heading={fill(t.homeWork.indicatorsAtRisk, { count: home.indicators.atRisk.count })}
              list={home.indicators.atRisk}
              detail={(item) => item.detail && isStatus(item.detail) && <StatusBadge status={item.detail} size="sm" />}
            />
            <WorkList
              heading={fill(t.homeWork.indicatorsFlagged, { count: home.indicators.flagged.count })}
              list={home.indicators.flagged}
              detail={(item) => (
                <Small>{item.detail === 'shared_computation' ? t.homeWork.flagShared : t.homeWork.flagFar}</Small>
              )}
            />
          </WorkCard>
        )}
        {home.shifts && (
          <WorkCard title={fill(t.homeWork.shiftsTitle, { count: home.shifts.count })}>
            <WorkList
              heading={t.guards.nav}
              list={home.shifts}
              detail={(item) => (
                <Small>{item.detail === 'running' ? t.homeWork.shiftRunning : t.homeWork.shiftEnded}</Small>
              )}
            />
          </WorkCard>
        )}
        {home.barometer && (
          <WorkCard
            title={fill(t.homeWork.barometerTitle, {
              quarter: home.barometer.quarter.quarter,
              year: home.barometer.quarter.year,
            })}
          >
            <Text size="lg" fw={700}>
              {fill(t.homeWork.barometerTotal, { total: shown(home.barometer.total) })}
            </Text>
            {home.barometer.topWijken.length > 0 && (
              <div>
                <Text fw={600} size="sm">
                  {t.homeWork.barometerTop}
                </Text>
                <ul className="work-list">
                  {home.barometer.topWijken.map((w) => (
                    <li key={w.wijkCode}>
                      <Text size="sm">
                        {w.name}: {shown(w.total)}
                      </Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <Text size="xs" c="dimmed">
              {t.homeWork.barometerRule}
            </Text>
            <Anchor component={Link} to={home.barometer.href} size="sm">
              {t.homeWork.barometerOpen}
            </Anchor>
          </WorkCard>
        )}
      </SimpleGrid>
    </>
  );
}
