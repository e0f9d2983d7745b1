/**
 * The plan parser: from the text of a strategic safety and prevention plan (SVPP / PSSP, converted
 * from PDF) to the JSON of `plan-parse.schema.json`. Pure and I/O-free. Input that is not a plan at
 * all throws a `PlanParseError`; anything else the parser is unsure of becomes a warning with a line.
 */
import { parseActionProgrammes } from './action-programmes.js';
import { PlanParseError } from './plan-parse-error.js';
import type {
  ParsedIndicator,
  ParsedPlan,
  ParsedSection,
  ParsedTarget,
  ParseWarning,
  PlanLanguage,
} from './plan-parse.types.js';
import { parseGeneralProvisions } from './plan-general-provisions.js';
import { markRepeatedLines, readPlanLines } from './plan-lines.js';
import type { PlanLine } from './plan-lines.js';
import { parseSectionObjectives } from './plan-objectives.js';
import type { RawIndicator, RawSection } from './plan-objectives.js';
import { findSections } from './plan-sections.js';
import type { Warn } from './plan-sections.js';
import { parseTargetsDetailed } from './targets/parse-targets.js';

/** Largest accepted input: 5 MB of UTF-8 text. */
const PLAN_TEXT_MAX_BYTES = 5 * 1024 * 1024;

const BINARY_SAMPLE = 65536;
const TEMPLATE_KINDS = new Set(['results', 'indicators', 'operational', 'general-head', 'strategic-head']);
const NUMERIC_KINDS = new Set(['count', 'hours', 'percentage', 'growth']);

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes += 1;
    } else if (code < 0x800) {
      bytes += 2;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

/** Reject input that is not a plan text at all (empty, binary, too large). */
function guardInput(input: unknown): string {
  if (typeof input !== 'string') {
    throw new PlanParseError('PLAN_PARSE_EMPTY', { reason: 'not a string' });
  }
  if (
    input.length > PLAN_TEXT_MAX_BYTES ||
    (input.length * 3 > PLAN_TEXT_MAX_BYTES && utf8Length(input) > PLAN_TEXT_MAX_BYTES)
  ) {
    throw new PlanParseError('PLAN_PARSE_TOO_LARGE', { limit_bytes: PLAN_TEXT_MAX_BYTES, length: input.length });
  }
  const text = input.replace(/^\uFEFF/u, '');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    throw new PlanParseError('PLAN_PARSE_BINARY', { first_nul_at: nul });
  }
  if (text.trim() === '') {
    throw new PlanParseError('PLAN_PARSE_EMPTY', { length: input.length });
  }
  const sample = text.slice(0, BINARY_SAMPLE);
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) ||
      code === 0x7f ||
      code === 0xfffd ||
      (code >= 0x80 && code < 0xa0)
    ) {
      odd += 1;
    }
  }
  if (odd / sample.length > 0.1) {
    throw new PlanParseError('PLAN_PARSE_BINARY', { non_text_ratio: Math.round((odd / sample.length) * 1000) / 1000 });
  }
  return text;
}

const NL_WORDS = new Set([
  'resultaten',
  'indicatoren',
  'doelstellingen',
  'doelstelling',
  'het',
  'een',
  'van',
  'voor',
  'wordt',
  'worden',
  'zijn',
  'aantal',
  'minstens',
  'jaarlijks',
  'bestaan',
  'met',
]);
const FR_WORDS = new Set([
  'résultats',
  'indicateurs',
  'objectifs',
  'objectif',
  'les',
  'des',
  'une',
  'pour',
  'est',
  'sont',
  'nombre',
  'moins',
  'annuel',
  'existence',
  'avec',
  'du',
]);

/** Dutch or French, from the most frequent function words and template words. */
function detectLanguage(text: string): PlanLanguage {
  let nl = 0;
  let fr = 0;
  for (const word of text
    .slice(0, 30000)
    .toLowerCase()
    .split(/[\s.,;:()'"!?*\-–]+/u)) {
    if (NL_WORDS.has(word)) {
      nl += 1;
    } else if (FR_WORDS.has(word)) {
      fr += 1;
    }
  }
  return fr > nl ? 'fr' : 'nl';
}

function indicatorTargets(indicator: RawIndicator, lang: PlanLanguage, warn: Warn): ParsedIndicator {
  const { targets, notes, unsupportedPeriod } = parseTargetsDetailed(indicator.text, lang);
  const label = indicator.text.length > 60 ? `${indicator.text.slice(0, 57)}…` : indicator.text;
  for (const note of notes) {
    warn(indicator.line, `indicator "${label}": ${note}`);
  }
  const withPeriod = targets.map((target): ParsedTarget => {
    const timeless =
      target.per === undefined &&
      target.year === undefined &&
      target.from === undefined &&
      target.until === undefined &&
      target.due === undefined;
    if (NUMERIC_KINDS.has(target.kind) && timeless && !unsupportedPeriod) {
      warn(indicator.line, `indicator "${label}": no period in the text; read as per year (the plan's yearly cycle)`);
      return { ...target, per: 'year' };
    }
    return target;
  });
  return { text: indicator.text, targets: withPeriod };
}

function toSection(raw: RawSection, lang: PlanLanguage, warn: Warn): ParsedSection {
  return {
    number: raw.number,
    title: raw.title,
    kind: /co[öo]rdina/iu.test(raw.title) ? 'coordination' : 'phenomenon',
    description: raw.description,
    general_objectives: raw.general.map((g) => ({ number: g.number, title: g.title })),
    strategic_objectives: raw.strategic.map((so) => ({
      number: so.number,
      title: so.title,
      operational_objectives: so.operational.map((oo) => ({
        number: oo.number,
        title: oo.title,
        results: oo.results,
        indicators: oo.indicators.map((indicator) => indicatorTargets(indicator, lang, warn)),
      })),
    })),
  };
}

function looksLikePlan(lines: readonly PlanLine[]): boolean {
  return lines.some((l) => l.kind === 'objective') && lines.some((l) => TEMPLATE_KINDS.has(l.kind));
}

/** Parse a plan text. Throws `PlanParseError` only when the text is not a plan at all. */
export function parsePlan(text: string): ParsedPlan {
  const input = guardInput(text);
  const warnings: ParseWarning[] = [];
  const warn: Warn = (line, message) => {
    warnings.push({ line: Math.max(1, Math.floor(line)), message });
  };
  const lines = readPlanLines(input);
  const repeated = markRepeatedLines(lines);
  const sectionWarnings: ParseWarning[] = [];
  const spans = findSections(lines, (line, message) => sectionWarnings.push({ line, message }));
  const first = spans[0];
  const last = spans.at(-1);
  if (first === undefined || last === undefined || !looksLikePlan(lines)) {
    throw new PlanParseError('PLAN_PARSE_NO_SECTIONS', { lines: lines.length });
  }
  warnings.push(...sectionWarnings);
  for (const text of new Set(repeated.map((l) => l.text))) {
    const same = repeated.filter((l) => l.text === text);
    warn(
      same[0]?.no ?? 1,
      `"${text.slice(0, 60)}" repeats ${same.length} times: read as a page header or footer and ignored`,
    );
  }
  const language = detectLanguage(input);
  const rawSections = spans.map((span) => parseSectionObjectives(lines, span, warn));
  const provisions = parseGeneralProvisions(lines.slice(0, first.start), language, warn);
  const programmes = parseActionProgrammes(lines.slice(first.start, last.end), rawSections, warn);
  const sections = rawSections.map((raw) => toSection(raw, language, warn));
  warnings.sort((a, b) => a.line - b.line);
  return {
    language,
    municipality: provisions.municipality,
    period: provisions.period,
    funding: provisions.funding,
    sections,
    action_programmes: programmes,
    warnings,
  };
}
