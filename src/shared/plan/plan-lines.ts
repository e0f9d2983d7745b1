/**
 * Lines of a plan converted from PDF: cleaning (stray `*`, bullets, ligatures, page numbers),
 * classification (section headings, objective numbers, Resultaten / Indicatoren markers) and the
 * joining of wrapped lines into list items.
 */

type Bullet = 'none' | 'bullet' | 'sub' | 'empty';

type LineKind =
  | 'blank'
  | 'noise'
  | 'results'
  | 'indicators'
  | 'operational'
  | 'general-head'
  | 'strategic-head'
  | 'objective'
  | 'operational-numbered'
  | 'text';

export interface PlanLine {
  /** 1-based line number in the input. */
  no: number;
  /** Cleaned text without bullet. */
  text: string;
  bullet: Bullet;
  /** The line ends with a dangling sub-bullet marker (`… uitgenodigd: o`). */
  opensSub: boolean;
  kind: LineKind;
  /** For objective lines: the numbers, e.g. [2, 2, 1] for `2.2.1.`; section candidates: [n]. */
  numbers: number[];
  /** Text after the number of numbered lines. */
  title: string;
}

export interface Item {
  text: string;
  /** 1-based line of the first line of the item. */
  line: number;
  bullet: Bullet;
}

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
};

/** Clean one raw line: invisible characters, ligatures, `*` markers, spacing. */
function cleanText(raw: string): string {
  if (/^[\x20-\x29\x2B-\x7E]*$/u.test(raw)) {
    return raw.replace(/ {2,}/gu, ' ').trim();
  }
  return (
    raw
      .replace(/[\uFB00-\uFB04]/g, (c) => LIGATURES[c] ?? c)
      // eslint-disable-next-line no-control-regex -- removing control characters left by the PDF conversion is the point
      .replace(/[\u200B-\u200D\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\*+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const BULLET =
  /^(?:[-\u2013\u2014\u2022\u00B7\u25AA\u25CF\u25A0\u25A1\u27A2\u25BA\u2192\u2713\uF0B7\uF0A7\uF0D8]|\*(?=\s))\s*/u;
const SUB_BULLET = /^(?:o|\u25E6|\u25AB)(?:\s+|$)/u;
const NOISE = [
  /^(?:pagina|page|blz\.?|p\.)\s*\d+(?:\s*(?:van|de|of|sur|\/)\s*\d+)?$/iu,
  /^\d{1,3}\s*(?:\/\s*\d{1,3})?$/u,
  /^[-_=.\s]{3,}$/u,
];

const MARKERS: Array<[RegExp, LineKind]> = [
  [
    /^(?:(?:verwachte|beoogde)\s+)?resulta(?:ten|at)|^r[ée]sultats?(?:\s+(?:attendus?|escomptés?|vis[ée]s?))?/iu,
    'results',
  ],
  [
    /^(?:resultaats?)?indicator(?:en)?(?:\s+(?:en\s+streefwaarden?|van\s+resultaat))?|^indicateurs?(?:\s+(?:de\s+r[ée]sultats?|et\s+valeurs?\s+cibles?|de\s+suivi))?/iu,
    'indicators',
  ],
  [/^operationele\s+doelstelling(?:en)?|^objectifs?\s+op[ée]rationnels?/iu, 'operational'],
];
/** An operational objective announced inline: `Operationele doelstelling 2: Title` / `Objectif opérationnel 1 : …`. */
const OPERATIONAL_INLINE =
  /^(?:(?:operationele\s+doelstelling|objectif\s+op[ée]rationnel)\s*\d*|OD\s*\d+)(?:\.\d+)*\s*[:.\u2013-]\s*(\S.*)$/iu;
const GENERAL_HEAD = /^(?:algemene\s+doelstelling(?:en)?|objectifs?\s+g[ée]n[ée]raux|objectif\s+g[ée]n[ée]ral)\s*:?$/iu;
const STRATEGIC_HEAD = /^(?:strategische\s+doelstelling(?:en)?|objectifs?\s+strat[ée]giques?)\s*:?$/iu;
const NUMBERED =
  /^(\d{1,2})\s?\.\s?(\d{1,2})(?:\s?\.\s?(\d{1,2}))?(?:\s?\.\s?(\d{1,2}))?\s?\.?\s*[-\u2013:)]?\s+(\S.*)$/u;
const SINGLE_NUMBER = /^(\d{1,2})\s?[.)]?\s+(?![\d./-])(\S.*)$/u;

function splitBullet(text: string): { bullet: Bullet; rest: string } {
  let rest = text;
  let bullet: Bullet = 'none';
  const b = BULLET.exec(rest);
  if (b !== null) {
    bullet = 'bullet';
    rest = rest.slice(b[0].length);
  }
  const sub = SUB_BULLET.exec(rest);
  if (sub !== null && (rest.length === sub[0].length || /^[\p{Lu}\p{N}'"(]/u.test(rest.slice(sub[0].length)))) {
    bullet = 'sub';
    rest = rest.slice(sub[0].length);
  }
  if (rest.trim() === '' && bullet !== 'none') {
    bullet = 'empty';
  }
  return { bullet, rest: rest.trim() };
}

function classify(text: string, bullet: Bullet): Pick<PlanLine, 'kind' | 'numbers' | 'title'> {
  const plain = { numbers: [] as number[], title: '' };
  if (text === '') {
    return { kind: bullet === 'none' ? 'blank' : 'text', ...plain };
  }
  const bare = text.endsWith(':') ? text.slice(0, -1).trimEnd() : text;
  for (const [re, kind] of MARKERS) {
    const m = re.exec(bare);
    if (m !== null && m[0].length === bare.length) {
      return { kind, ...plain };
    }
  }
  const inline = OPERATIONAL_INLINE.exec(text);
  if (inline !== null) {
    return { kind: 'operational-numbered', numbers: [], title: (inline[1] ?? '').trim() };
  }
  if (bullet !== 'none') {
    return { kind: 'text', ...plain };
  }
  if (NOISE.some((re) => re.test(text))) {
    return { kind: 'noise', ...plain };
  }
  const numbered = NUMBERED.exec(text);
  if (numbered !== null) {
    const numbers = [numbered[1], numbered[2], numbered[3], numbered[4]]
      .filter((n): n is string => n !== undefined)
      .map(Number);
    const title = (numbered[5] ?? '').trim();
    if (numbers.length === 2 && GENERAL_HEAD.test(title)) {
      return { kind: 'general-head', numbers, title };
    }
    if (numbers.length === 2 && STRATEGIC_HEAD.test(title)) {
      return { kind: 'strategic-head', numbers, title };
    }
    if (numbers.length === 3 && /^\p{L}|^["'(]/u.test(title)) {
      return { kind: 'objective', numbers, title };
    }
    if (numbers.length === 4 && numbers[1] === 2 && /^\p{L}|^["'(]/u.test(title)) {
      return { kind: 'operational-numbered', numbers, title };
    }
  }
  if (GENERAL_HEAD.test(text)) {
    return { kind: 'general-head', ...plain };
  }
  if (STRATEGIC_HEAD.test(text)) {
    return { kind: 'strategic-head', ...plain };
  }
  const single = SINGLE_NUMBER.exec(text);
  if (single !== null) {
    return { kind: 'text', numbers: [Number(single[1])], title: (single[2] ?? '').trim() };
  }
  return { kind: 'text', ...plain };
}

/** Split a plan text into cleaned, classified lines (1-based numbers). */
export function readPlanLines(text: string): PlanLine[] {
  const rawLines = text.split(/\r\n|\r|\n|\f/u);
  return rawLines.map((raw, index) => {
    let cleaned = cleanText(raw);
    let opensSub = false;
    if (cleaned.endsWith(' o') && /\S[:;,]?\s+o$/u.test(cleaned)) {
      opensSub = true;
      cleaned = cleaned.replace(/\s+o$/u, '');
    }
    const { bullet, rest } = splitBullet(cleaned);
    return { no: index + 1, text: rest, bullet, opensSub, ...classify(rest, bullet) };
  });
}

const FUNCTION_WORDS = new Set([
  'de',
  'het',
  'een',
  'van',
  'te',
  'in',
  'op',
  'aan',
  'met',
  'voor',
  'om',
  'tot',
  'en',
  'of',
  'over',
  'naar',
  'bij',
  'door',
  'uit',
  'die',
  'dat',
  'waar',
  'zijn',
  'haar',
  'hun',
  'als',
  'per',
  'ter',
  'ten',
  'zoals',
  'onder',
  'tegen',
  'du',
  'des',
  'le',
  'la',
  'les',
  'un',
  'une',
  'à',
  'au',
  'aux',
  'et',
  'ou',
  'pour',
  'par',
  'sur',
  'dans',
  'avec',
  'que',
  'qui',
  'dont',
  'leur',
  'leurs',
  'son',
  'sa',
  'ses',
  'ce',
  'cette',
  'entre',
  'vers',
  'the',
  'of',
  'and',
  'to',
]);

/** Words that typically open a new indicator or result, so a short line starting with one is an item. */
const ITEM_STARTS = new Set([
  'aantal',
  'bestaan',
  'bestaat',
  'jaarlijks',
  'jaarlijkse',
  'jaarrapport',
  'jaarverslag',
  'minstens',
  'verslag',
  'verslagen',
  'evaluatie',
  'evaluatierapport',
  'overzicht',
  'beschrijving',
  'de',
  'het',
  'een',
  'er',
  'op',
  'voor',
  'vanaf',
  'ten',
  'tegen',
  'nombre',
  'existence',
  'rapport',
  'rapports',
  'bilan',
  'évaluation',
  'description',
  'le',
  'la',
  'les',
  'un',
  'une',
  'des',
  'au',
  'à',
  'dès',
  'number',
  'the',
]);

/** Whether `next` (a line without bullet) continues the item whose text is `prev`. */
export function continuesItem(prev: string, next: string, blankBetween: boolean): boolean {
  if (prev === '') {
    return true;
  }
  if (/^[\p{Ll}]/u.test(next) && !/^o\s/u.test(next)) {
    return true;
  }
  if (/[,]$/u.test(prev) || /[\p{L}]-$/u.test(prev) || /['’]$/u.test(prev)) {
    return true;
  }
  if (/:$/u.test(prev) && !blankBetween) {
    return true;
  }
  const lastWord = (prev.split(/\s+/u).at(-1) ?? '').toLowerCase();
  if (FUNCTION_WORDS.has(lastWord)) {
    return true;
  }
  const words = next.split(/\s+/u);
  const first = (words[0] ?? '').toLowerCase();
  return blankBetween && words.length <= 4 && !/[.!?;:]$/u.test(prev) && !/:$/u.test(next) && !ITEM_STARTS.has(first);
}

/** Join a continuation line to an item's text (no space after a hyphenated word break). */
export function joinText(prev: string, next: string): string {
  if (prev === '') {
    return next;
  }
  if (/\p{Ll}-$/u.test(prev) && /^\p{Ll}/u.test(next)) {
    return prev.slice(0, -1) + next;
  }
  return `${prev} ${next}`;
}

/** Turn lines (no markers among them) into list items, joining lines that wrap. */
export function buildItems(lines: readonly PlanLine[]): Item[] {
  const items: Item[] = [];
  let blankBefore = false;
  let forceSub = false;
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'noise') {
      blankBefore = blankBefore || line.kind === 'blank';
      continue;
    }
    const prev = items.at(-1);
    if (line.bullet === 'empty') {
      items.push({ text: '', line: line.no, bullet: forceSub ? 'sub' : 'bullet' });
    } else if (
      line.bullet === 'none' &&
      prev !== undefined &&
      !forceSub &&
      continuesItem(prev.text, line.text, blankBefore)
    ) {
      prev.text = joinText(prev.text, line.text);
      if (prev.text === line.text) {
        prev.line = line.no;
      }
    } else {
      items.push({ text: line.text, line: line.no, bullet: forceSub ? 'sub' : line.bullet });
    }
    forceSub = line.opensSub;
    blankBefore = false;
  }
  return items.filter((item) => item.text !== '');
}

/**
 * Page headers and footers repeated by the PDF conversion: the same short unbulleted line four times
 * or more. They become noise; the caller is told which ones (to warn).
 */
export function markRepeatedLines(lines: PlanLine[]): PlanLine[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.kind === 'text' && line.bullet === 'none' && line.text.length <= 80) {
      counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
    }
  }
  const marked: PlanLine[] = [];
  for (const line of lines) {
    if (line.kind === 'text' && line.bullet === 'none' && (counts.get(line.text) ?? 0) >= 4) {
      line.kind = 'noise';
      marked.push(line);
    }
  }
  return marked;
}
