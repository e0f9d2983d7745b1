import type { Indicator, Section } from '../../../shared/api/plan.schema.js';
import type { Messages } from '../../i18n/messages.js';
import type { PlanObjective } from './plan-tree-filter.js';

export interface PlanResult {
  id: string;
  text: string;
}

/** One element of the plan that can be corrected and has a history. */
export type PlanElementRef =
  | { type: 'section'; section: Section }
  | { type: 'objective'; objective: PlanObjective }
  | { type: 'result'; result: PlanResult; objectiveNumber: string }
  | { type: 'indicator'; indicator: Indicator; objectiveNumber: string };

export function elementIdOf(element: PlanElementRef): string {
  switch (element.type) {
    case 'section':
      return element.section.id;
    case 'objective':
      return element.objective.id;
    case 'result':
      return element.result.id;
    case 'indicator':
      return element.indicator.id;
  }
}

/** At most `max` characters, cut at a word with an ellipsis. */
export function shorten(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "Sectie 2 SOCIALE OVERLAST", "Operationele doelstelling 2.2.1.1", "Indicator van 2.2.1.1: Aantal …". */
export function elementLabel(
  element: PlanElementRef,
  t: Messages,
  fill: (template: string, values: Record<string, string | number>) => string,
): string {
  const words = t.planWorkspace.elements;
  switch (element.type) {
    case 'section':
      return fill(words.section, { number: element.section.number, title: element.section.title });
    case 'objective':
      return fill(words[element.objective.level], { number: element.objective.number });
    case 'result':
      return fill(words.result, { number: element.objectiveNumber, text: shorten(element.result.text) });
    case 'indicator':
      return fill(words.indicator, { number: element.objectiveNumber, text: shorten(element.indicator.text) });
  }
}

/** The DOM id of an element's row in the tree (focus target when a warning or search leads there). */
export function treeAnchorId(elementId: string): string {
  return `plan-element-${elementId}`;
}
