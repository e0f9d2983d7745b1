/**
 * Dates and years in a target sentence, and what each one means for the target:
 * a start year (`vanaf 2015`), an end year, a deadline (`ten laatste op 31 maart 2016`), or the one
 * year the target holds for (`voor 2014`).
 */
import type { TargetLanguage } from './target-lexicon.js';
import { MONTHS, MONTH_ALT } from './target-lexicon.js';
import { WB_END, WB_START, isoDate } from './target-text.js';

type TimeField = 'from' | 'until' | 'due' | 'year' | 'none';

export interface TimeSpan {
  start: number;
  end: number;
  field: TimeField;
  year?: number;
  /** For `due`: the ISO date. */
  iso?: string;
  note?: string;
}

const YEAR = '(199\\d|20\\d\\d|2100)';
const NUMERIC_DATE = /(?<![\p{N}])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?![\p{N}])/gu;
const TEXT_DATE = new RegExp(
  `(?<![\\p{N}])(\\d{1,2})(?:e|er|ere|ste|de|st|nd|rd|th)?\\s+(${MONTH_ALT})\\.?\\s+${YEAR}(?![\\p{N}])`,
  'gu',
);
const MONTH_YEAR = new RegExp(`${WB_START}(${MONTH_ALT})\\.?\\s+${YEAR}(?![\\p{N}])`, 'gu');
const DAY_MONTH = new RegExp(`(?<![\\p{N}])(\\d{1,2})(?:e|er|ere|ste|de)?\\s+(${MONTH_ALT})${WB_END}`, 'gu');
const YEAR_RANGE = new RegExp(
  `(?:${WB_START}(van|de|from|tussen|between|periode|du|in|voor|pour|en)\\s+)?${YEAR}\\s*(?:-|tot en met|t/m|tot|a|au|to|en|and|et)\\s*${YEAR}(?![\\p{N}])`,
  'gu',
);
const LONE_YEAR = new RegExp(`(?<![\\p{L}\\p{N}/.])${YEAR}(?![\\p{N}])`, 'gu');

const ART = "(?:(?:het|le|la|l'|the)\\s*)?";
const YEAR_NOUN = '(?:(?:kalender|werk|werkings|school|boek)?jaar|annee|exercice|year)?';
const FROM_BEFORE = new RegExp(
  `${WB_START}(?:vanaf|van af|sinds|met ingang van|beginnend in|a partir de|a partir du|des le|des|depuis le|depuis|from|starting in|starting|as of)\\s*${ART}${YEAR_NOUN}\\s*$`,
  'u',
);
const UNTIL_BEFORE = new RegExp(
  `${WB_START}(?:tot en met|t/m|tot|until|jusqu'au|jusqu'a|jusqu'en|through|up to)\\s*${ART}${YEAR_NOUN}\\s*$`,
  'u',
);
const DUE_YEAR_BEFORE = new RegExp(
  `${WB_START}(?:ten laatste|uiterlijk|tegen|eind|einde|au plus tard|d'ici|pour fin|fin|avant fin|by|by the end of|end of|before the end of)(?:\\s+(?:in|en|op|het|l'|de|van|eind|einde|fin|a|la))*\\s*$`,
  'u',
);
const YEAR_BEFORE_NL = new RegExp(
  `${WB_START}(?:voor|in|tijdens|gedurende|for|during)\\s*${ART}${YEAR_NOUN}\\s*$`,
  'u',
);
const YEAR_BEFORE_FR = new RegExp(
  `${WB_START}(?:pour|en|durant|au cours de|pendant|dans|for|during|in)\\s*${ART}${YEAR_NOUN}\\s*$`,
  'u',
);

function fieldBeforeDate(before: string): TimeField {
  if (FROM_BEFORE.test(before)) {
    return 'from';
  }
  if (UNTIL_BEFORE.test(before)) {
    return 'until';
  }
  return 'due';
}

function fieldBeforeYear(before: string, lang: TargetLanguage): TimeField {
  if (FROM_BEFORE.test(before)) {
    return 'from';
  }
  if (UNTIL_BEFORE.test(before)) {
    return 'until';
  }
  if (DUE_YEAR_BEFORE.test(before)) {
    return 'due';
  }
  if ((lang === 'fr' ? YEAR_BEFORE_FR : YEAR_BEFORE_NL).test(before)) {
    return 'year';
  }
  return 'none';
}

function dateSpan(start: number, end: number, plain: string, year: number, month: number, day: number): TimeSpan {
  const before = plain.slice(Math.max(0, start - 50), start);
  const iso = isoDate(year, month, day);
  if (iso === null) {
    return { start, end, field: 'none', note: `not a valid date: "${plain.slice(start, end)}"` };
  }
  const field = fieldBeforeDate(before);
  if (field === 'due') {
    return { start, end, field, year, iso };
  }
  const note =
    (month === 1 && day === 1) || (field === 'until' && month === 12 && day === 31)
      ? undefined
      : `date ${iso} reduced to the year ${year}`;
  return note === undefined ? { start, end, field, year } : { start, end, field, year, note };
}

/** Every date and year in the folded text, with the field it sets. Spans never overlap. */
export function findTimeSpans(plain: string, lang: TargetLanguage): TimeSpan[] {
  const spans: TimeSpan[] = [];
  const free = (s: number, e: number) => spans.every((t) => e <= t.start || s >= t.end);
  const add = (span: TimeSpan) => {
    if (free(span.start, span.end)) {
      spans.push(span);
    }
  };
  for (const m of plain.matchAll(NUMERIC_DATE)) {
    add(dateSpan(m.index, m.index + m[0].length, plain, Number(m[3]), Number(m[2]), Number(m[1])));
  }
  for (const m of plain.matchAll(TEXT_DATE)) {
    add(dateSpan(m.index, m.index + m[0].length, plain, Number(m[3]), MONTHS[m[2] ?? ''] ?? 0, Number(m[1])));
  }
  for (const m of plain.matchAll(MONTH_YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) {
      continue;
    }
    const year = Number(m[2]);
    const month = MONTHS[m[1] ?? ''] ?? 1;
    const field = fieldBeforeDate(plain.slice(Math.max(0, start - 50), start));
    const iso = isoDate(year, month, 1) ?? undefined;
    add(
      field === 'due'
        ? {
            start,
            end,
            field,
            year,
            ...(iso === undefined ? {} : { iso }),
            note: `"${m[0]}" has no day: read as ${iso ?? year}`,
          }
        : { start, end, field, year, ...(month === 1 ? {} : { note: `"${m[0]}" reduced to the year ${year}` }) },
    );
  }
  for (const m of plain.matchAll(DAY_MONTH)) {
    const start = m.index;
    const end = start + m[0].length;
    add({
      start,
      end,
      field: 'none',
      note: `"${m[0]}" has no year: a date that recurs every year cannot be stored as one deadline`,
    });
  }
  for (const m of plain.matchAll(YEAR_RANGE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) {
      continue;
    }
    const a = Number(m[2]);
    const b = Number(m[3]);
    const lead = m[1];
    if (lead !== undefined && b >= a) {
      spans.push({ start, end, field: 'from', year: a }, { start, end: start, field: 'until', year: b });
    } else {
      spans.push({ start, end, field: 'none' });
    }
  }
  for (const m of plain.matchAll(LONE_YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) {
      continue;
    }
    const year = Number(m[1]);
    const field = fieldBeforeYear(plain.slice(Math.max(0, start - 50), start), lang);
    add(field === 'due' ? { start, end, field, year, iso: `${year}-12-31` } : { start, end, field, year });
  }
  return spans.sort((x, y) => x.start - y.start || x.end - y.end);
}
