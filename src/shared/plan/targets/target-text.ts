/**
 * Text folding for the target grammar: lower case, accents removed, `*` and curly quotes
 * normalised — character by character, so a position in the folded text is a position in the
 * (NFC) original.
 */
interface FoldedText {
  /** NFC, lower-cased, accents kept (to tell `één` from the article `een`). */
  lower: string;
  /** Like `lower`, accents removed; same length. */
  plain: string;
}

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;

const FOLD_CACHE = new Map<string, [string, string]>();

function foldChar(ch: string): [string, string] {
  const cached = FOLD_CACHE.get(ch);
  if (cached !== undefined) {
    return cached;
  }
  const low = ch.toLowerCase();
  const l = low.length === ch.length ? low : ch;
  const base = l.normalize('NFD').replace(/\p{M}/gu, '');
  const folded: [string, string] = [l, base.length === l.length ? base : l];
  if (FOLD_CACHE.size < 4096) {
    FOLD_CACHE.set(ch, folded);
  }
  return folded;
}

export function foldText(text: string): FoldedText {
  const cleaned = text
    .normalize('NFC')
    .replace(QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/\*/g, ' ')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, ' ');
  if (!/[^ -~]/.test(cleaned)) {
    const lower = cleaned.toLowerCase();
    return { lower, plain: lower };
  }
  const lower: string[] = [];
  const plain: string[] = [];
  for (const ch of cleaned) {
    if (ch.charCodeAt(0) < 0x80) {
      const l = ch.toLowerCase();
      lower.push(l);
      plain.push(l);
    } else {
      const [l, p] = foldChar(ch);
      lower.push(l);
      plain.push(p);
    }
  }
  return { lower: lower.join(''), plain: plain.join('') };
}

/**
 * Word boundaries for regexes run on the folded text (`plain`), which has no accents left: ASCII
 * `\\b` is exact there and much faster than a Unicode look-behind.
 */
export const WB_START = '\\b';
export const WB_END = '\\b';

/** Build a unicode, global regex from alternatives, longest first, with word boundaries. */
export function wordsRegex(words: readonly string[], flags = 'gu'): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escapeRegex);
  return new RegExp(`${WB_START}(?:${sorted.join('|')})${WB_END}`, flags);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Parse a number written in Belgian or plain format: `810.553,07`, `1.000`, `2,5`, `12`. */
export function parseDecimal(raw: string): number | null {
  const t = raw.replace(/[\s\u00A0\u202F]/g, '').replace(/,-$/, '');
  if (!/^\d/.test(t)) {
    return null;
  }
  let normalised: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) {
    normalised = t.replace(/\./g, '').replace(',', '.');
  } else if (/^\d+,\d+$/.test(t)) {
    normalised = t.replace(',', '.');
  } else if (/^\d+(\.\d+)?$/.test(t)) {
    normalised = t;
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
    normalised = t.replace(/,/g, '');
  } else {
    return null;
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Two-digit zero padding for ISO dates. */
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1990 || year > 2100) {
    return null;
  }
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) {
    return null;
  }
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Where the last match of `re` in `text[from, to)` ends (an index into `text`), or -1 when there is none. */
export function lastIndexOf(re: RegExp, text: string, from: number, to: number): number {
  let found = -1;
  re.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(re)) {
    found = from + m.index + m[0].length;
  }
  return found;
}
