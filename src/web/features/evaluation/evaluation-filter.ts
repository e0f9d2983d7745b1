import type { Evaluation } from '../../../shared/api/evaluation.schema.js';
import type { IndicatorState, Overview } from '../../../shared/api/indicators.schema.js';

export interface EvaluationFilter {
  /** A section number, or '' for all. */
  section: string;
  /** Only objectives without an evaluation for the year. */
  notYetEvaluated: boolean;
}

export interface EvaluationGroup {
  sectionNumber: string;
  evaluations: Evaluation[];
}

/** Compares "2.2.1.10" after "2.2.1.9": numbers part by part. */
export function compareNumbers(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The objectives to show, grouped by section in plan order. `keep` names objectives that stay visible although the
 * filter would hide them (one just evaluated while "not yet evaluated" is on, so the focus does not vanish).
 */
export function groupEvaluations(
  evaluations: Evaluation[],
  filter: EvaluationFilter,
  keep: ReadonlySet<string> = new Set(),
): EvaluationGroup[] {
  const groups = new Map<string, Evaluation[]>();
  const sorted = [...evaluations].sort((a, b) => compareNumbers(a.number, b.number));
  for (const evaluation of sorted) {
    if (filter.section !== '' && evaluation.sectionNumber !== filter.section) continue;
    if (filter.notYetEvaluated && evaluation.evaluation !== null && !keep.has(evaluation.objectiveId)) continue;
    const group = groups.get(evaluation.sectionNumber) ?? [];
    group.push(evaluation);
    groups.set(evaluation.sectionNumber, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareNumbers(a, b))
    .map(([sectionNumber, items]) => ({ sectionNumber, evaluations: items }));
}

/**
 * The indicators with review flags per operational objective (by id, and by number for a plan read in another
 * version), from the indicator overview.
 */
export function flaggedByObjective(overview: Overview | null): Map<string, IndicatorState[]> {
  const out = new Map<string, IndicatorState[]>();
  if (!overview) return out;
  for (const section of overview.sections) {
    for (const strategic of section.strategic) {
      for (const operational of strategic.operational) {
        const flagged = operational.indicators.filter((indicator) => (indicator.flags ?? []).length > 0);
        if (flagged.length === 0) continue;
        out.set(operational.id, flagged);
        if (!out.has(operational.number)) out.set(operational.number, flagged);
      }
    }
  }
  return out;
}
