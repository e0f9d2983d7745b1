import type { IndicatorState } from '../../../shared/api/indicators.schema.js';
import type { Target } from '../../../shared/api/plan.schema.js';
import { type IndicatorQuery, indicatorQuerySchema } from '../../../shared/monitoring/indicator-query.js';
import { indicatorStatus, type ValueSource } from '../../../shared/monitoring/indicator-status.js';
import { type DateWindow, minDate, subPeriods } from '../../../shared/monitoring/periods.js';
import { proposeLink } from '../../../shared/monitoring/propose-link.js';
import type { RollupIndex } from '../../../shared/monitoring/rollup-index.js';
import type { IndicatorLinkTable, IndicatorValueTable } from '../../db/schema.js';

export interface StateContext {
  year: number;
  asOf: string;
  plan: DateWindow | undefined;
  index: RollupIndex;
  links: Map<string, IndicatorLinkTable>;
  values: Map<string, IndicatorValueTable[]>;
}

export function parseQuery(json: string | null): IndicatorQuery | null {
  if (!json) return null;
  const parsed = indicatorQuerySchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** How an indicator reads its values: the register query or the manual values of a confirmed link. */
export function valueSource(link: IndicatorLinkTable | undefined, values: IndicatorValueTable[], index: RollupIndex): ValueSource | undefined {
  if (!link || link.state !== 'confirmed') return undefined;
  if (link.mode === 'query') {
    const query = parseQuery(link.query_json);
    return query ? (window) => index.sum(query, window) : undefined;
  }
  return (window) => {
    const inside = values.filter((v) => v.period_start >= window.start && v.period_end <= window.end);
    return inside.length === 0 ? undefined : inside.reduce((sum, v) => sum + Number(v.value), 0);
  };
}

/** Everything the dashboard shows of one indicator in one year. */
export function indicatorState(indicator: { id: string; lineage_id: string; text: string; targets: Target[] }, context: StateContext): IndicatorState {
  const link = context.links.get(indicator.lineage_id);
  const read = valueSource(link, context.values.get(indicator.lineage_id) ?? [], context.index);
  const current = indicatorStatus({ targets: indicator.targets, year: context.year, asOf: context.asOf, read, plan: context.plan });
  const firstYear = Math.max(context.year - 3, Number(context.plan?.start.slice(0, 4) ?? context.year) - 1);
  const history: IndicatorState['history'] = [];
  for (let y = firstYear; y < context.year; y++) {
    const past = indicatorStatus({ targets: indicator.targets, year: y, asOf: `${y}-12-31`, read, plan: context.plan });
    history.push({ year: y, status: past.status, value: read ? (read({ start: `${y}-01-01`, end: `${y}-12-31` }) ?? null) : null });
  }
  const months = subPeriods(context.year, 'month').map((m) => (read && m.start <= context.asOf ? (read({ start: m.start, end: minDate(m.end, context.asOf) }) ?? null) : null));
  const soFar = { start: current.window.start, end: minDate(current.window.end, context.asOf) };
  const value = current.reason.value ?? (read && soFar.start <= soFar.end ? (read(soFar) ?? null) : null);
  // A rejected link is remembered so svpp does not propose it again: the indicator shows no link and no proposal.
  const proposal = !link || link.state === 'proposed' ? (proposeLink(indicator.text) ?? null) : null;
  const shown = link && link.state !== 'rejected' ? link : undefined;
  return {
    id: indicator.id, lineageId: indicator.lineage_id, text: indicator.text, targets: indicator.targets,
    link: shown ? { mode: shown.mode === 'manual' ? 'manual' : 'query', query: parseQuery(shown.query_json), state: shown.state === 'confirmed' ? 'confirmed' : 'proposed', reason: shown.reason, updatedAt: shown.updated_at } : null,
    proposal, status: current.status, reason: current.reason, window: current.window, value, history, months,
  };
}
