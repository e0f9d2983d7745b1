import type { ParsedTarget, TargetOperator, TargetPeriod } from '../plan-parse.types.js';
import {
  COUNT_HEAD,
  DOCUMENT_HEAD,
  EXISTS_PARTICIPLE,
  EXISTS_WORDS,
  GROWTH_DOWN,
  GROWTH_UP,
} from './target-lexicon.js';
import type { TimeSpan } from './target-time.js';
import { lastIndexOf } from './target-text.js';

/**
 * The last step of the target grammar (parse-targets.ts): from the anchors, periods and times found in a sentence to
 * the targets, each with the period, year, range or due day that applies to it.
 */

const CONJUNCTION = /(?:\s(?:en|en ook|et|and|maar|mais)\s|[;,]\s?)/g;
const OP_ONLY_PERIOD =
  /(?:^|[^\p{L}])(?:minstens|ten minste|tenminste|minimaal|au moins|au minimum|at least)\s+(?:een\s+|une\s+fois\s+)?$/u;

/** Where the clause of anchor i begins: after the last conjunction before it, else at its operator. */
function segmentStarts(plain: string, anchors: Anchor[]): number[] {
  return anchors.map((a, i) => {
    if (i === 0) {
      return a.opStart;
    }
    const prev = anchors[i - 1];
    const from = prev === undefined ? 0 : prev.end;
    const conj = lastIndexOf(CONJUNCTION, plain, from, a.opStart);
    return conj >= 0 ? conj : a.opStart;
  });
}

function segmentOf(pos: number, starts: number[]): number {
  let index = -1;
  starts.forEach((s, i) => {
    if (pos >= s) {
      index = i;
    }
  });
  return index;
}

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  article: boolean;
  text: string;
}
export interface PeriodSpan {
  start: number;
  end: number;
  per: TargetPeriod;
}
export interface Anchor {
  start: number;
  end: number;
  opStart: number;
  kind: 'count' | 'hours' | 'percentage' | 'growth';
  op: TargetOperator;
  value: number;
  unit?: 'percent' | 'absolute';
}

interface Modifiers {
  per?: TargetPeriod;
  year?: number;
  from?: number;
  until?: number;
  due?: string;
}

function collect(periods: PeriodSpan[], times: TimeSpan[], keep: (pos: number) => boolean, notes: string[]): Modifiers {
  const mods: Modifiers = {};
  for (const p of periods) {
    if (!keep(p.start)) {
      continue;
    }
    if (mods.per === undefined) {
      mods.per = p.per;
    } else if (mods.per !== p.per) {
      notes.push(`two periods for one target (${mods.per}, ${p.per}): kept ${mods.per}`);
    }
  }
  for (const t of times) {
    if (!keep(t.start)) {
      continue;
    }
    const field = t.field;
    if (field === 'due' && t.iso !== undefined) {
      if (mods.due === undefined) {
        mods.due = t.iso;
      } else if (mods.due !== t.iso) {
        notes.push(`two dates for one target (${mods.due}, ${t.iso}): kept ${mods.due}`);
      }
    } else if ((field === 'from' || field === 'until' || field === 'year') && t.year !== undefined) {
      const current = mods[field];
      if (current === undefined) {
        mods[field] = t.year;
      } else if (current !== t.year) {
        notes.push(`two years for "${field}" (${current}, ${t.year}): kept ${current}`);
      }
    }
  }
  return mods;
}

function finish(target: ParsedTarget, mods: Modifiers, notes: string[], impliesYearly: boolean): ParsedTarget {
  const out: ParsedTarget = { ...target };
  let { per, year } = mods;
  const { from, until, due } = mods;
  if (from !== undefined && year !== undefined) {
    notes.push(`both "from ${from}" and "in ${year}": kept from ${from}`);
    year = undefined;
  }
  if (per === undefined && from !== undefined && impliesYearly) {
    per = 'year';
  }
  if (per !== undefined) out.per = per;
  if (year !== undefined) out.year = year;
  if (from !== undefined) out.from = from;
  if (until !== undefined) out.until = until;
  if (due !== undefined) out.due = due;
  return out;
}

export function buildNumericTargets(
  plain: string,
  anchors: Anchor[],
  periods: PeriodSpan[],
  times: TimeSpan[],
  notes: string[],
): ParsedTarget[] {
  const starts = segmentStarts(plain, anchors);
  const first = starts[0] ?? 0;
  const global = collect(periods, times, (pos) => pos < first, notes);
  return anchors.map((a, i) => {
    const own = collect(periods, times, (pos) => pos >= first && segmentOf(pos, starts) === i, notes);
    const mods: Modifiers = { ...global, ...definedOnly(own) };
    const base: ParsedTarget = { kind: a.kind, op: a.op, value: a.value };
    if (a.unit !== undefined) {
      base.unit = a.unit;
    }
    return finish(base, mods, notes, true);
  });
}

function definedOnly(mods: Modifiers): Modifiers {
  return Object.fromEntries(Object.entries(mods).filter(([, v]) => v !== undefined));
}

export function buildNonNumericTargets(
  plain: string,
  periods: PeriodSpan[],
  times: TimeSpan[],
  notes: string[],
): ParsedTarget[] {
  const mods = collect(periods, times, () => true, notes);
  const text = plain.trim().replace(/^[-–•o]\s+/u, '');
  const existsWord = EXISTS_WORDS.test(text);
  const exists = existsWord || EXISTS_PARTICIPLE.test(text);
  const countHead = COUNT_HEAD.test(text);
  const firstPeriod = periods[0];
  const opBeforePeriod = firstPeriod !== undefined && OP_ONLY_PERIOD.test(plain.slice(0, firstPeriod.start));
  const monitor = (): ParsedTarget[] => {
    if (text.search(GROWTH_UP) >= 0 || text.search(GROWTH_DOWN) >= 0) {
      notes.push('a growth or fall without an amount: kept as monitor only');
    }
    return [finish({ kind: 'monitor' }, mods, notes, false)];
  };
  if (countHead && !opBeforePeriod) {
    return monitor();
  }
  if (existsWord || ((exists || mods.due !== undefined) && mods.per === undefined)) {
    const targets = [finish({ kind: 'exists' }, { ...mods, per: undefined }, notes, false)];
    if (mods.per !== undefined) {
      targets.push(finish({ kind: 'count', op: '>=', value: 1 }, mods, notes, true));
    }
    return targets;
  }
  if (mods.per !== undefined) {
    // A recurring document or activity ("Jaarlijkse evaluatie", "Maandelijkse intervisie"): at least one per period.
    return [finish({ kind: 'count', op: '>=', value: 1 }, mods, notes, true)];
  }
  if (DOCUMENT_HEAD.test(text)) {
    return [finish({ kind: 'exists' }, mods, notes, false)];
  }
  return monitor();
}
