/**
 * Where the sections of a plan start and end: a section exists where objective numbers with its
 * number appear (`2.1.1`, `2.2.1` …); its heading is the best `2. TITLE` line before them; the plan
 * ends at the signatures after the last section.
 */
import type { PlanLine } from './plan-lines.js';

export type Warn = (line: number, message: string) => void;

export interface SectionSpan {
  number: number;
  /** Index (0-based) of the heading line, or of the first structure line when no heading was found. */
  start: number;
  /** Index (0-based) of the first structure line (`n.1 …`). */
  firstStructure: number;
  /** Exclusive end index. */
  end: number;
  title: string;
  headingIndex: number | null;
}

const STRUCTURE_KINDS = new Set(['general-head', 'strategic-head', 'objective', 'operational-numbered']);

const END_MARKERS: RegExp[] = [
  /(?:werd|is|wordt)\s+(?:ondertekend|getekend)\s+te(?:\s+\p{Lu}|$)/u,
  /\bsign[ée]e?s?\s+(?:à|a)(?:\s+\p{Lu}|$)/u,
  /^(?:opgemaakt|gedaan)\s+te\s/iu,
  /^fait\s+(?:à|a|en)\s/iu,
  /_{2,}\s*\/\s*_{2,}/u,
  /^(?:handtekening|signature|handtekeningen|signatures)\b/iu,
  /^\(?get\.\)?\s/iu,
  /^(?:bijlage|bijlagen|annexe|annexes)\s*\d*\s*:?$/iu,
];
/** Markers that are only a marker when they are the whole (short) line, with their word limit. */
const SHORT_END_MARKERS: Array<[RegExp, number]> = [
  [/^(?:voor|namens)\s+(?:de|het)\s+(?:federale\s+staat|staat|gemeente|stad|college|gemeenteraad|minister)\b/iu, 6],
  [/^pour\s+(?:l'[ée]tat|la\s+commune|la\s+ville|le\s+coll[èe]ge|le\s+conseil|le\s+ministre)\b/iu, 6],
  [/^(?:mevrouw|mijnheer|de\s+heer|madame|monsieur)\s+\p{Lu}/u, 12],
  [
    /^(?:de|le|la)\s+(?:burgemeester|voorzitter|algemeen\s+directeur|bourgmestre|pr[ée]sidente?|directeur\s+g[ée]n[ée]ral|directrice\s+g[ée]n[ée]rale|ministre|minister)\b/iu,
    4,
  ],
];

/** Whether a line marks the end of the plan body (signatures, annex). */
function isEndMarker(line: PlanLine): boolean {
  const text = line.text;
  if (END_MARKERS.some((re) => re.test(text))) {
    return true;
  }
  const words = text.split(/\s+/u).length;
  return SHORT_END_MARKERS.some(([re, limit]) => words <= limit && re.test(text));
}

function headingScore(title: string, hasDot: boolean): number {
  const letters = title.replace(/[^\p{L}]/gu, '');
  const upper = title.replace(/[^\p{Lu}]/gu, '').length;
  let score = 0;
  score += /^\p{Lu}/u.test(title) ? 2 : -3;
  if (letters.length >= 3 && upper / letters.length >= 0.8) {
    score += 4;
  }
  if (hasDot) {
    score += 1;
  }
  if (title.split(/\s+/u).length <= 12) {
    score += 1;
  }
  if (!/[.:;,]$/u.test(title)) {
    score += 1;
  }
  if (/fenome|ph[ée]nom|dispositie?f|co[öo]rdina/iu.test(title)) {
    score += 2;
  }
  return score;
}

interface Group {
  n: number;
  first: number;
  last: number;
}

function structureGroups(lines: readonly PlanLine[]): Group[] {
  const groups: Group[] = [];
  lines.forEach((line, index) => {
    const n = line.numbers[0];
    if (!STRUCTURE_KINDS.has(line.kind) || n === undefined) {
      return;
    }
    const current = groups.at(-1);
    if (current !== undefined && current.n === n) {
      current.last = index;
    } else {
      groups.push({ n, first: index, last: index });
    }
  });
  return groups;
}

function findHeading(
  lines: readonly PlanLine[],
  n: number,
  from: number,
  to: number,
  warn: Warn,
): { index: number; title: string } | null {
  let best: { index: number; title: string; score: number } | null = null;
  for (let i = from; i < to; i += 1) {
    const line = lines[i];
    if (
      line === undefined ||
      line.kind !== 'text' ||
      line.bullet !== 'none' ||
      line.numbers.length !== 1 ||
      line.numbers[0] !== n
    ) {
      continue;
    }
    const hasDot = /^\d{1,2}\s?[.)]/u.test(line.text);
    const title = line.title.replace(/[.:\s]+$/u, '');
    const score = headingScore(line.title, hasDot);
    if (best === null || score >= best.score) {
      best = { index: i, title, score };
    }
  }
  if (best !== null && best.score < 3) {
    const at = lines[best.index];
    warn(at?.no ?? 1, `section ${n}: heading "${best.title.slice(0, 60)}" is uncertain (not a typical section title)`);
  }
  return best;
}

/** The sections of the plan, in order, with their line ranges. Empty when the text has none. */
export function findSections(lines: readonly PlanLine[], warn: Warn): SectionSpan[] {
  const groups = structureGroups(lines);
  const spans: SectionSpan[] = [];
  const seen = new Set<number>();
  groups.forEach((group, k) => {
    const previous = groups[k - 1];
    const from = previous === undefined ? 0 : previous.last + 1;
    const heading = findHeading(lines, group.n, from, group.first, warn);
    const firstLine = lines[group.first];
    if (seen.has(group.n)) {
      warn(firstLine?.no ?? 1, `section number ${group.n} appears again; read as a separate section`);
    }
    seen.add(group.n);
    if (heading === null) {
      warn(firstLine?.no ?? 1, `section ${group.n}: no heading "${group.n}. TITLE" found before its objectives`);
    }
    const prevSpan = spans.at(-1);
    const start = heading?.index ?? group.first;
    if (prevSpan !== undefined) {
      prevSpan.end = start;
    }
    spans.push({
      number: group.n,
      start,
      firstStructure: group.first,
      end: lines.length,
      title: heading?.title ?? '',
      headingIndex: heading?.index ?? null,
    });
  });
  const last = spans.at(-1);
  const lastGroup = groups.at(-1);
  if (last !== undefined && lastGroup !== undefined) {
    for (let i = lastGroup.last + 1; i < lines.length; i += 1) {
      const line = lines[i];
      if (line !== undefined && line.kind === 'text' && isEndMarker(line)) {
        last.end = i;
        break;
      }
    }
  }
  return spans;
}
