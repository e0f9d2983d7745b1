import type { IndicatorState } from '../../../shared/api/indicators.schema.js';
import type { Target } from '../../../shared/api/plan.schema.js';
import {
  type IndicatorLinkInput,
  type IndicatorQuery,
  subjectIdsOf,
} from '../../../shared/indicators/indicator-query.js';
import { indicatorStatus, type ValueSource } from '../../../shared/indicators/indicator-status.js';
import { type DateWindow, minDate, subPeriods } from '../../../shared/indicators/periods.js';
import type { RollupIndex } from '../../../shared/indicators/rollup-index.js';
import type { IndicatorLinkTable, IndicatorValueTable, SubjectTable } from '../../db/schema.js';
import { storedLink } from '../subjects/subjects.service.js';

export interface StateContext {
  year: number;
  asOf: string;
  plan: DateWindow | undefined;
  index: RollupIndex;
  links: Map<string, IndicatorLinkTable>;
  values: Map<string, IndicatorValueTable[]>;
  subjects: Map<string, SubjectTable>;
}

/** A query reads its own subject only; a subject that was merged reads the one it went into. */
function readQuery(query: IndicatorQuery, index: RollupIndex): (window: DateWindow) => number {
  return (window) => index.sum(query, window);
}

/** How an indicator reads its values: the register query, the ratio or the manual values of a confirmed link. */
function valueSource(
  link: IndicatorLinkTable | undefined,
  values: IndicatorValueTable[],
  index: RollupIndex,
): ValueSource | undefined {
  if (!link || link.state !== 'confirmed') return undefined;
  const input = storedLink(link);
  if (!input) return undefined;
  if (input.mode === 'query') return readQuery(input.query, index);
  if (input.mode === 'ratio') {
    const numerator = readQuery(input.ratio.numerator, index);
    const denominator =
      'typeKey' in input.ratio.denominator
        ? readQuery(input.ratio.denominator, index)
        : () => ('constant' in input.ratio.denominator ? input.ratio.denominator.constant : 0);
    // A zero denominator is no value (nothing to divide by), never a division by zero.
    return (window) => {
      const d = denominator(window);
      return d > 0 ? Math.round((numerator(window) / d) * input.ratio.scale * 100) / 100 : undefined;
    };
  }
  return (window) => {
    const inside = values.filter((v) => v.period_start >= window.start && v.period_end <= window.end);
    return inside.length === 0 ? undefined : inside.reduce((sum, v) => sum + Number(v.value), 0);
  };
}

/** The registrations behind a link's value in a window (the numerator's for a ratio); null for manual links. */
function sourcesOf(input: IndicatorLinkInput | null, index: RollupIndex, window: DateWindow): number | null {
  if (!input || input.mode === 'manual') return null;
  return index.count(input.mode === 'query' ? input.query : input.ratio.numerator, window);
}

/** Everything the dashboard shows of one indicator in one year. */
export function indicatorState(
  indicator: { id: string; lineage_id: string; text: string; targets: Target[] },
  context: StateContext,
): IndicatorState {
  const link = context.links.get(indicator.lineage_id);
  const read = valueSource(link, context.values.get(indicator.lineage_id) ?? [], context.index);
  const current = indicatorStatus({
    targets: indicator.targets,
    year: context.year,
    asOf: context.asOf,
    read,
    plan: context.plan,
  });
  const firstYear = Math.max(context.year - 3, Number(context.plan?.start.slice(0, 4) ?? context.year) - 1);
  const history: IndicatorState['history'] = [];
  for (let y = firstYear; y < context.year; y++) {
    const past = indicatorStatus({ targets: indicator.targets, year: y, asOf: `${y}-12-31`, read, plan: context.plan });
    history.push({
      year: y,
      status: past.status,
      value: read ? (read({ start: `${y}-01-01`, end: `${y}-12-31` }) ?? null) : null,
    });
  }
  const months = subPeriods(context.year, 'month').map((m) =>
    read && m.start <= context.asOf ? (read({ start: m.start, end: minDate(m.end, context.asOf) }) ?? null) : null,
  );
  const soFar = { start: current.window.start, end: minDate(current.window.end, context.asOf) };
  const value = current.reason.value ?? (read && soFar.start <= soFar.end ? (read(soFar) ?? null) : null);
  // A rejected link is remembered so svpp does not propose it again: the indicator shows no link and no proposal.
  const shown = link && link.state !== 'rejected' ? link : undefined;
  const input = shown ? storedLink(shown) : null;
  const presented = shown && input ? presentLink(shown, input, context.subjects) : null;
  const confirmedInput = shown?.state === 'confirmed' ? input : null;
  return {
    id: indicator.id,
    lineageId: indicator.lineage_id,
    text: indicator.text,
    targets: indicator.targets,
    link: presented,
    proposal: shown?.state === 'proposed' && input ? { link: input, because: shown.reason ?? '' } : null,
    status: current.status,
    reason: current.reason,
    window: current.window,
    value,
    history,
    months,
    sources: soFar.start <= soFar.end ? sourcesOf(confirmedInput, context.index, soFar) : null,
    flags: [],
  };
}

function presentLink(
  row: IndicatorLinkTable,
  input: IndicatorLinkInput,
  subjects: Map<string, SubjectTable>,
): NonNullable<IndicatorState['link']> {
  return {
    mode: input.mode,
    query: input.mode === 'query' ? input.query : null,
    ratio: input.mode === 'ratio' ? input.ratio : null,
    manualReason: input.mode === 'manual' ? (input.manualReason ?? null) : null,
    subjects: subjectIdsOf(input)
      .map((id) => subjects.get(id))
      .filter((s): s is SubjectTable => s !== undefined)
      .map((s) => ({ id: s.id, name: s.name, typeKey: s.type_key })),
    state: row.state === 'confirmed' ? 'confirmed' : 'proposed',
    reason: row.reason,
    updatedAt: row.updated_at,
  };
}
