/**
 * The general provisions before the first section: municipality, plan period and the amounts
 * granted per scheme (Belgian number format `810.553,07`, FTE contingents `8 VTE` / `ETP`).
 */
import type { ParsedFunding, ParsedPeriod, PlanLanguage } from './plan-parse.types.js';
import type { PlanLine } from './plan-lines.js';
import type { Warn } from './plan-sections.js';
import { MONTHS, MONTH_ALT } from './targets/target-lexicon.js';
import { foldText, isoDate, parseDecimal } from './targets/target-text.js';

interface GeneralProvisions {
  municipality: string | null;
  period: ParsedPeriod | null;
  funding: ParsedFunding[];
}

const DATE_SOURCE = `(\\d{1,2}\\s?[-/.]\\s?\\d{1,2}\\s?[-/.]\\s?\\d{4}|\\d{1,2}(?:er|e)?\\s+(?:${MONTH_ALT})\\s+\\d{4})`;
const RANGE_SEP = "\\s*(?:-|tot\\s+en\\s+met|t/m|tot|au|a|jusqu'au|to)\\s*";
const PERIOD_PATTERNS: Array<[RegExp, number]> = [
  [
    new RegExp(
      `^(?:periode|periode du|period)\\s*:\\s*(?:van\\s+|du\\s+)?${DATE_SOURCE}${RANGE_SEP}${DATE_SOURCE}`,
      'u',
    ),
    3,
  ],
  [
    new RegExp(`(?:treedt|treden)\\s+in\\s+werking\\s+op\\s+${DATE_SOURCE}.*?eindig\\w*\\s+op\\s+${DATE_SOURCE}`, 'u'),
    3,
  ],
  [
    new RegExp(
      `entre\\w*\\s+en\\s+vigueur\\s+le\\s+${DATE_SOURCE}.*?(?:prend\\w*\\s+fin|se\\s+termine\\w*|expire\\w*|fin\\w*)\\s+le\\s+${DATE_SOURCE}`,
      'u',
    ),
    3,
  ],
  [new RegExp(`(?:periode|period)\\s+(?:van\\s+|du\\s+)?${DATE_SOURCE}${RANGE_SEP}${DATE_SOURCE}`, 'u'), 1],
];

/** A date written as `01-01-2020`, `01/01/2020` or `1 januari 2020` / `1er janvier 2020`, as ISO. */
function parseDateText(raw: string): string | null {
  const { plain } = foldText(raw);
  const numeric = /^(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4})$/u.exec(plain.trim());
  if (numeric !== null) {
    return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  }
  const text = new RegExp(`^(\\d{1,2})(?:er|e)?\\s+(${MONTH_ALT})\\s+(\\d{4})$`, 'u').exec(plain.trim());
  if (text !== null) {
    return isoDate(Number(text[3]), MONTHS[text[2] ?? ''] ?? 0, Number(text[1]));
  }
  return null;
}

function findPeriod(lines: readonly PlanLine[], warn: Warn): ParsedPeriod | null {
  const found: Array<{ period: ParsedPeriod; weight: number; line: number }> = [];
  for (const line of lines) {
    const { plain } = foldText(line.text);
    for (const [re, weight] of PERIOD_PATTERNS) {
      const m = re.exec(plain);
      if (m === null) {
        continue;
      }
      const start = parseDateText(m[1] ?? '');
      const end = parseDateText(m[2] ?? '');
      if (start !== null && end !== null && start <= end) {
        found.push({ period: { start, end }, weight, line: line.no });
        break;
      }
    }
  }
  const best = Math.max(0, ...found.map((f) => f.weight));
  const top = found.filter((f) => f.weight === best);
  const chosen = top.at(-1);
  if (chosen === undefined) {
    return null;
  }
  for (const other of top) {
    if (other.period.start !== chosen.period.start || other.period.end !== chosen.period.end) {
      warn(
        other.line,
        `plan period ${other.period.start}–${other.period.end} differs from ${chosen.period.start}–${chosen.period.end} (line ${chosen.line}); kept the latter`,
      );
    }
  }
  return chosen.period;
}

const NAME = "\\p{Lu}[\\p{L}'-]*(?:[ -]\\p{Lu}[\\p{L}'-]*)*";
const MUNICIPALITY_PATTERNS: RegExp[] = [
  new RegExp(`^(${NAME})\\s*:\\s*(?:SVPP|PSSP|SVP|PSS)\\b`, 'u'),
  new RegExp(
    `\\b(?:[Dd]e\\s+)?(?:Stad|Gemeente|stad|gemeente)\\s+(\\p{Lu}{2}[\\p{Lu}'-]*(?:[ -]\\p{Lu}{2}[\\p{Lu}'-]*)*)\\b`,
    'u',
  ),
  new RegExp(
    `\\b(?:[Ll]a\\s+)?(?:Ville|Commune|ville|commune)\\s+(?:de\\s+|d')(\\p{Lu}{2}[\\p{Lu}'-]*(?:[ -]\\p{Lu}{2}[\\p{Lu}'-]*)*)\\b`,
    'u',
  ),
  new RegExp(`^(?:STAD|GEMEENTE|VILLE|COMMUNE)\\s+(?:DE\\s+|D')?(${NAME})$`, 'u'),
  new RegExp(`\\b(?:[Dd]e\\s+)?(?:Stad|Gemeente)\\s+(${NAME})`, 'u'),
  new RegExp(`\\b(?:[Ll]a\\s+)?(?:Ville|Commune)\\s+(?:de\\s+|d')(${NAME})`, 'u'),
];

function findMunicipality(lines: readonly PlanLine[]): string | null {
  for (const re of MUNICIPALITY_PATTERNS) {
    for (const line of lines) {
      const m = re.exec(line.text);
      const name = m?.[1]?.trim();
      if (name !== undefined && name.length >= 2 && !/^(?:EUR|VTE|ETP|SVPP|PSSP)$/u.test(name)) {
        return name;
      }
    }
  }
  return null;
}

const AMOUNT = /(\d{1,3}(?:[.\s\u00A0\u202F]\d{3})+(?:,\d{1,2}|,-)?|\d+(?:,\d{1,2}|,-)?)\s*(?:EUR|€|euros?)\b/u;
const GRANTED =
  /(?:toegekend|toegewezen|verleend|octroy\p{L}*|allou\p{L}*|accord\p{L}*|attribu\p{L}*)\s+(?:aan|à|au|aux)\s+(.+)$/u;
const LEADING_FILLER =
  /^(?:(?:de|het|den|le|la|les|du|des|au|aux|bijkomende?|extra|aanvullende?|contingent|dispositief|dispositif|compl[ée]mentaires?|suppl[ée]mentaires?|additionnels?)\s+|l')+/iu;
const FTE_TOTAL = /(?:totaal|total)\s*:\s*(\d+(?:,\d+)?)\s*(?:VTE|ETP|FTE)\b/iu;
const FTE_REGIME = /(\d+(?:,\d+)?)\s+(\d)\/(\d)\s+(?:VTE|ETP|FTE)\b/giu;
const FTE_PLAIN = /(\d+(?:,\d+)?)\s+(?:VTE|ETP|FTE)\b/iu;
const TABLE_TOTAL = /^(?:totaal|total)\s+(\d[\d.\s]*,\d{2})\s*€?/iu;

function schemeName(recipient: string, municipality: string | null, lang: PlanLanguage): string {
  const own =
    /\b(?:stad|gemeente|ville|commune)\b/iu.test(recipient) ||
    (municipality !== null && recipient.toUpperCase().includes(municipality.toUpperCase()));
  if (own) {
    return lang === 'fr' ? 'PSSP' : 'SVPP';
  }
  const acronym = /\b(\p{Lu}{4,})\b/u.exec(recipient.replace(/\b(?:EUR|VTE|ETP|FTE)\b/gu, ''));
  if (acronym?.[1] !== undefined) {
    return acronym[1];
  }
  const cleaned = recipient
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(LEADING_FILLER, '')
    .replace(/\s+\d\s*$/u, '')
    .replace(/[.\s]+$/u, '');
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}

function readFte(block: readonly PlanLine[]): number | null {
  for (const line of block) {
    const total = FTE_TOTAL.exec(line.text);
    if (total?.[1] !== undefined) {
      return parseDecimal(total[1]);
    }
  }
  for (const line of block) {
    let sum = 0;
    for (const m of line.text.matchAll(FTE_REGIME)) {
      sum += ((parseDecimal(m[1] ?? '0') ?? 0) * Number(m[2])) / Math.max(1, Number(m[3]));
    }
    if (sum > 0) {
      return Math.round(sum * 100) / 100;
    }
    const plain = FTE_PLAIN.exec(line.text);
    if (plain?.[1] !== undefined && !/\bper\s+(?:VTE|ETP)/iu.test(line.text)) {
      return parseDecimal(plain[1]);
    }
  }
  return null;
}

function findFunding(
  lines: readonly PlanLine[],
  municipality: string | null,
  lang: PlanLanguage,
  warn: Warn,
): ParsedFunding[] {
  const grants: Array<{ index: number; amount: number; recipient: string }> = [];
  lines.forEach((line, index) => {
    const amount = AMOUNT.exec(line.text);
    const granted = GRANTED.exec(line.text);
    if (amount?.[1] === undefined || granted?.[1] === undefined || amount.index > granted.index) {
      return;
    }
    const value = parseDecimal(amount[1]);
    const recipient = granted[1].split(/[,:;(]|\s(?:volgens|selon|conform\p{L}*)\s/u)[0]?.trim() ?? '';
    if (value !== null) {
      grants.push({ index, amount: value, recipient });
    }
  });
  return grants.map((grant, k) => {
    const next = grants[k + 1]?.index ?? lines.length;
    let end = next;
    for (let i = grant.index + 1; i < next; i += 1) {
      const line = lines[i];
      if (line !== undefined && line.numbers.length === 1 && /^\d{1,2}\s?[.)]/u.test(line.text)) {
        end = i;
        break;
      }
    }
    const block = lines.slice(grant.index, end);
    const scheme = schemeName(grant.recipient, municipality, lang);
    const own = scheme === 'SVPP' || scheme === 'PSSP';
    const fte = own ? null : readFte(block);
    for (const line of block.slice(1)) {
      const total = TABLE_TOTAL.exec(line.text);
      const value = total?.[1] === undefined ? null : parseDecimal(total[1]);
      if (value !== null && Math.abs(value - grant.amount) > 0.005) {
        warn(line.no, `${scheme}: table total ${value} differs from the granted amount ${grant.amount}`);
      }
    }
    if (!own && fte === null) {
      warn(lines[grant.index]?.no ?? 1, `${scheme}: no FTE contingent found for the amount ${grant.amount}`);
    }
    return { scheme, amount_eur: grant.amount, fte };
  });
}

/** Read municipality, period and funding from the lines before the first section. */
export function parseGeneralProvisions(
  preamble: readonly PlanLine[],
  lang: PlanLanguage,
  warn: Warn,
): GeneralProvisions {
  const provisionsStart = preamble.findIndex((l) =>
    /^(?:algemene\s+bepalingen|dispositions\s+g[ée]n[ée]rales)\s*:?$/iu.test(l.text),
  );
  const provisions = provisionsStart >= 0 ? preamble.slice(provisionsStart) : preamble;
  const conventionStart = preamble.findIndex((l) => /^(?:strategisch|plan\s+strat[ée]gique)/iu.test(l.text));
  const convention = conventionStart >= 0 ? preamble.slice(conventionStart) : preamble;
  const municipality = findMunicipality(convention) ?? findMunicipality(preamble);
  const period = findPeriod(convention, warn) ?? findPeriod(preamble, warn);
  if (period === null) {
    warn(1, 'plan period not found in the general provisions');
  }
  if (municipality === null) {
    warn(1, 'municipality not found in the general provisions');
  }
  return { municipality, period, funding: findFunding(provisions, municipality, lang, warn) };
}
