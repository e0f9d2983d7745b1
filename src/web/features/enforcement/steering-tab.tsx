import { Anchor, Button, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { steeringOverviewSchema } from '../../../shared/api/enforcement-steering.schema.js';
import { apiClient } from '../../api/api-client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { PlanSection } from './plan-section.js';

const steeringApi = {
  overview: () => apiClient.request('/api/enforcement/steering', { schema: steeringOverviewSchema }),
};

/**
 * The steering group for administrative enforcement and the enforcement plan (issue 18): the plan with its
 * signatories (fully signed? in force?), the steering group's registrations this year against the plan's target, and
 * a link to register a new meeting in the steering group's register.
 */
export function SteeringTab() {
  const { t, fill, date } = useI18n();
  const w = t.enforcementSteering;
  const can = useCan();
  const overview = useApiQuery(() => steeringApi.overview(), 'enforcement-steering');
  const day = (iso: string) => date(`${iso}T12:00:00Z`);

  return (
    <Stack gap="lg">
      <PlanSection />

      <section aria-labelledby="steering-title">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="steering-title">
            {w.steeringTitle}
          </Title>
          {can('register.write') && overview.status === 'success' && (
            <Button component={Link} to={`/registrations/new?register=${overview.data.registerKey}`}>
              {w.registerMeeting}
            </Button>
          )}
        </Group>
        {overview.status === 'loading' && <CenteredLoader />}
        {overview.status === 'error' && <ErrorAlert error={overview.error} onRetry={overview.reload} />}
        {overview.status === 'success' && (
          <Stack gap="sm">
            <Text size="sm" className="secondary-text">
              {fill(w.steeringIntro, { year: overview.data.year })}
            </Text>
            <Paper withBorder p="md" radius="md">
              <Text fw={600}>
                {overview.data.meetingsRequired !== null
                  ? fill(w.meetingsAgainstTarget, {
                      count: overview.data.counts.meeting,
                      required: overview.data.meetingsRequired,
                    })
                  : fill(w.meetingsNoTarget, { count: overview.data.counts.meeting })}
              </Text>
              {overview.data.meetingsRequired !== null && overview.data.meetingsRequired > 0 && (
                <Progress
                  mt="xs"
                  aria-hidden
                  color={overview.data.counts.meeting >= overview.data.meetingsRequired ? 'green' : 'orange'}
                  value={Math.min(100, (100 * overview.data.counts.meeting) / overview.data.meetingsRequired)}
                />
              )}
              <List size="sm" mt="sm">
                {(['meeting', 'feedback', 'policy_proposal'] as const).map((kind) => (
                  <List.Item key={kind}>
                    {w.kinds[kind]}: {overview.data.counts[kind]}
                  </List.Item>
                ))}
              </List>
            </Paper>
            {overview.data.indicators.length > 0 && (
              <div>
                <Title order={3} size="h5">
                  {w.indicatorsTitle}
                </Title>
                <List size="sm">
                  {overview.data.indicators.map((i) => {
                    const values = {
                      number: i.number,
                      text: i.text.replace(/[.\s]+$/, ''),
                      value: i.value ?? '–',
                    };
                    return (
                      <List.Item key={i.indicatorId}>
                        {i.required === null
                          ? fill(w.indicatorValue, values)
                          : fill(w.indicatorValueTarget, { ...values, required: i.required })}
                      </List.Item>
                    );
                  })}
                </List>
              </div>
            )}
            <div>
              <Title order={3} size="h5">
                {w.recentTitle}
              </Title>
              {overview.data.recent.length === 0 ? (
                <Text size="sm">{w.noRecent}</Text>
              ) : (
                <List size="sm">
                  {overview.data.recent.map((r) => (
                    <List.Item key={r.id}>
                      <Anchor component={Link} to={`/registrations/${r.id}`}>
                        {day(r.occurredOn)}
                      </Anchor>{' '}
                      · {r.kind && r.kind in w.kinds ? w.kinds[r.kind as keyof typeof w.kinds] : r.kind} · {r.title}
                    </List.Item>
                  ))}
                </List>
              )}
            </div>
          </Stack>
        )}
      </section>
    </Stack>
  );
}
