/**
 * The target grammar: from an indicator sentence in Dutch or French to machine-readable targets.
 * Numbers are read only where the sentence makes them a target (after an operator, with a unit,
 * in a growth phrase, or as the head of the clause); every other number is reported in `notes`.
 */
import type { ParsedTarget, TargetOperator } from '../plan-parse.types.js';
import {
  ARTICLE_NUMBERS,
  CONDITIONAL,
  DEFINITE_BEFORE,
  DURATION_AFTER,
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
import { NumberToken, PeriodSpan, Anchor, buildNumericTargets, buildNonNumericTargets } from './build-targets.js';
import { foldText, lastIndexOf, parseDecimal } from './target-text.js';

export type { TargetLanguage } from './target-lexicon.js';

interface TargetParseResult {
  targets: ParsedTarget[];
  /** What the grammar saw but could not use or had to interpret: each one deserves a warning. */
  notes: string[];
  /** The text names a period the schema cannot hold (weekly, daily…): no period may be assumed. */
  unsupportedPeriod: boolean;
}

const MAX_TEXT = 4000;
const DIGITS = /(?<![\p{L}\p{N}.,/])\d+(?:[.,]\d+)*(?![\p{N}])/gu;
const CLAUSE_BOUNDARY = /[;:()\n]/g;
const BARE_HEAD =
  /(?:^|\s)(?:is|zijn|er|bedraagt|bedragen|telt|tellen|worden|wordt|est|sont|y a|atteint|atteignent|s'eleve a|s'elevent a|organiseert|organiseren|organise|organisent|ontwikkelt|realiseert|jaarlijks|jaarlijkse|per jaar|elk jaar|ieder jaar|annuellement|chaque annee|par an|-)$/u;
const CONJ_HEAD = /(?:^|\s)(?:en|et|and|ook|aussi|,)$/u;
const TIMES_AFTER = /^\s*(?:keer|maal|fois|times?|x|×)(?![\p{L}])/u;
const LEVEL_WORD = /(?:^|\s)(?:tot|naar|jusqu'a|a|to)(?:\s|$)/u;

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
