import { Badge, Button, Group, Highlight, Text, Title, UnstyledButton } from '@mantine/core';
import { type ReactNode } from 'react';
import type { Indicator, OperationalObjective, Section, StrategicObjective } from '../../../shared/api/plan.schema.js';
import { describeTarget } from '../../../shared/plan/targets/describe-target.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { elementLabel, type PlanElementRef, type PlanResult, treeAnchorId } from './plan-element.js';
import { type PlanObjective } from './plan-tree-filter.js';

/**
 * The nodes of the plan tree (plan-tree.tsx): a section, its general, strategic and operational objectives, their
 * results and indicators, each with its toggle, its owner and the actions a manager has.
 */

export interface NodeContext {
  words: string[];
  /** The plan's own language (its texts may differ from the interface language). */
  lang: string;
  mayManage: boolean;
  isOpen: (id: string) => boolean;
  toggle: (id: string) => void;
  onEdit: (element: PlanElementRef) => void;
  onHistory: (element: PlanElementRef) => void;
  highlighted: string | null;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function Chevron() {
  return (
    <svg className="tree-chevron" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M5.5 3 10.5 8l-5 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A text of the plan, in the plan's language, with the search words marked. */
function Marked({ text, words, lang }: { text: string; words: string[]; lang: string }) {
  if (words.length === 0) return <span lang={lang}>{text}</span>;
  return (
    <Highlight component="span" inherit highlight={words} color="yellow.2" lang={lang}>
      {text}
    </Highlight>
  );
}

/** A heading whose button folds the element's content in and out (disclosure pattern). */
function Toggle({
  id,
  order,
  open,
  onToggle,
  children,
}: {
  id: string;
  order: 3 | 4 | 5;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <Title order={order} className={`tree-heading tree-heading-${order}`}>
      <UnstyledButton
        className="tree-toggle"
        aria-expanded={open}
        aria-controls={open ? `${id}-content` : undefined}
        onClick={onToggle}
      >
        <Chevron />
        <span>{children}</span>
      </UnstyledButton>
    </Title>
  );
}

function ElementActions({ element, context }: { element: PlanElementRef; context: NodeContext }) {
  const { t, fill } = useI18n();
  const words = t.planWorkspace.tree;
  const label = elementLabel(element, t, fill);
  return (
    <Group gap={4} wrap="nowrap" className="element-actions">
      {context.mayManage && (
        <Button
          variant="subtle"
          size="compact-xs"
          aria-label={`${words.edit}: ${label}`}
          onClick={() => context.onEdit(element)}
        >
          {words.edit}
        </Button>
      )}
      <Button
        variant="subtle"
        size="compact-xs"
        aria-label={`${words.history}: ${label}`}
        onClick={() => context.onHistory(element)}
      >
        {words.history}
      </Button>
    </Group>
  );
}

function nodeClass(base: string, id: string, context: NodeContext): string {
  return context.highlighted === id ? `${base} is-revealed` : base;
}

export function SectionNode({ section, context }: { section: Section; context: NodeContext }) {
  const { t, fill } = useI18n();
  const words = t.planWorkspace.tree;
  const open = context.isOpen(section.id);
  const operationalCount = section.strategic.reduce((sum, strategic) => sum + strategic.operational.length, 0);
  return (
    <li
      className={nodeClass('plan-node plan-section', section.id, context)}
      id={treeAnchorId(section.id)}
      tabIndex={-1}
      data-section={section.number}
    >
      <div className="node-head">
        <Toggle id={section.id} order={3} open={open} onToggle={() => context.toggle(section.id)}>
          <span className="tree-number">{section.number}.</span>{' '}
          <Marked text={section.title} words={context.words} lang={context.lang} />
        </Toggle>
        <ElementActions element={{ type: 'section', section }} context={context} />
      </div>
      <Group gap="xs" className="node-meta">
        <Badge variant="outline" color="gray.7" size="sm">
          {section.kind === 'coordination' ? words.coordination : words.phenomenon}
        </Badge>
        {section.actionProgrammes.map((programme) => (
          <Badge key={programme} variant="outline" color="blue.8" size="sm">
            {capitalise(programme)}
          </Badge>
        ))}
        <Text size="xs" className="secondary-text">
          {fill(words.sectionCounts, { strategic: section.strategic.length, operational: operationalCount })}
        </Text>
      </Group>
      {open && (
        <div id={`${section.id}-content`} className="node-content">
          {section.description && (
            <details className="section-description">
              <summary>{words.description}</summary>
              <Text size="sm" mt={4} lang={context.lang}>
                {section.description}
              </Text>
            </details>
          )}
          {section.general.length > 0 && (
            <>
              <Title order={4} className="tree-subheading">
                {words.general}
              </Title>
              <ul className="plan-list">
                {section.general.map((objective) => (
                  <GeneralNode key={objective.id} objective={objective} context={context} />
                ))}
              </ul>
            </>
          )}
          {section.strategic.length > 0 && (
            <ul className="plan-list" aria-label={fill(words.strategicOf, { number: section.number })}>
              {section.strategic.map((strategic) => (
                <StrategicNode key={strategic.id} objective={strategic} context={context} />
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

function OwnerLine({ objective }: { objective: PlanObjective }) {
  const { t } = useI18n();
  const words = t.planWorkspace.tree;
  return (
    <Text size="sm" className="owner-line">
      <span className="owner-label">{words.ownerLabel}</span> {objective.owner ?? <em>{words.noOwnerYet}</em>}
      <span aria-hidden="true"> · </span>
      <span className="owner-label">{words.partnersLabel}</span>{' '}
      {objective.partners.length > 0 ? objective.partners.join(', ') : <em>{words.noPartners}</em>}
    </Text>
  );
}

function GeneralNode({ objective, context }: { objective: PlanObjective; context: NodeContext }) {
  return (
    <li
      className={nodeClass('plan-node plan-leaf', objective.id, context)}
      id={treeAnchorId(objective.id)}
      tabIndex={-1}
    >
      <div className="node-head">
        <Text size="sm">
          <span className="tree-number">{objective.number}</span>{' '}
          <Marked text={objective.title} words={context.words} lang={context.lang} />
        </Text>
        <ElementActions element={{ type: 'objective', objective }} context={context} />
      </div>
    </li>
  );
}

function StrategicNode({ objective, context }: { objective: StrategicObjective; context: NodeContext }) {
  const { t, fill } = useI18n();
  const open = context.isOpen(objective.id);
  return (
    <li
      className={nodeClass('plan-node plan-strategic', objective.id, context)}
      id={treeAnchorId(objective.id)}
      tabIndex={-1}
    >
      <div className="node-head">
        <Toggle id={objective.id} order={4} open={open} onToggle={() => context.toggle(objective.id)}>
          <span className="tree-number">{objective.number}</span>{' '}
          <Marked text={objective.title} words={context.words} lang={context.lang} />
        </Toggle>
        <ElementActions element={{ type: 'objective', objective }} context={context} />
      </div>
      <Text size="xs" className="node-meta secondary-text">
        {fill(t.planWorkspace.tree.strategicCounts, { operational: objective.operational.length })}
      </Text>
      {open && (
        <ul
          id={`${objective.id}-content`}
          className="plan-list node-content"
          aria-label={fill(t.planWorkspace.tree.operationalOf, { number: objective.number })}
        >
          {objective.operational.map((operational) => (
            <OperationalNode key={operational.id} objective={operational} context={context} />
          ))}
        </ul>
      )}
    </li>
  );
}

function OperationalNode({ objective, context }: { objective: OperationalObjective; context: NodeContext }) {
  const { t, fill } = useI18n();
  const words = t.planWorkspace.tree;
  const open = context.isOpen(objective.id);
  return (
    <li
      className={nodeClass('plan-node plan-operational', objective.id, context)}
      id={treeAnchorId(objective.id)}
      tabIndex={-1}
      data-objective={objective.number}
    >
      <div className="node-head">
        <Toggle id={objective.id} order={5} open={open} onToggle={() => context.toggle(objective.id)}>
          <span className="tree-number">{objective.number}</span>{' '}
          <Marked text={objective.title} words={context.words} lang={context.lang} />
        </Toggle>
        <ElementActions element={{ type: 'objective', objective }} context={context} />
      </div>
      <OwnerLine objective={objective} />
      {!open && (
        <Text size="xs" className="node-meta secondary-text">
          {fill(words.operationalCounts, {
            results: objective.results.length,
            indicators: objective.indicators.length,
          })}
        </Text>
      )}
      {open && (
        <div id={`${objective.id}-content`} className="node-content">
          <Text size="sm" fw={700} mt="xs" id={`${objective.id}-results`}>
            {words.results}
          </Text>
          {objective.results.length === 0 ? (
            <Text size="sm">
              <em>{words.noResults}</em>
            </Text>
          ) : (
            <ul className="plan-list leaf-list" aria-labelledby={`${objective.id}-results`}>
              {objective.results.map((result) => (
                <ResultNode key={result.id} result={result} objectiveNumber={objective.number} context={context} />
              ))}
            </ul>
          )}
          <Text size="sm" fw={700} mt="xs" id={`${objective.id}-indicators`}>
            {words.indicators}
          </Text>
          {objective.indicators.length === 0 ? (
            <Text size="sm">
              <em>{words.noIndicators}</em>
            </Text>
          ) : (
            <ul className="plan-list leaf-list" aria-labelledby={`${objective.id}-indicators`}>
              {objective.indicators.map((indicator) => (
                <IndicatorNode
                  key={indicator.id}
                  indicator={indicator}
                  objectiveNumber={objective.number}
                  context={context}
                />
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

function ResultNode({
  result,
  objectiveNumber,
  context,
}: {
  result: PlanResult;
  objectiveNumber: string;
  context: NodeContext;
}) {
  return (
    <li className={nodeClass('plan-leaf', result.id, context)} id={treeAnchorId(result.id)} tabIndex={-1}>
      <div className="node-head">
        <Text size="sm">
          <Marked text={result.text} words={context.words} lang={context.lang} />
        </Text>
        <ElementActions element={{ type: 'result', result, objectiveNumber }} context={context} />
      </div>
    </li>
  );
}

function IndicatorNode({
  indicator,
  objectiveNumber,
  context,
}: {
  indicator: Indicator;
  objectiveNumber: string;
  context: NodeContext;
}) {
  const { t, locale } = useI18n();
  const words = t.planWorkspace.tree;
  return (
    <li
      className={nodeClass('plan-leaf plan-indicator', indicator.id, context)}
      id={treeAnchorId(indicator.id)}
      tabIndex={-1}
      data-indicator={indicator.id}
    >
      <div className="node-head">
        <Text size="sm">
          <Marked text={indicator.text} words={context.words} lang={context.lang} />
        </Text>
        <ElementActions element={{ type: 'indicator', indicator, objectiveNumber }} context={context} />
      </div>
      <div className="target-words">
        <Text size="xs" fw={700} component="span">
          {words.targets}
        </Text>{' '}
        {indicator.targets.length === 0 ? (
          <Text size="xs" component="span">
            <em>{words.noTargets}</em>
          </Text>
        ) : (
          <ul className="target-list">
            {indicator.targets.map((target, index) => (
              <li key={index}>{describeTarget(target, locale)}</li>
            ))}
          </ul>
        )}
        {indicator.targetsEdited && (
          <Badge size="xs" variant="outline" color="gray.7" ml={4}>
            {words.targetsEdited}
          </Badge>
        )}
      </div>
    </li>
  );
}
