import { Alert, Anchor, Button, Divider, Drawer, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { IndicatorState, Overview } from '../../../shared/api/indicators.schema.js';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import type { Subject } from '../../../shared/subjects/subject.js';
import type { IndicatorLinkInput } from '../../../shared/indicators/indicator-query.js';
import { targetForYear } from '../../../shared/indicators/indicator-status.js';
import { describeTarget } from '../../../shared/plan/targets/describe-target.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { indicatorsApi } from './indicators.api.js';
import { LinkEditor } from './link-editor.js';
import { ManualValues } from './manual-values.js';
import { IndicatorFlags, useWords } from './indicator-flags.js';
import { confirmedLinkInput, linkInWords, sourcesInWords, subjectNamesOf } from './link-words.js';
import { findIndicator, hasOpenProposal, ruleInWords, sentenceCase } from './overview-model.js';
import { StatusBadge } from '../../components/status-badge.js';
import { TitledSection } from '../../components/titled-section.js';

import { IndicatorTrend } from './indicator-trend.js';
import { useSubmit } from '../../lib/use-submit.js';
interface DrawerProps {
  overview: Overview;
  indicatorId: string | null;
  types: RegisterType[];
  /** Every subject of the municipality (names for links and proposals, choices in the link editor). */
  subjects: Subject[];
  onClose: () => void;
  /** Something changed (link, value): the overview must be loaded again. */
  onChanged: () => void;
}

/** One indicator in full: status and its rule in words, target, value, trend, history, link, manual values. */
export function IndicatorDrawer({ overview, indicatorId, types, subjects, onClose, onChanged }: DrawerProps) {
  const { t } = useI18n();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const place = indicatorId ? findIndicator(overview, indicatorId) : undefined;

  return (
    <Drawer
      opened={indicatorId !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 'xl'}
      title={place ? `${t.dashboard.indicator} · ${place.operational.number}` : t.dashboard.indicator}
      closeButtonProps={{ 'aria-label': t.app.close }}
    >
      {place && (
        <IndicatorDetails
          key={place.indicator.id}
          overview={overview}
          indicator={place.indicator}
          context={`${place.section.number}. ${sentenceCase(place.section.title)} › ${place.operational.number} ${place.operational.title}`}
          types={types}
          subjects={subjects}
          onChanged={onChanged}
        />
      )}
    </Drawer>
  );
}

function IndicatorDetails({
  overview,
  indicator,
  context,
  types,
  subjects,
  onChanged,
}: {
  overview: Overview;
  indicator: IndicatorState;
  context: string;
  types: RegisterType[];
  subjects: Subject[];
  onChanged: () => void;
}) {
  const { t, fill, locale, date, number } = useI18n();
  const can = useCan();
  const mayManage = can('indicator.manage');
  const [editingLink, setEditingLink] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [previousStatus, setPreviousStatus] = useState(indicator.status);

  // Say it when the status changes after a confirmation, a new link or a new value.
  useEffect(() => {
    if (indicator.status !== previousStatus) {
      setAnnouncement(fill(t.dashboard.statusChanged, { status: ruleInWords(indicator.reason, locale) }));
      setPreviousStatus(indicator.status);
    }
  }, [indicator.status, indicator.reason, previousStatus, fill, t, locale]);

  const applicable = targetForYear(indicator.targets, overview.year);

  const proposalOpen = hasOpenProposal(indicator);
  const words = useWords();
  const names = useMemo(() => subjectNamesOf(subjects, indicator.link?.subjects), [subjects, indicator.link?.subjects]);
  const linkText = (link: IndicatorLinkInput): string => linkInWords(link, types, names, words);
  const sources = sourcesInWords(indicator.sources, words);

  /** Runs one change of the link (one at a time), then says `done` and reloads, or shows the refusal. */
  const change = useSubmit(
    async (request: () => Promise<unknown>, done: string) => {
      await request();
      return done;
    },
    (done) => done,
  );
  const confirming = change.busy;
  const changeLink = (request: () => Promise<unknown>, done: string) =>
    void change.run(request, done).then((changed) => changed && onChanged());
  const confirmProposal = () =>
    changeLink(
      () =>
        indicator.link?.state === 'proposed'
          ? indicatorsApi.confirm([indicator.id])
          : indicator.proposal
            ? indicatorsApi.setLink(indicator.id, indicator.proposal.link)
            : Promise.resolve(),
      t.dashboard.link.confirmed,
    );
  /** The props of a button that removes the link (rejects a proposal or drops a confirmed link). */
  const removeLinkProps = (done: string) => ({
    onClick: () => changeLink(() => indicatorsApi.removeLink(indicator.id), done),
    disabled: confirming,
  });

  const confirmedLink = indicator.link?.state === 'confirmed' ? indicator.link : null;
  const currentLink = confirmedLinkInput(indicator);
  // The registrations behind the value: the query's, or a ratio's numerator.
  const readQuery =
    currentLink?.mode === 'query'
      ? currentLink.query
      : currentLink?.mode === 'ratio'
        ? currentLink.ratio.numerator
        : null;

  return (
    <Stack gap="md">
      <Text size="sm" className="secondary-text">
        {context}
      </Text>
      <Text fw={600} size="lg" data-testid="indicator-text">
        {indicator.text}
      </Text>

      <Paper withBorder p="sm" radius="md">
        <Group gap="sm" wrap="wrap" align="center">
          <StatusBadge status={indicator.status} size="lg" />
          <Text size="sm" data-testid="indicator-rule">
            {ruleInWords(indicator.reason, locale)}
          </Text>
        </Group>
        <Text className="visually-hidden" aria-live="polite">
          {announcement}
        </Text>
      </Paper>

      <IndicatorFlags indicator={indicator} year={overview.year} onChanged={onChanged} />

      <dl className="key-values">
        <dt>{t.dashboard.target}</dt>
        <dd>
          {indicator.targets.length === 0 && t.dashboard.noTarget}
          {indicator.targets.length === 1 && indicator.targets[0] && describeTarget(indicator.targets[0], locale)}
          {indicator.targets.length > 1 && (
            <List size="sm">
              {indicator.targets.map((target, index) => (
                <List.Item key={index} fw={target === applicable ? 700 : 400}>
                  {describeTarget(target, locale)}
                  {target === applicable ? ` (${fill(t.dashboard.appliesIn, { year: overview.year })})` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </dd>
        <dt>{t.dashboard.value}</dt>
        <dd data-testid="indicator-value">
          {indicator.value === null ? t.dashboard.noValue : number(indicator.value)}
        </dd>
        {sources && (
          <>
            <dt>{t.subjects.link.sourcesTitle}</dt>
            <dd data-testid="indicator-sources">{sources}</dd>
          </>
        )}
        <dt>{t.dashboard.window}</dt>
        <dd>
          {date(indicator.window.start)} – {date(indicator.window.end)} (
          {fill(t.dashboard.asOf, { date: date(overview.asOf) })})
        </dd>
      </dl>

      <IndicatorTrend indicator={indicator} year={overview.year} />

      <Divider />
      <TitledSection id="link" title={t.dashboard.link.title} order={3} size="h4">
        {change.error && <ErrorAlert error={change.error} />}
        <Text size="sm" data-testid="indicator-link">
          {currentLink ? `${t.dashboard.link.current}: ${linkText(currentLink)}` : t.dashboard.link.none}
        </Text>
        {proposalOpen && indicator.proposal && (
          <Alert variant="light" color="blue" mt="sm" title={t.dashboard.link.proposalTitle}>
            <Text size="sm">{linkText(indicator.proposal.link)}</Text>
            <Text size="xs" mt={4}>
              {fill(t.dashboard.link.because, { word: indicator.proposal.because })}
            </Text>
            {mayManage && (
              <Group gap="sm" mt="sm">
                <Button size="sm" onClick={confirmProposal} loading={confirming}>
                  {t.dashboard.link.confirm}
                </Button>
                {indicator.link?.state === 'proposed' && (
                  <Button size="sm" variant="default" {...removeLinkProps(t.dashboard.link.rejected)}>
                    {t.dashboard.link.reject}
                  </Button>
                )}
              </Group>
            )}
          </Alert>
        )}
        {mayManage && !editingLink && (
          <Group gap="sm" mt="sm">
            <Button variant="outline" size="sm" onClick={() => setEditingLink(true)}>
              {currentLink ? t.dashboard.link.change : t.dashboard.link.set}
            </Button>
            {confirmedLink && (
              <Button variant="subtle" color="red" size="sm" {...removeLinkProps(t.dashboard.link.removed)}>
                {t.dashboard.link.remove}
              </Button>
            )}
          </Group>
        )}
        {mayManage && editingLink && (
          <Paper withBorder p="sm" radius="md" mt="sm">
            <LinkEditor
              indicator={indicator}
              types={types}
              subjects={subjects}
              onCancel={() => setEditingLink(false)}
              onSaved={() => {
                setEditingLink(false);
                onChanged();
              }}
            />
          </Paper>
        )}
        {!mayManage && !currentLink && (
          <Text size="xs" mt={4} className="secondary-text">
            {t.dashboard.link.askCoordinator}
          </Text>
        )}
      </TitledSection>

      {confirmedLink?.mode === 'manual' && (
        <section aria-labelledby="values-title">
          <Divider mb="md" />
          <Title order={3} size="h4" id="values-title" mb="xs">
            {t.dashboard.values.title}
          </Title>
          <ManualValues indicator={indicator} onChanged={onChanged} />
        </section>
      )}
      {readQuery && can('register.read') && (
        <Anchor
          size="sm"
          component={Link}
          to={`/registrations?type=${encodeURIComponent(readQuery.typeKey)}${readQuery.categories?.length === 1 ? `&category=${encodeURIComponent(readQuery.categories[0] ?? '')}` : ''}&from=${indicator.window.start}&to=${indicator.window.end}`}
        >
          {t.dashboard.link.showRegistrations}
        </Anchor>
      )}
    </Stack>
  );
}
