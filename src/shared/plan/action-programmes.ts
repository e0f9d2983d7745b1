/**
 * Action programmes (actieprogramma's / programmes d'action) and the phenomena they cluster:
 * read from the plan's list ("Actieprogramma diefstal en inbraak … voor de fenomenen: inbraak, …"),
 * or, when there is no list, from the section descriptions ("maakt deel uit van het actieprogramma …").
 */
import type { ParsedActionProgramme } from './plan-parse.types.js';
import { continuesItem, joinText } from './plan-lines.js';
import type { PlanLine } from './plan-lines.js';
import type { RawSection } from './plan-objectives.js';
import type { Warn } from './plan-sections.js';
import { foldText } from './targets/target-text.js';

const PROGRAMME_LINE = /^(?:actieprogramma|programme\s+d'action)\s+(.+)$/u;
const NAME_END =
  /\s*(?::|\s(?:met|voor|avec|pour|waarbij|dont|omvat|richt|comprend|vise)\s|\s(?:specifieke|meetbare|specifiques?|mesurables?|objectifs|doelstellingen)\b)/u;
const PHENOMENA_START = /(?:fenomenen|phenomenes)\s*:?|(?:fenomeen|phenomene)\s+(?:van\s+|de\s+|du\s+|des\s+)?/u;
const STOP = new Set([
  'van',
  'en',
  'in',
  'uit',
  'dans',
  'voor',
  'pour',
  'de',
  'het',
  'op',
  'tegen',
  'tegenover',
  'et',
  'la',
  'le',
  'les',
  'du',
  'des',
  'aux',
  'au',
  'contre',
  'a',
  'and',
  'of',
]);
const SYNONYMS: string[][] = [
  ['autos', 'auto', 'wagens', 'wagen', 'voertuigen', 'voitures', 'vehicules'],
  ['huwelijken', 'huwelijk', 'mariages'],
  ['overheidsfuncties', 'overheids', 'functies'],
];

function tokens(text: string): string[] {
  return foldText(text)
    .plain.replace(/'/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !STOP.has(t));
}

function tokenMatches(token: string, words: readonly string[]): boolean {
  const group = SYNONYMS.find((g) => g.includes(token)) ?? [token];
  return words.some((w) => group.some((t) => w === t || (t.length >= 5 && (w.startsWith(t) || w.endsWith(t)))));
}

/** Sections (phenomena) whose title the text names: a distinctive word and half the title's words. */
function sectionsNamedIn(text: string, sections: readonly RawSection[]): string[] {
  const words = tokens(text);
  const titleTokens = sections.map((s) => tokens(s.title));
  const df = new Map<string, number>();
  for (const list of titleTokens) {
    for (const t of new Set(list)) {
      df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  const named: string[] = [];
  sections.forEach((section, i) => {
    const list = titleTokens[i] ?? [];
    if (list.length === 0) {
      return;
    }
    const matched = list.filter((t) => tokenMatches(t, words));
    const distinctive = matched.some((t) => (df.get(t) ?? 0) === 1);
    if (distinctive && matched.length / list.length >= 0.5) {
      named.push(section.number);
    }
  });
  return named;
}

function sameName(a: string, b: string): boolean {
  const ta = tokens(a).filter((t) => t.length >= 4);
  const tb = tokens(b);
  return ta.some((t) => tokenMatches(t, tb));
}

interface ListedProgramme {
  name: string;
  text: string;
  line: number;
}

function listedProgrammes(lines: readonly PlanLine[]): ListedProgramme[] {
  const found: ListedProgramme[] = [];
  lines.forEach((line, index) => {
    if (!/^(?:actieprogramma|programme)/iu.test(line.text)) {
      return;
    }
    const original = line.text.normalize('NFC');
    const folded = foldText(original).plain;
    const m = PROGRAMME_LINE.exec(folded);
    if (m === null || line.kind !== 'text' || folded.length !== original.length) {
      return;
    }
    let text = original;
    let blank = false;
    for (let i = index + 1; i < lines.length; i += 1) {
      const next = lines[i];
      if (next === undefined || (next.kind !== 'text' && next.kind !== 'blank' && next.kind !== 'noise')) {
        break;
      }
      if (next.kind !== 'text') {
        blank = true;
        continue;
      }
      if (
        next.bullet !== 'none' ||
        PROGRAMME_LINE.test(foldText(next.text).plain) ||
        !(continuesItem(text, next.text, blank) || /:$/u.test(text))
      ) {
        break;
      }
      text = joinText(text, next.text);
      blank = false;
    }
    const all = foldText(text).plain;
    const phenomena = PHENOMENA_START.exec(all);
    if (phenomena === null) {
      return;
    }
    const rest = m[1] ?? '';
    const nameStart = folded.length - rest.length;
    const cut = rest.search(NAME_END);
    const name = original
      .slice(nameStart, cut >= 0 ? nameStart + cut : undefined)
      .replace(/['"‘’]/gu, '')
      .trim();
    found.push({ name, text: all.slice(phenomena.index + phenomena[0].length), line: line.no });
  });
  return found;
}

const DESCRIPTION_PROGRAMME =
  /(?:actieprogramma|programme d'action)\s+'?([\p{L} -]+?)'?(?=[.,:;]|\s+(?:omvat|richt|samen|met|en heeft|maakt|comprend|vise|avec)\b|$)/u;

function namedInDescription(section: RawSection): string | null {
  if (section.description === null) {
    return null;
  }
  const m = DESCRIPTION_PROGRAMME.exec(foldText(section.description).plain);
  const name = m?.[1]?.trim();
  return name === undefined || name === '' || name.split(/\s+/u).length > 5 ? null : name;
}

/** The action programmes with the numbers of their sections; warnings where the plan contradicts itself. */
export function parseActionProgrammes(
  lines: readonly PlanLine[],
  sections: readonly RawSection[],
  warn: Warn,
): ParsedActionProgramme[] {
  const phenomena = sections.filter((s) => !/co[öo]rdina/iu.test(s.title));
  const listed = listedProgrammes(lines);
  let programmes: ParsedActionProgramme[];
  if (listed.length > 0) {
    programmes = [];
    for (const p of listed) {
      const named = sectionsNamedIn(p.text, phenomena);
      if (named.length === 0) {
        warn(p.line, `action programme "${p.name}": none of its phenomena matches a section title`);
      }
      const same = programmes.find((q) => sameName(q.name, p.name) && sameName(p.name, q.name));
      if (same === undefined) {
        programmes.push({ name: p.name, sections: named });
      } else {
        same.sections = [...new Set([...same.sections, ...named])];
      }
    }
    for (const section of phenomena) {
      const described = namedInDescription(section);
      const owner = programmes.find((p) => p.sections.includes(section.number));
      if (described !== null && owner !== undefined && !sameName(described, owner.name)) {
        warn(
          section.line,
          `section ${section.number} says it belongs to action programme "${described}", the programme list puts it in "${owner.name}"`,
        );
      }
    }
  } else {
    const byName = new Map<string, ParsedActionProgramme>();
    for (const section of phenomena) {
      const described = namedInDescription(section);
      if (described === null) {
        continue;
      }
      const key = [...byName.keys()].find((k) => sameName(k, described) && sameName(described, k)) ?? described;
      const programme = byName.get(key) ?? { name: key, sections: [] };
      programme.sections.push(section.number);
      byName.set(key, programme);
    }
    programmes = [...byName.values()];
  }
  if (programmes.length > 0) {
    for (const section of phenomena) {
      const owners = programmes.filter((p) => p.sections.includes(section.number));
      if (owners.length === 0) {
        warn(section.line, `section ${section.number} (${section.title}) is in no action programme`);
      } else if (owners.length > 1) {
        warn(
          section.line,
          `section ${section.number} is in ${owners.length} action programmes: ${owners.map((o) => o.name).join(', ')}`,
        );
      }
    }
  }
  return programmes;
}
