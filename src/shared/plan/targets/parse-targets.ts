/**
 * The target grammar: from an indicator sentence in Dutch or French to machine-readable targets.
 * Numbers are read only where the sentence makes them a target (after an operator, with a unit,
 * in a growth phrase, or as the head of the clause); every other number is reported in `notes`.
 */
import type { ParsedTarget, TargetOperator, TargetPeriod } from '../plan-parse.types.js';
import {
  ARTICLE_NUMBERS,
  CONDITIONAL,
  COUNT_HEAD,
  DEFINITE_BEFORE,
  DOCUMENT_HEAD,
  DURATION_AFTER,
  EXISTS_PARTICIPLE,
  EXISTS_WORDS,
  GROWTH_DOWN,
  GROWTH_UP,
  HOURS_AFTER,
  PERCENT_AFTER,
  PERIOD_PATTERNS,
  QUALITATIVE,
  UNSUPPORTED_PERIOD,
  findNumberWords,
  operatorBefore,
} from './target-lexicon.js';
import type { OperatorClass, TargetLanguage } from './target-lexicon.js';
import { findTimeSpans } from './target-time.js';
import type { TimeSpan } from './target-time.js';
import { foldText, parseDecimal } from './target-text.js';

export type { TargetLanguage } from './target-lexicon.js';

interface TargetParseResult {
  targets: ParsedTarget[];
  /** What the grammar saw but could not use or had to interpret: each one deserves a warning. */
  notes: string[];
  /** The text names a period the schema cannot hold (weekly, daily…): no period may be assumed. */
  unsupportedPeriod: boolean;
}

interface NumberToken {
  start: number;
  end: number;
  value: number;
  article: boolean;
  text: string;
}
interface PeriodSpan {
  start: number;
  end: number;
  per: TargetPeriod;
}
interface Anchor {
  start: number;
  end: number;
  opStart: number;
  kind: 'count' | 'hours' | 'percentage' | 'growth';
  op: TargetOperator;
  value: number;
  unit?: 'percent' | 'absolute';
}

const MAX_TEXT = 4000;
const DIGITS = /(?<![\p{L}\p{N}.,/])\d+(?:[.,]\d+)*(?![\p{N}])/gu;
const CLAUSE_BOUNDARY = /[;:()\n]/g;
const CONJUNCTION = /(?:\s(?:en|en ook|et|and|maar|mais)\s|[;,]\s?)/g;
const BARE_HEAD =
  /(?:^|\s)(?:is|zijn|er|bedraagt|bedragen|telt|tellen|worden|wordt|est|sont|y a|atteint|atteignent|s'eleve a|s'elevent a|organiseert|organiseren|organise|organisent|ontwikkelt|realiseert|jaarlijks|jaarlijkse|per jaar|elk jaar|ieder jaar|annuellement|chaque annee|par an|-)$/u;
const CONJ_HEAD = /(?:^|\s)(?:en|et|and|ook|aussi|,)$/u;
const TIMES_AFTER = /^\s*(?:keer|maal|fois|times?|x|×)(?![\p{L}])/u;
const LEVEL_WORD = /(?:^|\s)(?:tot|naar|jusqu'a|a|to)(?:\s|$)/u;
const OP_ONLY_PERIOD =
  /(?:^|[^\p{L}])(?:minstens|ten minste|tenminste|minimaal|au moins|au minimum|at least)\s+(?:een\s+|une\s+fois\s+)?$/u;

/** Targets of one indicator sentence. Never throws. */
export function parseTargets(text: string, lang: TargetLanguage): ParsedTarget[] {
  return parseTargetsDetailed(text, lang).targets;
}

/** Targets plus notes on whatever the grammar was unsure of. Never throws. */
export function parseTargetsDetailed(text: string, lang: TargetLanguage): TargetParseResult {
  const notes: string[] = [];
  const source = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
  const { lower, plain } = foldText(source);
  if (plain.trim() === '') {
    return { targets: [{ kind: 'monitor' }], notes, unsupportedPeriod: false };
  }
  if (QUALITATIVE.test(plain)) {
    return { targets: [{ kind: 'qualitative' }], notes, unsupportedPeriod: false };
  }
  const times = findTimeSpans(plain, lang);
  const conditional = CONDITIONAL.exec(plain);
  const cut = conditional === null ? plain.length : conditional.index;
  const { spans: periods, unsupported: unsupportedPeriod } = findPeriods(plain, notes);
  const numbers = findNumbers(plain, lower, lang, times);
  const anchors = findAnchors(plain, numbers, notes);

  const usableTimes = times.filter((t) => {
    if (t.note !== undefined) {
      notes.push(t.note);
    }
    if (t.start >= cut && t.field !== 'none') {
      notes.push(
        `"${plain.slice(t.start, t.end)}" after a condition ("${conditional?.[0] ?? ''}") was not read as part of the target`,
      );
      return false;
    }
    return t.field !== 'none';
  });

  const targets =
    anchors.length > 0
      ? buildNumericTargets(plain, anchors, periods, usableTimes, notes)
      : buildNonNumericTargets(plain, periods, usableTimes, notes);
  return { targets, notes, unsupportedPeriod };
}

function findPeriods(plain: string, notes: string[]): { spans: PeriodSpan[]; unsupported: boolean } {
  const spans: PeriodSpan[] = [];
  let unsupported = false;
  for (const pattern of PERIOD_PATTERNS) {
    pattern.re.lastIndex = 0;
    for (const m of plain.matchAll(pattern.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some((s) => start < s.end && end > s.start)) {
        continue;
      }
      if (pattern.adjective && DEFINITE_BEFORE.test(plain.slice(Math.max(0, start - 12), start))) {
        continue;
      }
      spans.push({ start, end, per: pattern.per });
    }
  }
  for (const m of plain.matchAll(UNSUPPORTED_PERIOD)) {
    if (!spans.some((s) => m.index < s.end && m.index + m[0].length > s.start)) {
      notes.push(
        `period "${m[0]}" cannot be stored (only year, school year, quarter, month, half year, two years, plan)`,
      );
      unsupported = true;
    }
  }
  return { spans: spans.sort((a, b) => a.start - b.start), unsupported };
}

function findNumbers(plain: string, lower: string, lang: TargetLanguage, times: TimeSpan[]): NumberToken[] {
  const inTime = (s: number, e: number) => times.some((t) => s < t.end && e > t.start);
  const tokens: NumberToken[] = [];
  for (const m of plain.matchAll(DIGITS)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = parseDecimal(m[0]);
    if (value !== null && !inTime(start, end)) {
      tokens.push({ start, end, value, article: false, text: m[0] });
    }
  }
  for (const w of findNumberWords(plain, lang)) {
    if (inTime(w.start, w.end)) {
      continue;
    }
    const accented = lower.slice(w.start, w.end) !== w.word;
    tokens.push({
      start: w.start,
      end: w.end,
      value: w.value,
      article: ARTICLE_NUMBERS.has(w.word) && !accented,
      text: lower.slice(w.start, w.end),
    });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

function growthDirection(plain: string, from: number, opStart: number, afterStart: number): 'up' | 'down' | null {
  const window = plain.slice(from, opStart);
  let best: { dir: 'up' | 'down'; end: number } | null = null;
  for (const [re, dir] of [
    [GROWTH_UP, 'up'],
    [GROWTH_DOWN, 'down'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of window.matchAll(re)) {
      const end = m.index + m[0].length;
      if (best === null || end > best.end) {
        best = { dir, end };
      }
    }
  }
  if (best !== null) {
    const gap = window.slice(best.end).trim();
    const words = gap === '' ? 0 : gap.split(/\s+/).length;
    if (words <= 5 && !LEVEL_WORD.test(` ${gap} `)) {
      return best.dir;
    }
  }
  const after = plain.slice(afterStart, afterStart + 24);
  const head = after.split(/\s+/).filter(Boolean).slice(0, 2).join(' ');
  if (head.search(GROWTH_DOWN) >= 0) {
    return 'down';
  }
  return head.search(GROWTH_UP) >= 0 ? 'up' : null;
}

function lastIndexOf(re: RegExp, text: string, from: number, to: number): number {
  let found = -1;
  re.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(re)) {
    found = from + m.index + m[0].length;
  }
  return found;
}

function findAnchors(plain: string, numbers: NumberToken[], notes: string[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const n of numbers) {
    const prevEnd = anchors.at(-1)?.end ?? 0;
    const before = plain.slice(Math.max(prevEnd, n.start - 60), n.start);
    const after = plain.slice(n.end, n.end + 30);
    const op = operatorBefore(before);
    const opStart = op === null ? n.start : n.start - op.length;
    const percent = PERCENT_AFTER.exec(after);
    const hours = n.article ? null : HOURS_AFTER.exec(after);
    const times = TIMES_AFTER.test(after);
    if (n.article && op === null && !times) {
      continue;
    }
    if (/^\s*(?:[x×*]\s*\d|\/)/u.test(after) || /\/\s*$/u.test(before)) {
      continue;
    }
    if (hours === null && percent === null && DURATION_AFTER.test(after)) {
      if (op !== null) {
        notes.push(
          `duration "${plain.slice(opStart, n.end + (DURATION_AFTER.exec(after)?.[0].length ?? 0)).trim()}" is not a target the schema can hold`,
        );
      } else {
        notes.push(`number "${n.text}" (a duration) was not read as a target`);
      }
      continue;
    }
    const unitLength = percent?.[0].length ?? hours?.[0].length ?? 0;
    const clauseStart = Math.max(prevEnd, lastIndexOf(CLAUSE_BOUNDARY, plain, 0, n.start), 0);
    const growth = growthDirection(plain, clauseStart, opStart, n.end + unitLength);
    const prefix = plain.slice(clauseStart, n.start).trim();
    const bare = prefix === '' || BARE_HEAD.test(prefix) || (anchors.length > 0 && CONJ_HEAD.test(prefix));
    if (op === null && percent === null && hours === null && growth === null && !bare) {
      if (/^\d/u.test(n.text)) {
        notes.push(`number "${n.text}" was not read as a target`);
      }
      continue;
    }
    anchors.push(makeAnchor(n, op?.cls ?? null, opStart, percent !== null, hours !== null, growth, unitLength, notes));
  }
  return anchors;
}

function makeAnchor(
  n: NumberToken,
  cls: OperatorClass | null,
  opStart: number,
  percent: boolean,
  hours: boolean,
  growth: 'up' | 'down' | null,
  unitLength: number,
  notes: string[],
): Anchor {
  let value = n.value;
  let op: TargetOperator = '>=';
  const integer = Number.isInteger(value) && !percent;
  switch (cls) {
    case null:
    case 'ge':
      op = '>=';
      break;
    case 'le':
      op = '<=';
      break;
    case 'eq':
      op = '=';
      break;
    case 'gt':
      op = '>=';
      if (integer) {
        value += 1;
      } else {
        notes.push(`"more than ${n.value}" read as "at least ${n.value}"`);
      }
      break;
    case 'lt':
      op = '<=';
      if (integer) {
        value -= 1;
      } else {
        notes.push(`"less than ${n.value}" read as "at most ${n.value}"`);
      }
      break;
  }
  const end = n.end + unitLength;
  if (growth !== null) {
    const unit = percent ? 'percent' : 'absolute';
    if (growth === 'down') {
      // A fall of at least v is a change <= -v; a fall of at most v is a change >= -v.
      return {
        start: n.start,
        end,
        opStart,
        kind: 'growth',
        op: op === '<=' ? '>=' : op === '=' ? '=' : '<=',
        value: -Math.abs(value),
        unit,
      };
    }
    return { start: n.start, end, opStart, kind: 'growth', op, value, unit };
  }
  const kind = percent ? 'percentage' : hours ? 'hours' : 'count';
  return { start: n.start, end, opStart, kind, op, value };
}

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

function buildNumericTargets(
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

function buildNonNumericTargets(
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
