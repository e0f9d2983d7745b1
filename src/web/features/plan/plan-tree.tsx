import {
  Badge,
  Button,
  Group,
  Highlight,
  NativeSelect,
  SimpleGrid,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import type {
  Indicator,
  OperationalObjective,
  PlanTree,
  Section,
  StrategicObjective,
} from '../../../shared/api/plan.schema.js';
import { describeTarget } from '../../../shared/plan/targets/describe-target.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { elementLabel, type PlanElementRef, type PlanResult, treeAnchorId } from './plan-element.js';
import {
  emptyPlanFilter,
  expandableIds,
  filterPlanTree,
  isFilterActive,
  noOwner,
  ownersOf,
  pathTo,
  type PlanObjective,
  type PlanTreeFilter,
  queryWords,
} from './plan-tree-filter.js';

export interface RevealRequest {
  elementId: string;
  /** Increases with each request, so asking for the same element twice works. */
  seq: number;
}

interface PlanTreeProps {
  tree: PlanTree;
  mayManage: boolean;
  onEdit: (element: PlanElementRef) => void;
  onHistory: (element: PlanElementRef) => void;
  reveal: RevealRequest | null;
}

interface NodeContext {
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

/** The plan as a tree: sections → general and strategic objectives → operational → results and indicators. */
export function PlanTreeView({ tree, mayManage, onEdit, onHistory, reveal }: PlanTreeProps) {
  const { t, fill, number } = useI18n();
  const words = t.planWorkspace.tree;
  const [filter, setFilter] = useState<PlanTreeFilter>(emptyPlanFilter);
  const [debouncedQuery] = useDebouncedValue(filter.query, 200);
  const { programme, sectionId, owner } = filter;
  const applied = useMemo<PlanTreeFilter>(
    () => ({ programme, sectionId, owner, query: debouncedQuery }),
    [programme, sectionId, owner, debouncedQuery],
  );
  const filtered = useMemo(() => filterPlanTree(tree, applied), [tree, applied]);
  const owners = useMemo(() => ownersOf(tree.sections), [tree.sections]);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const active = isFilterActive(applied);
  const searchWords = useMemo(() => queryWords(applied.query), [applied.query]);

  // A search or an owner filter opens everything it found.
  const opensAll = searchWords.length > 0 || applied.owner !== '';
  useEffect(() => {
    if (opensAll) setExpanded(new Set(expandableIds(filtered.sections)));
  }, [opensAll, filtered]);

  // A warning (or anything else) asks to show an element: open its ancestors, drop filters that hide it, focus it.
  useEffect(() => {
    if (!reveal) return;
    const path = pathTo(tree.sections, reveal.elementId);
    if (!path) return;
    if (!pathTo(filtered.sections, reveal.elementId)) setFilter(emptyPlanFilter);
    setExpanded((current) => new Set([...current, ...path]));
    setPendingFocus(reveal.elementId);
    // Only a new request reveals; later filtering by the user must not undo their choice.
  }, [reveal]);

  useEffect(() => {
    if (!pendingFocus) return;
    const element = document.getElementById(treeAnchorId(pendingFocus));
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    setHighlighted(pendingFocus);
    setPendingFocus(null);
  });

  // The element a warning led to stays marked a moment.
  useEffect(() => {
    if (!highlighted) return;
    const timer = window.setTimeout(() => setHighlighted(null), 6000);
    return () => window.clearTimeout(timer);
  }, [highlighted]);

  const toggle = useCallback(
    (id: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  // Typing in the search box re-renders the toolbar only; the tree follows the debounced query.
  const planLanguage = tree.version.language;
  const context = useMemo<NodeContext>(
    () => ({
      words: searchWords,
      lang: planLanguage,
      mayManage,
      isOpen: (id) => expanded.has(id),
      toggle,
      onEdit,
      onHistory,
      highlighted,
    }),
    [searchWords, planLanguage, mayManage, expanded, toggle, onEdit, onHistory, highlighted],
  );

  const nodes = useMemo(
    () => filtered.sections.map((section) => <SectionNode key={section.id} section={section} context={context} />),
    [filtered, context],
  );

  const set = <K extends keyof PlanTreeFilter>(key: K, value: PlanTreeFilter[K]) =>
    setFilter((current) => ({ ...current, [key]: value }));
  const counts = filtered.counts;
  const summary = fill(active ? words.found : words.total, {
    sections: number(counts.sections),
    operational: number(counts.operational),
    indicators: number(counts.indicators),
    results: number(counts.results),
  });

  return (
    <div>
      <div role="search" aria-label={words.searchLabel} className="plan-toolbar">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <TextInput
            type="search"
            label={words.search}
            placeholder={words.searchPlaceholder}
            value={filter.query}
            onChange={(event) => set('query', event.currentTarget.value)}
            name="plan-search"
          />
          <NativeSelect
            label={words.programme}
            name="plan-programme"
            value={filter.programme}
            onChange={(event) => set('programme', event.currentTarget.value)}
            data={[
              { value: '', label: words.allProgrammes },
              ...tree.actionProgrammes.map((programme) => ({
                value: programme.name,
                label: capitalise(programme.name),
              })),
            ]}
          />
          <NativeSelect
            label={words.section}
            name="plan-section"
            value={filter.sectionId}
            onChange={(event) => set('sectionId', event.currentTarget.value)}
            data={[
              { value: '', label: words.allSections },
              ...tree.sections.map((section) => ({ value: section.id, label: `${section.number}. ${section.title}` })),
            ]}
          />
          <NativeSelect
            label={words.owner}
            name="plan-owner"
            value={filter.owner}
            onChange={(event) => set('owner', event.currentTarget.value)}
            data={[
              { value: '', label: words.allOwners },
              { value: noOwner, label: words.noOwner },
              ...owners.map((owner) => ({ value: owner, label: owner })),
            ]}
          />
        </SimpleGrid>
        <Group justify="space-between" mt="sm" gap="xs">
          <Text size="sm" fw={500} aria-live="polite" role="status">
            {summary}
          </Text>
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => setExpanded(new Set(expandableIds(filtered.sections)))}>
              {words.expandAll}
            </Button>
            <Button variant="default" size="xs" onClick={() => setExpanded(new Set())}>
              {words.collapseAll}
            </Button>
            {isFilterActive(filter) && (
              <Button variant="default" size="xs" onClick={() => setFilter(emptyPlanFilter)}>
                {words.clearFilters}
              </Button>
            )}
          </Group>
        </Group>
      </div>

      {filtered.sections.length === 0 ? (
        <Text mt="md">{words.nothingFound}</Text>
      ) : (
        <ul className="plan-tree" aria-label={words.treeLabel}>
          {nodes}
        </ul>
      )}
    </div>
  );
}

function capitalise(text: string): string {
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

function SectionNode({ section, context }: { section: Section; context: NodeContext }) {
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
