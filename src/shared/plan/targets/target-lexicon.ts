/**
 * Words of the target grammar (Dutch and French, a little English), matched on folded text
 * (lower case, no accents). See `target-text.ts`.
 */
import type { TargetPeriod } from '../plan-parse.types.js';
import { WB_END, WB_START, wordsRegex } from './target-text.js';

export type TargetLanguage = 'nl' | 'fr';

const NL_UNITS: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};
const NL_WORDS: Record<string, number> = {
  ...NL_UNITS,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
  duizend: 1000,
};
const NL_TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

const FR_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  'dix-sept': 17,
  'dix-huit': 18,
  'dix-neuf': 19,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  mille: 1000,
};
const FR_TENS = ['vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
const FR_UNITS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];

/** Words that are also an indefinite article: a number only right after an operator. */
export const ARTICLE_NUMBERS = new Set(['een', 'un', 'une']);

interface NumberWordMatch {
  start: number;
  end: number;
  value: number;
  word: string;
}

const NL_COMPOUND = new RegExp(
  `${WB_START}(${Object.keys(NL_UNITS).join('|')})en(${NL_TENS.join('|')})${WB_END}`,
  'gu',
);
const FR_COMPOUND = new RegExp(
  `${WB_START}(${FR_TENS.join('|')})(?:-et-|-| et )(${FR_UNITS.join('|')}|onze)${WB_END}`,
  'gu',
);
const NL_WORD_RE = wordsRegex(Object.keys(NL_WORDS));
const FR_WORD_RE = wordsRegex(Object.keys(FR_WORDS));

/** Number words in folded text, compounds first (`vijfentwintig`, `vingt-cinq`). */
export function findNumberWords(plain: string, lang: TargetLanguage): NumberWordMatch[] {
  const found: NumberWordMatch[] = [];
  const taken = (s: number, e: number) => found.some((m) => s < m.end && e > m.start);
  const compound = lang === 'nl' ? NL_COMPOUND : FR_COMPOUND;
  for (const m of plain.matchAll(compound)) {
    const a = m[1] ?? '';
    const b = m[2] ?? '';
    const value =
      lang === 'nl'
        ? (NL_WORDS[b] ?? 0) + (NL_UNITS[a] ?? 0)
        : (FR_WORDS[a] ?? 0) + (b === 'onze' ? 11 : (FR_WORDS[b] ?? 0));
    found.push({ start: m.index, end: m.index + m[0].length, value, word: m[0] });
  }
  const table = lang === 'nl' ? NL_WORDS : FR_WORDS;
  for (const m of plain.matchAll(lang === 'nl' ? NL_WORD_RE : FR_WORD_RE)) {
    const end = m.index + m[0].length;
    const value = table[m[0]];
    if (value !== undefined && !taken(m.index, end)) {
      found.push({ start: m.index, end, value, word: m[0] });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

export const MONTHS: Record<string, number> = {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};
export const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export type OperatorClass = 'ge' | 'le' | 'gt' | 'lt' | 'eq';

const OPERATORS: Record<OperatorClass, string[]> = {
  ge: [
    'groter dan of gelijk aan',
    'groter of gelijk aan',
    'meer dan of gelijk aan',
    'gelijk aan of groter dan',
    'gelijk aan of meer dan',
    'niet minder dan',
    'op zijn minst',
    'ten minste',
    'tenminste',
    'minstens',
    'minimaal',
    'minimum van',
    'een minimum van',
    'minimum',
    'min.',
    'au moins',
    'au minimum',
    'minimum de',
    'un minimum de',
    'pas moins de',
    'superieur ou egal a',
    'superieure ou egale a',
    'egal ou superieur a',
    'egale ou superieure a',
    'at least',
    'a minimum of',
    'no less than',
  ],
  le: [
    'kleiner dan of gelijk aan',
    'kleiner of gelijk aan',
    'niet meer dan',
    'ten hoogste',
    'hoogstens',
    'maximaal',
    'maximum van',
    'een maximum van',
    'maximum',
    'max.',
    'op zijn meest',
    'au maximum',
    'au plus',
    'maximum de',
    'un maximum de',
    'pas plus de',
    'inferieur ou egal a',
    'inferieure ou egale a',
    'at most',
    'no more than',
    'a maximum of',
    'ne depasse pas',
    'ne depassent pas',
    'ne doit pas depasser',
    'niet hoger dan',
  ],
  gt: ['meer dan', 'groter dan', 'hoger dan', 'plus de', 'plus que', 'superieur a', 'superieure a', 'more than'],
  lt: ['minder dan', 'kleiner dan', 'lager dan', 'moins de', 'inferieur a', 'inferieure a', 'less than', 'fewer than'],
  eq: ['exact', 'exactement', 'precies', 'gelijk aan', 'egal a', 'egale a', 'exactly'],
};
const SYMBOLS: Array<[string, OperatorClass]> = [
  ['>=', 'ge'],
  ['=>', 'ge'],
  ['\u2265', 'ge'],
  ['<=', 'le'],
  ['=<', 'le'],
  ['\u2264', 'le'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['=', 'eq'],
];

const OPERATOR_PHRASES: Array<[string, OperatorClass]> = (Object.entries(OPERATORS) as Array<[OperatorClass, string[]]>)
  .flatMap(([cls, list]) => list.map((p): [string, OperatorClass] => [p, cls]))
  .sort((a, b) => b[0].length - a[0].length);

/** The operator phrase that ends `before` (text right before a number), if any. */
export function operatorBefore(before: string): { cls: OperatorClass; length: number } | null {
  const trimmed = before.replace(/\s+$/, '');
  const gap = before.length - trimmed.length;
  for (const [symbol, cls] of SYMBOLS) {
    if (trimmed.endsWith(symbol)) {
      return { cls, length: symbol.length + gap };
    }
  }
  for (const [phrase, cls] of OPERATOR_PHRASES) {
    if (trimmed.endsWith(phrase)) {
      const prev = trimmed.charAt(trimmed.length - phrase.length - 1);
      if (prev === '' || !/[\p{L}\p{N}]/u.test(prev)) {
        return { cls, length: phrase.length + gap };
      }
    }
  }
  return null;
}

const DEFINITE = "(?:de|het|der|des|du|le|la|les|l')\\s+$";
export const DEFINITE_BEFORE = new RegExp(`${WB_START}${DEFINITE}`, 'u');

interface PeriodPattern {
  per: TargetPeriod;
  re: RegExp;
  /** An adjective that, after a definite article, describes a thing rather than the target. */
  adjective: boolean;
}

const p = (per: TargetPeriod, source: string, adjective = false): PeriodPattern => ({
  per,
  re: new RegExp(`${WB_START}(?:${source})${WB_END}`, 'gu'),
  adjective,
});

/** Period phrases, most specific first (a match masks the text for later patterns). */
export const PERIOD_PATTERNS: PeriodPattern[] = [
  p(
    'school_year',
    'per schooljaar|elk schooljaar|ieder schooljaar|schooljaarlijks[e]?|par annee scolaire|chaque annee scolaire|per school year',
  ),
  p(
    'two_years',
    'tweejaarlijks[e]?|om de twee jaar|elke twee jaar|tous les deux ans|biennale?s?|bisannuel(?:le)?s?|biennial|every two years',
    true,
  ),
  p(
    'half_year',
    'halfjaarlijks[e]?|zesmaandelijks[e]?|per semester|per halfjaar|per half jaar|semestriel(?:le)?s?|semestriellement|par semestre|chaque semestre|tous les six mois|half-yearly',
    true,
  ),
  p(
    'quarter',
    'driemaandelijks[e]?|per kwartaal|per trimester|elk kwartaal|trimestriel(?:le)?s?|trimestriellement|par trimestre|chaque trimestre|quarterly|per quarter',
    true,
  ),
  p(
    'month',
    'maandelijks[e]?|per maand|elke maand|iedere maand|mensuel(?:le)?s?|mensuellement|par mois|chaque mois|monthly|per month',
    true,
  ),
  p(
    'year',
    'jaarlijks[e]?|per jaar|per kalenderjaar|per werkjaar|per werkingsjaar|elk jaar|ieder jaar|elk werkjaar|op jaarbasis|par an|par annee|annuel(?:le)?s?|annuellement|chaque annee|tous les ans|par exercice|per year|annual(?:ly)?|yearly|every year',
    true,
  ),
  p(
    'year',
    'jaar(?:rapport|verslag|overzicht|plan|actieplan|programma|evaluatie|rapportage|nota|planning)\\p{L}*',
    true,
  ),
  p(
    'plan',
    '(?:tijdens|gedurende|in|over) de (?:hele |volledige )?(?:plan)?periode|per planperiode|over de looptijd van het plan|(?:sur|pendant) (?:toute )?la (?:duree|periode) du plan|over the plan period',
  ),
];

/** Periods the schema cannot express: reported, never guessed. */
export const UNSUPPORTED_PERIOD = new RegExp(
  `${WB_START}(?:tweemaandelijks[e]?|bimestriel(?:le)?s?|tous les deux mois|tweewekelijks[e]?|wekelijks[e]?|per week|dagelijks[e]?|per dag|hebdomadaires?|bimensuel(?:le)?s?|par semaine|quotidien(?:ne)?s?|quotidiennement|par jour|weekly|daily|fortnightly)${WB_END}`,
  'gu',
);

export const GROWTH_UP = new RegExp(
  `${WB_START}(?:groei\\p{L}*|groe\\p{L}{0,2}pad|stijg\\p{L}*|toename|toenemen|toeneemt|neemt toe|verhoog\\p{L}*|vermeerder\\p{L}*|augment\\p{L}*|croissance|croit|croitre|hausse|progress\\p{L}*|increase\\p{L}*|grow\\p{L}*|rises?)${WB_END}`,
  'gu',
);
export const GROWTH_DOWN = new RegExp(
  `${WB_START}(?:daal\\p{L}*|dalen|daling\\p{L}*|afname|afnemen|afneemt|neemt af|verminder\\p{L}*|reductie|reducer\\p{L}*|terugdring\\p{L}*|diminu\\p{L}*|baisse\\p{L}*|reduction|reduire|reduit|recul\\p{L}*|decrease\\p{L}*|falls?|drops?|reduce[sd]?)${WB_END}`,
  'gu',
);

export const PERCENT_AFTER = /^\s*(?:%|procent\b|percent\b|pour\s*cent\b|pct\b)/u;
export const HOURS_AFTER = /^\s*(?:u|uur|uren|h|heures?|hours?|hrs?)(?![\p{L}\p{N}])/u;
export const DURATION_AFTER =
  /^\s*(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|an|ans|annees?|mois|semaines?|jours?|years?|months?|weeks?|days?)(?![\p{L}\p{N}])/u;

export const QUALITATIVE =
  /(?:kwalitatieve?\s+indicator|kwalitatief|indicateur\s+qualitatif|qualitatif|qualitative(?:\s+indicator)?)/u;

export const EXISTS_WORDS = new RegExp(
  `${WB_START}(?:bestaan|bestaat|bestaande|er is een|is er een|er zijn|beschikbaar|aanwezig zijn|existence|existe|il existe|il y a un|il y a une|est disponible|disponibilite|exists?|existence of|oprichting|opstart|opstarten|opstarting|invoering|creatie|creation|mise en place|mise sur pied|instauration|installation)${WB_END}`,
  'u',
);
export const EXISTS_PARTICIPLE = new RegExp(
  `${WB_START}(?:is|zijn|wordt|worden|werd|est|sont|a ete|ont ete|is er|zijn er)${WB_END}[^.;]{0,160}?${WB_START}(?:opgemaakt|opgesteld|goedgekeurd|gerealiseerd|uitgewerkt|ondertekend|opgestart|ingediend|gepubliceerd|geactualiseerd|afgesloten|voorgelegd|aangenomen|approuvee?s?|adoptee?s?|redigee?s?|elaboree?s?|realisee?s?|signee?s?|etablie?s?|mise? en place|finalisee?s?|approved|adopted|signed|drawn up)${WB_END}`,
  'u',
);
export const COUNT_HEAD = /^(?:het\s+|le\s+|the\s+)?(?:aantal|nombre|number of)(?![\p{L}])/u;

/** Heads of documents and agreements: such an indicator is met when the thing exists. */
export const DOCUMENT_HEAD = new RegExp(
  `^(?:(?:een|un|une|a|an)\\s+)?(?:\\p{L}+-)?\\p{L}*(?:rapport|rapporten|rapportage|verslag|verslagen|nota|plan|plannen|overzicht|draaiboek|handleiding|protocol|convenant|catalogus|studie|analyse|beschrijving|charter|overeenkomst|afspraken|akkoord|richtlijnen|evaluatie|programma|bilan|compte-rendu|comptes-rendus|proces-verbal|note|guide|manuel|charte|convention|accord|etude|description|evaluation|programme|report|overview|agreement)${WB_END}`,
  'u',
);

export const CONDITIONAL = new RegExp(
  `${WB_START}(?:indien|op voorwaarde|mits|onder voorbehoud|a condition|sous reserve|si|if|provided)${WB_END}`,
  'u',
);
