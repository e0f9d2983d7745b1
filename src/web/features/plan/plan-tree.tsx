import { Button, Group, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlanTree } from '../../../shared/api/plan.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { type PlanElementRef, treeAnchorId } from './plan-element.js';
import {
  emptyPlanFilter,
  expandableIds,
  filterPlanTree,
  isFilterActive,
  noOwner,
  ownersOf,
  pathTo,
  type PlanTreeFilter,
  queryWords,
} from './plan-tree-filter.js';
import { NodeContext, SectionNode, capitalise } from './plan-tree-nodes.js';

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
  /** One of the toolbar's choices, bound to its part of the filter ("all …" first). */
  const choice = (
    key: 'programme' | 'sectionId' | 'owner',
    name: string,
    label: string,
    options: Array<{ value: string; label: string }>,
  ) => (
    <NativeSelect
      label={label}
      name={name}
      value={filter[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      data={options}
    />
  );
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
          {choice('programme', 'plan-programme', words.programme, [
            { value: '', label: words.allProgrammes },
            ...tree.actionProgrammes.map((programme) => ({ value: programme.name, label: capitalise(programme.name) })),
          ])}
          {choice('sectionId', 'plan-section', words.section, [
            { value: '', label: words.allSections },
            ...tree.sections.map((section) => ({ value: section.id, label: `${section.number}. ${section.title}` })),
          ])}
          {choice('owner', 'plan-owner', words.owner, [
            { value: '', label: words.allOwners },
            { value: noOwner, label: words.noOwner },
            ...owners.map((owner) => ({ value: owner, label: owner })),
          ])}
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
