import type { Target } from '../../../shared/api/plan.schema.js';
import { addDays, daysBetween } from '../../../shared/calendar/days.js';
import type { FeatureCollection, WijkProperties } from '../../../shared/geo/wijken.js';
import type { IndicatorLinkInput, IndicatorQuery } from '../../../shared/indicators/indicator-query.js';
import { targetForYear } from '../../../shared/indicators/indicator-status.js';
import { schoolYearWindow, subPeriods } from '../../../shared/indicators/periods.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import type { SubjectTable } from '../../db/schema.js';
import type { RegistrationRow } from '../registrations/registration.repository.js';
import { pointIn } from './demo-registrations.js';
import type { DemoDays } from './demo-days.js';

/**
 * The demo's work, registered on the subjects the plan's indicators count: for every confirmed register query or
 * ratio, registrations that NAME its subjects (meetings of the CPR, approved documents, activities with people reached
 * and hours, head counts of the pools, street-corner contacts), spread over the previous year and the current year up
 * to today and sized from the indicator's
 * own target — most achieved, some short, a few far short, one deliberately far above its target (the overcount flag
 * has something to show). Synthetic and seeded: the same on every run, no real people. Subjects other features
 * register themselves (svpp's reports and decisions, the consultation's meeting, agreements, guard tasks) are left
 * to those features (`skip`).
 */

export interface DemoLink {
  text: string;
  targets: Target[];
  link: IndicatorLinkInput;
}

/** The years and the last day the generator writes for. */
interface Span {
  years: readonly [number, number];
  lastDay: string;
}
/** The registers this generator writes for; the others are written by their own features in the demo. */
const generatedRegisters = new Set(['meeting', 'activity', 'document', 'headcount', 'case_work']);

type Outcome = 'hit' | 'short' | 'far_short' | 'far_above';

/** What one indicator asks of a subject in a year. */
type Need =
  | { kind: 'amount'; year: number; measure: IndicatorQuery['measure']; required: number }
  | { kind: 'sub'; year: number; per: 'month' | 'quarter' | 'half_year'; required: number }
  | { kind: 'school_year'; required: number }
  | { kind: 'exists'; due: string | undefined }
  | { kind: 'growth'; required: number; unit: 'percent' | 'absolute' }
  | { kind: 'monitor'; year: number; measure: IndicatorQuery['measure'] };

interface SubjectWork {
  subject: SubjectTable;
  query: IndicatorQuery;
  needs: Need[];
}

/** The people in a pool: staff, mobile playground workers, volunteers (synthetic sizes by the pool's words). */
function poolSize(r: SeededRandom, subject: SubjectTable): { total: number; new: number; long_term: number } {
  const key = subject.key;
  if (/medewerker/.test(key)) return { total: 14, new: 2, long_term: 11 };
  if (/pleintjeswerker/.test(key)) return { total: 6, new: 1, long_term: 4 };
  if (/vrijwilliger/.test(key)) {
    const total = r.int(18, 32);
    const fresh = r.int(3, 6);
    return { total, new: fresh, long_term: total - fresh - r.int(0, 3) };
  }
  const total = r.int(5, 20);
  return { total, new: Math.max(1, Math.round(total / 5)), long_term: Math.round(total / 2) };
}

function needsOf(targets: Target[], measure: IndicatorQuery['measure'], years: Span['years']): Need[] {
  const out: Need[] = [];
  for (const year of years) {
    const target = targetForYear(targets, year);
    if (!target || target.kind === 'monitor' || target.kind === 'qualitative' || target.op === '<=') {
      out.push({ kind: 'monitor', year, measure });
      continue;
    }
    const required = Math.max(1, Math.ceil(target.value ?? 1));
    if (target.kind === 'exists') out.push({ kind: 'exists', due: target.due });
    else if (target.kind === 'growth') {
      out.push({ kind: 'growth', required: target.value ?? 1, unit: target.unit ?? 'absolute' });
    } else if (target.per === 'month' || target.per === 'quarter' || target.per === 'half_year') {
      out.push({ kind: 'sub', year, per: target.per, required });
    } else if (target.per === 'school_year') out.push({ kind: 'school_year', required });
    else if (target.kind === 'percentage') out.push({ kind: 'monitor', year, measure });
    else out.push({ kind: 'amount', year, measure, required });
  }
  return out;
}

const queriesOf = (link: IndicatorLinkInput): IndicatorQuery[] =>
  link.mode === 'query'
    ? [link.query]
    : link.mode === 'ratio'
      ? [link.ratio.numerator, ...('typeKey' in link.ratio.denominator ? [link.ratio.denominator] : [])]
      : [];

export function demoSubjectRegistrations(input: {
  municipalityId: string;
  links: DemoLink[];
  subjects: Map<string, SubjectTable>;
  skip: (subject: SubjectTable) => boolean;
  wijken: FeatureCollection<WijkProperties> | undefined;
  createdAt: string;
  days: DemoDays;
  seed?: number;
}): RegistrationRow[] {
  const r = new SeededRandom(input.seed ?? 2021);
  const span: Span = { years: input.days.years, lastDay: input.days.today };
  const years = span.years;
  const usable = (q: IndicatorQuery): SubjectTable | undefined => {
    const subject = q.subjectId ? input.subjects.get(q.subjectId) : undefined;
    return subject && subject.active === 1 && generatedRegisters.has(q.typeKey) && !input.skip(subject)
      ? subject
      : undefined;
  };

  // Pools first: ratios over a pool read its size.
  const pools = new Map<
    string,
    { subject: SubjectTable; size: { total: number; new: number; long_term: number }; categories: Set<string> }
  >();
  for (const { link } of input.links) {
    for (const q of queriesOf(link)) {
      const subject = q.typeKey === 'headcount' ? usable(q) : undefined;
      if (!subject) continue;
      const pool = pools.get(subject.id) ?? { subject, size: poolSize(r, subject), categories: new Set<string>() };
      for (const c of q.categories?.length ? q.categories : ['total']) pool.categories.add(c);
      pools.set(subject.id, pool);
    }
  }

  const work = new Map<string, SubjectWork>();
  const add = (subject: SubjectTable, query: IndicatorQuery, needs: Need[]) => {
    const entry = work.get(subject.id) ?? { subject, query, needs: [] };
    entry.needs.push(...needs);
    work.set(subject.id, entry);
  };
  for (const { link, targets } of input.links) {
    if (link.mode === 'query') {
      const subject = link.query.typeKey !== 'headcount' ? usable(link.query) : undefined;
      if (subject) add(subject, link.query, needsOf(targets, link.query.measure, years));
    } else if (link.mode === 'ratio') {
      const numerator = link.ratio.numerator;
      const subject = numerator.typeKey !== 'headcount' ? usable(numerator) : undefined;
      if (!subject) continue;
      // The numerator sized from the pool: "100 % of the staff had a planning talk" → as many talks as staff.
      const pool =
        'typeKey' in link.ratio.denominator && link.ratio.denominator.subjectId
          ? pools.get(link.ratio.denominator.subjectId)
          : undefined;
      const size = pool?.size.total ?? 10;
      add(
        subject,
        numerator,
        years.map((year): Need => {
          const target = targetForYear(targets, year);
          const per = numerator.measure === 'hours' ? r.int(10, 30) : r.int(1, 3);
          const wanted =
            target &&
            (target.kind === 'percentage' || target.kind === 'count' || target.kind === 'hours') &&
            target.value
              ? (target.value / link.ratio.scale) * size
              : per * size;
          return { kind: 'amount', year, measure: numerator.measure, required: Math.max(1, Math.ceil(wanted)) };
        }),
      );
    }
  }

  const rows: RegistrationRow[] = [];
  const row = (
    subject: SubjectTable,
    query: IndicatorQuery,
    day: string,
    roles: { quantity?: number | null; hours?: number | null; category?: string },
  ): RegistrationRow => {
    const category =
      roles.category ??
      query.categories?.[0] ??
      subject.category ??
      (query.typeKey === 'case_work' ? 'street_corner' : 'other');
    const status = query.statuses?.[0] ?? (query.typeKey === 'document' ? 'approved' : null);
    const quantity = roles.quantity ?? null;
    const hours = roles.hours ?? null;
    const values: Record<string, unknown> =
      query.typeKey === 'meeting'
        ? { kind: category, title: subject.name, minutes: true, ...(quantity !== null ? { attendees: quantity } : {}) }
        : query.typeKey === 'activity'
          ? {
              kind: category,
              title: subject.name,
              ...(quantity !== null ? { people_reached: quantity } : {}),
              ...(hours !== null ? { hours } : {}),
            }
          : query.typeKey === 'document'
            ? { kind: category, status, title: subject.name, approved_by: 'College van burgemeester en schepenen' }
            : query.typeKey === 'headcount'
              ? { kind: category, people: quantity ?? 0 }
              : { case_type: category, event: status ?? 'contact' };
    const place = query.typeKey === 'activity' && input.wijken ? pointIn(r, input.wijken) : null;
    return {
      id: r.uuid(),
      municipality_id: input.municipalityId,
      type_key: query.typeKey,
      occurred_on: day,
      occurred_until: null,
      category,
      status:
        query.typeKey === 'meeting' || query.typeKey === 'activity' || query.typeKey === 'headcount' ? null : status,
      quantity,
      hours,
      title: query.typeKey === 'headcount' || query.typeKey === 'case_work' ? null : subject.name,
      wijk_code: place?.wijk ?? null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      address: null,
      values_json: JSON.stringify(values),
      source: 'demo',
      created_by: null,
      created_at: input.createdAt,
      updated_at: input.createdAt,
      deleted_at: null,
      subject_id: subject.id,
    };
  };

  for (const pool of [...pools.values()].sort((a, b) => a.subject.key.localeCompare(b.subject.key))) {
    for (const year of years) {
      for (const category of [...pool.categories].sort()) {
        const people = pool.size[category as 'total'] ?? pool.size.total;
        // Counted twice a year; the previous year a little smaller than the current one.
        for (const [day, delta] of [
          [`${year}-01-15`, -1],
          [`${year}-09-15`, 0],
        ] as const) {
          if (day > span.lastDay) continue;
          rows.push(
            row(pool.subject, { typeKey: 'headcount', categories: [category], measure: 'latest' }, day, {
              category,
              quantity: Math.max(0, people + delta - (year === years[0] ? 1 : 0)),
            }),
          );
        }
      }
    }
  }

  // One subject, far above its target on purpose: the overcount flag has a case to show.
  const ordered = [...work.values()].sort((a, b) => a.subject.key.localeCompare(b.subject.key));
  const showcase = ordered.find(
    (w) =>
      w.query.typeKey === 'activity' &&
      w.query.measure === 'count' &&
      w.needs.some((n) => n.kind === 'amount' && n.year === years[1] && n.required >= 2),
  );
  for (const w of ordered) {
    const outcome: Outcome =
      w === showcase ? 'far_above' : r.weighted<Outcome>(['hit', 'short', 'far_short'], [0.8, 0.14, 0.06]);
    rows.push(...subjectRows(r, w, outcome, (day, roles) => row(w.subject, w.query, day, roles), span));
  }
  return rows;
}

const factor = (r: SeededRandom, outcome: Outcome) =>
  outcome === 'hit'
    ? 1 + r.next() * 0.3
    : outcome === 'short'
      ? 0.65 + r.next() * 0.25
      : outcome === 'far_short'
        ? 0.25 + r.next() * 0.25
        : 5.5;
/** How many a need gets for an outcome: a hit meets the required amount, a short one stays under it. */
function amountFor(r: SeededRandom, required: number, outcome: Outcome): number {
  const raw = Math.round(required * factor(r, outcome));
  return outcome === 'hit' || outcome === 'far_above'
    ? Math.max(required, raw)
    : Math.max(0, Math.min(required - 1, raw));
}

/** A day in [start, end], never after the last day (then the start, or the last day when the window starts later). */
function dayIn(r: SeededRandom, start: string, end: string, lastDay: string): string {
  const to = end < lastDay ? end : lastDay;
  const day = addDays(start, r.int(0, Math.max(0, daysBetween(start, to))));
  return day > lastDay ? lastDay : day;
}

type Make = (day: string, roles: { quantity?: number | null; hours?: number | null }) => RegistrationRow;

/** The registrations of one subject over the two years for what its indicators ask. */
function subjectRows(r: SeededRandom, w: SubjectWork, outcome: Outcome, make: Make, span: Span): RegistrationRow[] {
  const { years, lastDay } = span;
  const out: { day: string }[] = [];
  const typeKey = w.query.typeKey;
  const isDocument = typeKey === 'document';
  const perYear = new Map<number, { count: number; hours: number; quantity: number; days: string[] }>(
    years.map((y) => [y, { count: 0, hours: 0, quantity: 0, days: [] }]),
  );
  const at = (year: number) => perYear.get(year) ?? { count: 0, hours: 0, quantity: 0, days: [] };
  const yearOutcome = (year: number): Outcome => (outcome === 'far_above' && year === years[0] ? 'hit' : outcome);

  for (const need of w.needs) {
    switch (need.kind) {
      case 'amount': {
        const amount = amountFor(r, need.required, yearOutcome(need.year));
        const y = at(need.year);
        if (need.measure === 'hours') y.hours = Math.max(y.hours, amount);
        else if (need.measure === 'quantity') y.quantity = Math.max(y.quantity, amount);
        else y.count = Math.max(y.count, amount);
        break;
      }
      case 'monitor': {
        const y = at(need.year);
        if (need.measure === 'hours') y.hours = Math.max(y.hours, r.int(20, 120));
        else if (need.measure === 'quantity') y.quantity = Math.max(y.quantity, r.int(40, 400));
        else y.count = Math.max(y.count, isDocument ? r.int(1, 3) : r.int(3, 14));
        break;
      }
      case 'sub': {
        // One in every sub-period, some left out when the subject falls short.
        // Only the sub-periods begun by the last day.
        const periods = subPeriods(need.year, need.per).filter((p) => p.start <= lastDay);
        const missing = outcome === 'short' ? 1 : outcome === 'far_short' ? Math.ceil(periods.length / 3) : 0;
        const skipped = new Set(Array.from({ length: missing }, () => r.int(0, periods.length - 1)));
        for (const [i, p] of periods.entries()) {
          if (skipped.has(i)) continue;
          for (let k = 0; k < need.required; k++) at(need.year).days.push(dayIn(r, p.start, p.end, lastDay));
        }
        break;
      }
      case 'school_year': {
        // Spread over the school months (September to June) of the school years that touch the two years.
        for (const schoolYear of [years[0], years[1], years[1] + 1]) {
          const window = schoolYearWindow(schoolYear);
          const amount = amountFor(r, need.required, outcome);
          for (let k = 0; k < amount; k++) {
            const month = Math.floor(((k + 0.5) / amount) * 10); // 0..9 → Sep..Jun
            const start = addDays(`${window.start.slice(0, 4)}-09-01`, (month * 30.4) | 0);
            const day = addDays(start, r.int(0, 20));
            if (day <= lastDay) out.push({ day });
          }
        }
        break;
      }
      case 'exists': {
        if (outcome === 'far_short' || out.length > 0) break;
        const due = need.due;
        // In time: before the due day (or in 2019); short: late, after the due day.
        const day = due
          ? outcome === 'short'
            ? addDays(due, r.int(20, 200))
            : addDays(due, -r.int(5, 120))
          : outcome === 'short'
            ? ''
            : dayIn(r, `${years[0]}-01-01`, `${years[0]}-12-31`, lastDay);
        if (day && day >= '2000-01-01' && day <= lastDay) out.push({ day });
        break;
      }
      case 'growth': {
        const base = r.int(2, 5);
        const grown =
          need.unit === 'percent' ? Math.ceil(base * (1 + need.required / 100)) : base + Math.ceil(need.required);
        at(years[0]).count = Math.max(at(years[0]).count, base);
        at(years[1]).count = Math.max(at(years[1]).count, outcome === 'hit' || outcome === 'far_above' ? grown : base);
        break;
      }
    }
  }

  const rows: RegistrationRow[] = [];
  const reach = () => (typeKey === 'activity' ? r.int(8, 60) : typeKey === 'meeting' ? r.int(5, 20) : null);
  const defaultHours = () => (typeKey === 'activity' ? r.pick([1.5, 2, 3, 4]) : null);
  for (const { day } of out) rows.push(make(day, { quantity: reach(), hours: defaultHours() }));
  for (const year of years) {
    const y = at(year);
    // Enough registrations for the hours (at most 12 h each), and for a quantity when nothing else asks for any.
    const extra = Math.max(
      y.count - y.days.length,
      y.hours > 0 ? Math.ceil(y.hours / 12) - y.days.length : 0,
      y.quantity > 0 && y.count === 0 && y.days.length === 0 ? Math.max(1, Math.ceil(y.quantity / 60)) : 0,
      0,
    );
    const days = [
      ...y.days,
      ...Array.from({ length: extra }, () => dayIn(r, `${year}-01-01`, `${year}-12-31`, lastDay)),
    ];
    const n = days.length;
    for (const [i, day] of days.entries()) {
      const half = (x: number) => Math.round(x * 2) / 2;
      const hours = y.hours > 0 ? half((y.hours * (i + 1)) / n) - half((y.hours * i) / n) : defaultHours();
      const quantity =
        y.quantity > 0 ? Math.round((y.quantity * (i + 1)) / n) - Math.round((y.quantity * i) / n) : reach();
      rows.push(make(day, { quantity, hours }));
    }
  }
  return rows;
}
