import type { Target } from '../api/plan.schema.js';
import { type DateWindow, elapsedFraction, minDate, schoolYearWindow, subPeriods, yearWindow } from './periods.js';

export const statuses = ['achieved', 'on_track', 'at_risk', 'missed', 'no_data', 'monitor'] as const;
export type Status = (typeof statuses)[number];

export const statusRules = [
  'no_link',
  'no_value',
  'not_started',
  'no_target_this_year',
  'monitor_only',
  'qualitative',
  'met',
  'ahead_of_pace',
  'behind_pace',
  'not_met',
  'over_limit',
  'within_limit',
  'document_found',
  'document_due_soon',
  'document_pending',
  'document_missing',
  'growth_met',
  'growth_on_pace',
  'growth_behind',
  'growth_not_met',
  'growth_no_baseline',
  'sub_periods',
] as const;

/** Why a status was given: a rule code and its figures, rendered in words by `explainStatus`. */
export interface StatusReason {
  rule: (typeof statusRules)[number];
  value?: number;
  required?: number;
  expected?: number;
  due?: string;
  met?: number;
  of?: number;
}

interface IndicatorStatus {
  status: Status;
  reason: StatusReason;
  window: DateWindow;
  target?: Target;
}

/** Reads a measured value over a window; undefined means no data (manual indicator without a value, or no link). */
export type ValueSource = (window: DateWindow) => number | undefined;

/** The target that applies in a year: one for that very year beats one "from" a year; later "from" beats earlier. */
export function targetForYear(targets: Target[], year: number): Target | undefined {
  const applies = (t: Target) =>
    (t.year === undefined || t.year === year) &&
    (t.from === undefined || year >= t.from) &&
    (t.until === undefined || year <= t.until);
  const candidates = targets.filter(applies);
  return candidates.find((t) => t.year === year) ?? [...candidates].sort((a, b) => (b.from ?? 0) - (a.from ?? 0))[0];
}

function windowFor(target: Target, year: number, plan?: DateWindow): DateWindow {
  const base =
    target.per === 'school_year' ? schoolYearWindow(year) : target.per === 'plan' && plan ? plan : yearWindow(year);
  return target.due && target.due >= base.start && target.due <= base.end
    ? { start: base.start, end: target.due }
    : base;
}

const pace = 0.9;

function compareAmount(
  target: Target,
  value: number,
  window: DateWindow,
  asOf: string,
): Pick<IndicatorStatus, 'status' | 'reason'> {
  const required = target.value ?? 0;
  const elapsed = elapsedFraction(window, asOf);
  const over = elapsed >= 1;
  const proRata = target.kind !== 'percentage';
  if (target.op === '<=') {
    if (value > required) return { status: 'missed', reason: { rule: 'over_limit', value, required } };
    return over
      ? { status: 'achieved', reason: { rule: 'within_limit', value, required } }
      : { status: 'on_track', reason: { rule: 'within_limit', value, required } };
  }
  if (value >= required) return { status: 'achieved', reason: { rule: 'met', value, required } };
  if (over) return { status: 'missed', reason: { rule: 'not_met', value, required } };
  const expected = proRata ? required * elapsed : required;
  const rounded = Math.round(expected * 10) / 10;
  return value >= expected * pace
    ? { status: 'on_track', reason: { rule: 'ahead_of_pace', value, required, expected: rounded } }
    : { status: 'at_risk', reason: { rule: 'behind_pace', value, required, expected: rounded } };
}

/**
 * The status of one indicator in one year on a given day, from its targets and measured values.
 * Pure: the caller supplies values through `read` (registrations, manual values or approved documents).
 */
export function indicatorStatus(input: {
  targets: Target[];
  year: number;
  asOf: string;
  read: ValueSource | undefined;
  plan?: DateWindow;
}): IndicatorStatus {
  const { targets, year, asOf, read } = input;
  const fallbackWindow = yearWindow(year);
  if (targets.length === 0 || targets.every((t) => t.kind === 'monitor')) {
    return {
      status: 'monitor',
      reason: {
        rule: 'monitor_only',
        ...(read ? { value: read({ start: fallbackWindow.start, end: minDate(fallbackWindow.end, asOf) }) } : {}),
      },
      window: fallbackWindow,
    };
  }
  const target = targetForYear(targets, year);
  if (!target) return { status: 'monitor', reason: { rule: 'no_target_this_year' }, window: fallbackWindow };
  const window = windowFor(target, year, input.plan);
  if (target.kind === 'qualitative' || target.kind === 'monitor') {
    return {
      status: 'monitor',
      reason: { rule: target.kind === 'qualitative' ? 'qualitative' : 'monitor_only' },
      window,
      target,
    };
  }
  if (!read) return { status: 'no_data', reason: { rule: 'no_link' }, window, target };
  if (elapsedFraction(window, asOf) === 0 && target.kind !== 'exists') {
    return { status: 'no_data', reason: { rule: 'not_started' }, window, target };
  }
  const soFar = { start: window.start, end: minDate(window.end, asOf) };

  switch (target.kind) {
    case 'exists': {
      const due = target.due ?? window.end;
      const found = read({ start: '0000-01-01', end: minDate(due, asOf) });
      if (found === undefined) return { status: 'no_data', reason: { rule: 'no_value' }, window, target };
      if (found >= 1) {
        return { status: 'achieved', reason: { rule: 'document_found', value: found, due }, window, target };
      }
      if (asOf >= due) return { status: 'missed', reason: { rule: 'document_missing', due }, window, target };
      const soon = Date.parse(due) - Date.parse(asOf) <= 60 * 86_400_000;
      return {
        status: soon ? 'at_risk' : 'on_track',
        reason: { rule: soon ? 'document_due_soon' : 'document_pending', due },
        window,
        target,
      };
    }
    case 'growth': {
      const current = read(soFar);
      const previous = read({
        start: `${Number(window.start.slice(0, 4)) - 1}${window.start.slice(4)}`,
        end: `${Number(window.end.slice(0, 4)) - 1}${window.end.slice(4)}`,
      });
      if (current === undefined) return { status: 'no_data', reason: { rule: 'no_value' }, window, target };
      if (previous === undefined || previous === 0) {
        return { status: 'no_data', reason: { rule: 'growth_no_baseline', value: current }, window, target };
      }
      const elapsed = elapsedFraction(window, asOf);
      const projected = elapsed > 0 ? current / elapsed : current;
      const growth = (v: number) => (target.unit === 'absolute' ? v - previous : ((v - previous) / previous) * 100);
      const required = target.value ?? 0;
      const meets = (g: number) => (target.op === '<=' ? g <= required : g >= required);
      const actual = Math.round(growth(current) * 10) / 10;
      if (elapsed >= 1) {
        return {
          status: meets(growth(current)) ? 'achieved' : 'missed',
          reason: { rule: meets(growth(current)) ? 'growth_met' : 'growth_not_met', value: actual, required },
          window,
          target,
        };
      }
      return meets(growth(projected))
        ? {
            status: 'on_track',
            reason: { rule: 'growth_on_pace', value: Math.round(growth(projected) * 10) / 10, required },
            window,
            target,
          }
        : {
            status: 'at_risk',
            reason: { rule: 'growth_behind', value: Math.round(growth(projected) * 10) / 10, required },
            window,
            target,
          };
    }
    case 'count':
    case 'hours':
    case 'percentage': {
      if (target.per === 'month' || target.per === 'quarter' || target.per === 'half_year') {
        return subPeriodStatus(target, target.per, year, asOf, read, window);
      }
      const value = read(soFar);
      if (value === undefined) return { status: 'no_data', reason: { rule: 'no_value' }, window, target };
      return { ...compareAmount(target, value, window, asOf), window, target };
    }
  }
}

function subPeriodStatus(
  target: Target,
  per: 'month' | 'quarter' | 'half_year',
  year: number,
  asOf: string,
  read: ValueSource,
  window: DateWindow,
): IndicatorStatus {
  const required = target.value ?? 1;
  const done = subPeriods(year, per).filter((p) => p.end <= asOf);
  const values = done.map((p) => read(p));
  if (values.length > 0 && values.every((v) => v === undefined)) {
    return { status: 'no_data', reason: { rule: 'no_value' }, window, target };
  }
  const met = values.filter((v) => v !== undefined && (target.op === '<=' ? v <= required : v >= required)).length;
  const all = subPeriods(year, per).length;
  const reason: StatusReason = { rule: 'sub_periods', met, of: done.length, required };
  if (done.length === 0) return { status: 'on_track', reason, window, target };
  if (met === done.length) return { status: done.length === all ? 'achieved' : 'on_track', reason, window, target };
  return { status: done.length === all ? 'missed' : 'at_risk', reason, window, target };
}

const severity: Record<Status, number> = { missed: 4, at_risk: 3, on_track: 2, achieved: 1, no_data: 0, monitor: -1 };

interface Rollup {
  status: Status;
  counts: Record<Status, number>;
}

/**
 * The rule shown to users: a group is as good as its weakest followed indicator — missed if any is missed,
 * else at risk if any is at risk, else on track if any is on track, else achieved; indicators without data
 * do not pull it down but a group with only those has no data; monitor-only indicators do not count.
 */
export function rollUp(children: Status[]): Rollup {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of children) counts[s]++;
  const followed = children.filter((s) => s !== 'monitor');
  if (followed.length === 0) return { status: 'monitor', counts };
  const worst = followed.reduce((a, b) => (severity[b] > severity[a] ? b : a));
  return { status: worst, counts };
}
