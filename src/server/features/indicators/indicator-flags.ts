import type { IndicatorFlag, IndicatorState } from '../../../shared/api/indicators.schema.js';
import { computationKey, type IndicatorLinkInput } from '../../../shared/indicators/indicator-query.js';
import { targetForYear } from '../../../shared/indicators/indicator-status.js';
import type { RegistrationRow } from '../registrations/registration.repository.js';

const farAbove = 5;

/**
 * The guard against overcounting, like DHIS2's validation rules: a computation shared by indicators about different
 * texts, or a value five times its target or more, is flagged with the reason until a person accepts it.
 */
export function flagIndicators(
  indicators: IndicatorState[],
  numbers: Map<string, string>,
  year: number,
  reviews: Map<string, { fingerprint: string; comment: string; accepted_at: string }>,
): void {
  const byComputation = new Map<string, IndicatorState[]>();
  for (const indicator of indicators) {
    const input = indicator.link ? linkInputOf(indicator) : null;
    const key = input ? computationKey(input) : null;
    if (key) byComputation.set(key, [...(byComputation.get(key) ?? []), indicator]);
  }
  const accepted = (indicator: IndicatorState, kind: IndicatorFlag['kind'], fingerprint: string) => {
    const review = reviews.get(`${indicator.lineageId}|${kind}`);
    return review && review.fingerprint === fingerprint ? { comment: review.comment, at: review.accepted_at } : null;
  };
  for (const group of byComputation.values()) {
    if (group.length < 2) continue;
    for (const indicator of group) {
      const others = group.filter((o) => o.id !== indicator.id);
      const fingerprint = [...others.map((o) => o.lineageId)].sort().join(',');
      (indicator.flags ??= []).push({
        kind: 'shared_computation',
        others: others.map((o) => `${numbers.get(o.id) ?? ''} ${o.text}`.trim()),
        fingerprint,
        accepted: accepted(indicator, 'shared_computation', fingerprint),
      });
    }
  }
  for (const indicator of indicators) {
    const target = targetForYear(indicator.targets, year);
    if (!target || !indicator.link || indicator.link.mode === 'manual' || indicator.value === null) continue;
    if (!['count', 'hours'].includes(target.kind) || target.op === '<=' || !target.value || target.value <= 0) continue;
    // A target per month, quarter or half year is judged per sub-period; the year's value is not comparable to it.
    if (target.per === 'month' || target.per === 'quarter' || target.per === 'half_year') continue;
    if (indicator.value >= target.value * farAbove) {
      const fingerprint = `${year}:${indicator.value}`;
      (indicator.flags ??= []).push({
        kind: 'far_above_target',
        value: indicator.value,
        required: target.value,
        fingerprint,
        accepted: accepted(indicator, 'far_above_target', fingerprint),
      });
    }
  }
}

function linkInputOf(indicator: IndicatorState): IndicatorLinkInput | null {
  const link = indicator.link;
  if (!link) return null;
  if (link.mode === 'query' && link.query) return { mode: 'query', query: link.query };
  if (link.mode === 'ratio' && link.ratio) return { mode: 'ratio', ratio: link.ratio };
  return null;
}

/** Whether a link reads a registration: its register, its subject (when the query names one), category and status. */
export function readsRegistration(
  input: IndicatorLinkInput | null,
  row: Pick<RegistrationRow, 'type_key' | 'subject_id' | 'category' | 'status'>,
): boolean {
  if (!input || input.mode === 'manual') return false;
  const queries =
    input.mode === 'query'
      ? [input.query]
      : [input.ratio.numerator, ...('typeKey' in input.ratio.denominator ? [input.ratio.denominator] : [])];
  return queries.some(
    (q) =>
      q.typeKey === row.type_key &&
      (!q.subjectId || q.subjectId === (row.subject_id ?? null)) &&
      (!q.categories?.length || q.categories.includes(row.category ?? '')) &&
      (!q.statuses?.length || q.statuses.includes(row.status ?? '')),
  );
}
