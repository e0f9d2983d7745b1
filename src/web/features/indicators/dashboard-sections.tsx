import './dashboard.css';
import { Accordion, Badge, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { IndicatorState, Overview } from '../../../shared/api/indicators.schema.js';
import { statusWords } from '../../../shared/indicators/status-words.js';
import { type Status, targetForYear } from '../../../shared/indicators/indicator-status.js';
import { describeTarget } from '../../../shared/plan/targets/describe-target.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { capitalised } from '../users/user-fields.js';
import { FlagMarker } from './indicator-flags.js';
import {
  type Counts,
  countsInOrder,
  hasOpenProposal,
  needsReview,
  ruleInWords,
  type Section,
  sentenceCase,
} from './overview-model.js';
import { StatusBadge } from '../../components/status-badge.js';
import { TermHint } from '../../components/term-hint.js';

/**
 * The parts of the indicator overview (dashboard-page.tsx): the status counts line, and the plan's sections with their
 * objectives and indicator rows.
 */

/** "Behaald: 68 · … · Opvolging: 49"; with `explain`, an ⓘ says what "Opvolging" (monitor only) means. */
export function CountsLine({ counts, explain = false }: { counts: Partial<Counts>; explain?: boolean }) {
  const { t, fill, locale, number } = useI18n();
  const parts = countsInOrder(counts);
  if (parts.length === 0) return null;
  return (
    <Text size="sm" className="counts-line">
      {parts.map(([status, count], index) => (
        <span key={status}>
          {index > 0 && ' · '}
          {fill(t.dashboard.countOf, { status: statusWords[locale][status], count: number(count) })}
        </span>
      ))}
      {explain && parts.some(([status]) => status === 'monitor') && <TermHint text={t.dashboard.monitorMeaning} />}
    </Text>
  );
}

/** A strategic (h4) or operational (h5) objective's number and title, with its light. */
function ElementHeading({
  order,
  element,
}: {
  order: 4 | 5;
  element: { number: string; title: string; status: Status };
}) {
  return (
    <Group gap="sm" wrap="wrap" align="baseline">
      <Title order={order} size={order === 4 ? 'h5' : 'h6'}>
        {element.number} {element.title}
      </Title>
      <StatusBadge status={element.status} size="sm" />
    </Group>
  );
}

export function SectionList({
  sections,
  overview,
  expandAll,
  onOpen,
}: {
  sections: Section[];
  overview: Overview;
  expandAll: boolean;
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();
  const [opened, setOpened] = useState<string[]>(() => (expandAll ? sections.map((s) => s.id) : []));
  return (
    <Accordion multiple value={opened} onChange={setOpened} order={3} variant="separated" chevronPosition="left">
      {sections.map((section) => (
        <Accordion.Item key={section.id} value={section.id} data-section={section.number}>
          <Accordion.Control>
            <span className="section-control">
              <span className="section-title">
                {section.number}. {sentenceCase(section.title)}
              </span>
              <span className="section-status">
                <StatusBadge status={section.status} size="sm" />
                <CountsLine counts={section.counts} />
              </span>
            </span>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="md">
              {section.actionProgrammes.length > 0 && (
                <Text size="xs" className="secondary-text">
                  {t.dashboard.programme}: {section.actionProgrammes.map(capitalised).join(', ')}
                </Text>
              )}
              {section.strategic.map((strategic) => (
                <div key={strategic.id} className="strategic">
                  <ElementHeading order={4} element={strategic} />
                  {strategic.operational.map((operational) => (
                    <div key={operational.id} className="operational">
                      <ElementHeading order={5} element={operational} />
                      {operational.owner && (
                        <Text size="xs" className="secondary-text">
                          {t.dashboard.owner}: {operational.owner}
                        </Text>
                      )}
                      {operational.indicators.length === 0 && (
                        <Text size="sm" className="secondary-text">
                          {t.dashboard.noIndicators}
                        </Text>
                      )}
                      <ul className="indicator-list">
                        {operational.indicators.map((indicator) => (
                          <IndicatorRow key={indicator.id} indicator={indicator} year={overview.year} onOpen={onOpen} />
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function IndicatorRow({
  indicator,
  year,
  onOpen,
}: {
  indicator: IndicatorState;
  year: number;
  onOpen: (id: string) => void;
}) {
  const { t, locale, number } = useI18n();
  const target = targetForYear(indicator.targets, year);
  return (
    <li className="indicator-row" data-indicator-id={indicator.id} data-review={needsReview(indicator) || undefined}>
      <div className="indicator-main">
        <UnstyledButton className="indicator-open" onClick={() => onOpen(indicator.id)}>
          {indicator.text}
        </UnstyledButton>
        <Text size="xs" className="secondary-text">
          {t.dashboard.target}: {target ? describeTarget(target, locale) : t.dashboard.noTarget}
          {hasOpenProposal(indicator) && (
            <Badge component="span" size="xs" variant="outline" color="blue.9" ml={8}>
              {t.dashboard.hasProposal}
            </Badge>
          )}
          <FlagMarker indicator={indicator} />
        </Text>
        <Text size="xs">{ruleInWords(indicator.reason, locale)}</Text>
      </div>
      <div className="indicator-side">
        <Text size="sm" fw={600} className="indicator-value">
          <span className="visually-hidden">{t.dashboard.value}: </span>
          {indicator.value === null ? '–' : number(indicator.value)}
        </Text>
        <StatusBadge status={indicator.status} size="sm" />
      </div>
    </li>
  );
}
