import type { OperationalObjective, PlanTree, Section, StrategicObjective } from '../../../shared/api/plan.schema.js';

/**
 * Search and filters over a plan tree, as pure functions: what the plan workspace shows for a query, an action
 * programme, a section (phenomenon) and an owner; where a parser warning points; which ids lead to an element.
 */

export type PlanObjective = Section['general'][number];

/** The owner filter's value for "objectives without an owner". */
export const noOwner = '\u0000none';

export interface PlanTreeFilter {
  /** Free text: every word must occur in one element (title, number, owner, partners, result or indicator text). */
  query: string;
  /** An action programme's name, or '' for all. */
  programme: string;
  /** A section's id, or '' for all. */
  sectionId: string;
  /** An owner as written, `noOwner`, or '' for all. */
  owner: string;
}

export const emptyPlanFilter: PlanTreeFilter = { query: '', programme: '', sectionId: '', owner: '' };

export interface PlanTreeCounts {
  sections: number;
  operational: number;
  results: number;
  indicators: number;
}

export interface FilteredPlan {
  sections: Section[];
  counts: PlanTreeCounts;
}

/** Lower case, without accents, one space between words: "Coördinatie  " → "coordinatie". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/\s+/g, ' ')
    .trim();
}

export function queryWords(query: string): string[] {
  return normalizeText(query)
    .split(' ')
    .filter((word) => word !== '');
}

export function isFilterActive(filter: PlanTreeFilter): boolean {
  return (
    queryWords(filter.query).length > 0 || filter.programme !== '' || filter.sectionId !== '' || filter.owner !== ''
  );
}

function objectiveText(objective: PlanObjective): string {
  return [objective.number, objective.title, objective.owner ?? '', ...objective.partners].join(' ');
}

function countsOf(sections: Section[]): PlanTreeCounts {
  const operational = sections.flatMap((section) => section.strategic.flatMap((strategic) => strategic.operational));
  return {
    sections: sections.length,
    operational: operational.length,
    results: operational.reduce((sum, objective) => sum + objective.results.length, 0),
    indicators: operational.reduce((sum, objective) => sum + objective.indicators.length, 0),
  };
}

/** Does the section belong to the action programme (by the programme list, or by its own statement)? */
export function inProgramme(section: Section, programme: string, tree: Pick<PlanTree, 'actionProgrammes'>): boolean {
  if (section.actionProgrammes.includes(programme)) return true;
  return tree.actionProgrammes.some((item) => item.name === programme && item.sectionNumbers.includes(section.number));
}

/**
 * The part of the tree that matches the filter. Text search keeps an element when every query word occurs in it;
 * a matching section or objective keeps everything under it, otherwise an operational objective keeps only its
 * matching results and indicators. The owner filter narrows the operational and general objectives.
 */
export function filterPlanTree(
  tree: Pick<PlanTree, 'sections' | 'actionProgrammes'>,
  filter: PlanTreeFilter,
): FilteredPlan {
  const words = queryWords(filter.query);
  const searching = words.length > 0;
  const byOwner = filter.owner !== '';
  const matches = (text: string) => {
    const haystack = normalizeText(text);
    return words.every((word) => haystack.includes(word));
  };
  const ownerMatches = (objective: PlanObjective) => {
    if (!byOwner) return true;
    const owner = objective.owner?.trim() ?? '';
    return filter.owner === noOwner ? owner === '' : owner === filter.owner;
  };

  const sections: Section[] = [];
  for (const section of tree.sections) {
    if (filter.sectionId !== '' && section.id !== filter.sectionId) continue;
    if (filter.programme !== '' && !inProgramme(section, filter.programme, tree)) continue;
    const sectionHit = !searching || matches(`${section.number} ${section.title}`);

    const general = section.general.filter(
      (objective) => ownerMatches(objective) && (sectionHit || matches(objectiveText(objective))),
    );
    const strategic: StrategicObjective[] = [];
    for (const objective of section.strategic) {
      const strategicHit = sectionHit || matches(objectiveText(objective));
      const operational: OperationalObjective[] = [];
      for (const child of objective.operational) {
        if (!ownerMatches(child)) continue;
        if (strategicHit || matches(objectiveText(child))) {
          operational.push(child);
          continue;
        }
        const results = child.results.filter((result) => matches(result.text));
        const indicators = child.indicators.filter((indicator) => matches(indicator.text));
        if (results.length > 0 || indicators.length > 0) operational.push({ ...child, results, indicators });
      }
      if (operational.length > 0 || (strategicHit && !byOwner)) strategic.push({ ...objective, operational });
    }
    if (general.length > 0 || strategic.length > 0 || (sectionHit && !byOwner)) {
      sections.push({ ...section, general, strategic });
    }
  }
  return { sections, counts: countsOf(sections) };
}

/** Every owner named in the plan, sorted, for the owner filter. */
export function ownersOf(sections: Section[]): string[] {
  const owners = new Set<string>();
  for (const section of sections) {
    for (const objective of [
      ...section.general,
      ...section.strategic,
      ...section.strategic.flatMap((strategic) => strategic.operational),
    ]) {
      const owner = objective.owner?.trim();
      if (owner) owners.add(owner);
    }
  }
  return [...owners].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The ids of every element that folds open (sections, strategic and operational objectives). */
export function expandableIds(sections: Section[]): string[] {
  return sections.flatMap((section) => [
    section.id,
    ...section.strategic.flatMap((strategic) => [
      strategic.id,
      ...strategic.operational.map((operational) => operational.id),
    ]),
  ]);
}

/** The foldable ancestors of an element and the element itself, outermost first; null when it is not in the tree. */
export function pathTo(sections: Section[], elementId: string): string[] | null {
  for (const section of sections) {
    if (section.id === elementId) return [section.id];
    if (section.general.some((objective) => objective.id === elementId)) return [section.id, elementId];
    for (const strategic of section.strategic) {
      if (strategic.id === elementId) return [section.id, strategic.id];
      for (const operational of strategic.operational) {
        if (operational.id === elementId) return [section.id, strategic.id, operational.id];
        const inside =
          operational.results.some((result) => result.id === elementId) ||
          operational.indicators.some((indicator) => indicator.id === elementId);
        if (inside) return [section.id, strategic.id, operational.id, elementId];
      }
    }
  }
  return null;
}

const indicatorWarning = /^indicator "([^"]+?)(?:…|\.\.\.)?"/u;
const indicatorOfWarning = /^indicator of (\d+(?:\.\d+)+)/u;
const sectionWarning = /^section (\d+)\b/u;
const objectiveNumber = /\b(\d+\.\d+\.\d+(?:\.\d+)?)\b/u;

/**
 * The element a parser warning names, when it names one: `indicator "text…"` (the indicator whose text starts so),
 * `indicator of 1.2.2.3` (that operational objective), `section 3`, or any objective number in the message.
 */
export function locateWarning(message: string, sections: Section[]): string | null {
  const operational = sections.flatMap((section) => section.strategic.flatMap((strategic) => strategic.operational));
  const objectives: PlanObjective[] = sections.flatMap((section) => [
    ...section.general,
    ...section.strategic,
    ...section.strategic.flatMap((strategic) => strategic.operational),
  ]);

  const quoted = indicatorWarning.exec(message);
  if (quoted?.[1]) {
    const start = normalizeText(quoted[1]);
    const indicator = operational
      .flatMap((objective) => objective.indicators)
      .find((candidate) => normalizeText(candidate.text).startsWith(start));
    if (indicator) return indicator.id;
  }
  const owner = indicatorOfWarning.exec(message);
  if (owner?.[1]) {
    const found = operational.find((objective) => objective.number === owner[1]);
    if (found) return found.id;
  }
  const section = sectionWarning.exec(message);
  if (section?.[1]) {
    const found = sections.find((candidate) => candidate.number === section[1]);
    if (found) return found.id;
  }
  const number = objectiveNumber.exec(message);
  if (number?.[1]) {
    const found = objectives.find((objective) => objective.number === number[1]);
    if (found) return found.id;
  }
  return null;
}
