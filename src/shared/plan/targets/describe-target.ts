/**
 * A target in plain words, in Dutch, French or English: "at least 3 per year from 2014",
 * "minstens 3 per jaar vanaf 2014", "au moins 3 par an à partir de 2014".
 */
import type { ParsedTarget, TargetOperator, TargetPeriod } from '../plan-parse.types.js';

type DescribeLanguage = 'nl' | 'fr' | 'en';

interface Words {
  op: Record<TargetOperator, string>;
  per: Record<TargetPeriod, string>;
  year: (y: number) => string;
  from: (y: number) => string;
  until: (y: number) => string;
  due: (d: string) => string;
  hours: string;
  percent: string;
  exists: string;
  qualitative: string;
  monitor: (per: string | null) => string;
  growth: (op: string) => string;
  fall: (op: string) => string;
  decimal: string;
}

const elide = (word: string, op: string) => (/^[aeiouéh]/iu.test(op) ? `${word.slice(0, -1)}'${op}` : `${word} ${op}`);

const WORDS: Record<DescribeLanguage, Words> = {
  en: {
    op: { '>=': 'at least', '<=': 'at most', '=': 'exactly' },
    per: {
      year: 'per year',
      school_year: 'per school year',
      quarter: 'per quarter',
      month: 'per month',
      half_year: 'per half year',
      two_years: 'every two years',
      plan: 'over the plan period',
    },
    year: (y) => `in ${y}`,
    from: (y) => `from ${y}`,
    until: (y) => `until ${y}`,
    due: (d) => `by ${d}`,
    hours: 'hours',
    percent: '%',
    exists: 'exists',
    qualitative: 'qualitative: a described case',
    monitor: (per) => (per === null ? 'monitored, no target' : `monitored ${per}, no target`),
    growth: (op) => `growth of ${op}`.trim(),
    fall: (op) => `fall of ${op}`.trim(),
    decimal: '.',
  },
  nl: {
    op: { '>=': 'minstens', '<=': 'hoogstens', '=': 'precies' },
    per: {
      year: 'per jaar',
      school_year: 'per schooljaar',
      quarter: 'per kwartaal',
      month: 'per maand',
      half_year: 'per halfjaar',
      two_years: 'om de twee jaar',
      plan: 'over de planperiode',
    },
    year: (y) => `in ${y}`,
    from: (y) => `vanaf ${y}`,
    until: (y) => `tot en met ${y}`,
    due: (d) => `tegen ${d}`,
    hours: 'uur',
    percent: '%',
    exists: 'bestaat',
    qualitative: 'kwalitatief: een beschreven case',
    monitor: (per) => (per === null ? 'opgevolgd, geen streefwaarde' : `opgevolgd ${per}, geen streefwaarde`),
    growth: (op) => `groei van ${op}`.trim(),
    fall: (op) => `daling van ${op}`.trim(),
    decimal: ',',
  },
  fr: {
    op: { '>=': 'au moins', '<=': 'au plus', '=': 'exactement' },
    per: {
      year: 'par an',
      school_year: 'par année scolaire',
      quarter: 'par trimestre',
      month: 'par mois',
      half_year: 'par semestre',
      two_years: 'tous les deux ans',
      plan: 'sur la durée du plan',
    },
    year: (y) => `en ${y}`,
    from: (y) => `à partir de ${y}`,
    until: (y) => `jusqu'en ${y}`,
    due: (d) => `au plus tard le ${d}`,
    hours: 'heures',
    percent: ' %',
    exists: 'existe',
    qualitative: 'qualitatif : un cas décrit',
    monitor: (per) => (per === null ? 'suivi, sans valeur cible' : `suivi ${per}, sans valeur cible`),
    growth: (op) => (op === '' ? 'hausse' : elide('hausse de', op)),
    fall: (op) => (op === '' ? 'baisse' : elide('baisse de', op)),
    decimal: ',',
  },
};

function formatNumber(value: number, words: Words): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', words.decimal);
}

/** `YYYY-MM-DD` as `dd/mm/yyyy` (anything else unchanged). */
export function formatDueDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m === null ? iso : `${m[3]}/${m[2]}/${m[1]}`;
}

function timeWords(t: ParsedTarget, words: Words, withPer: boolean): string[] {
  const parts: string[] = [];
  if (withPer && t.per !== undefined) {
    parts.push(words.per[t.per]);
  }
  if (t.year !== undefined) parts.push(words.year(t.year));
  if (t.from !== undefined) parts.push(words.from(t.from));
  if (t.until !== undefined) parts.push(words.until(t.until));
  if (t.due !== undefined) parts.push(words.due(formatDueDate(t.due)));
  return parts;
}

/** A target in plain words in nl, fr or en; dates as dd/mm/yyyy. */
export function describeTarget(t: ParsedTarget, lang: DescribeLanguage): string {
  const words = WORDS[lang] ?? WORDS.en;
  const op = t.op === undefined ? '' : words.op[t.op];
  const amount = (suffix: string) => {
    const value = t.value === undefined ? '' : `${formatNumber(t.value, words)}${suffix}`;
    return [op, value].filter((p) => p !== '').join(' ');
  };
  let head: string;
  switch (t.kind) {
    case 'count':
      head = amount('');
      break;
    case 'hours':
      head = amount(` ${words.hours}`);
      break;
    case 'percentage':
      head = amount(words.percent);
      break;
    case 'growth': {
      const falling = (t.value ?? 0) < 0;
      // A fall is stored as a negative change: "<= -5" is a fall of at least 5.
      const fallOp = t.op === '<=' ? words.op['>='] : t.op === '>=' ? words.op['<='] : op;
      const value =
        t.value === undefined
          ? ''
          : `${formatNumber(Math.abs(t.value), words)}${t.unit === 'percent' ? words.percent : ''}`;
      head = falling
        ? words.fall([fallOp, value].filter((p) => p !== '').join(' '))
        : words.growth([op, value].filter((p) => p !== '').join(' '));
      break;
    }
    case 'exists':
      head = words.exists;
      break;
    case 'qualitative':
      return [words.qualitative, ...timeWords(t, words, true)].join(' ');
    case 'monitor':
      return [words.monitor(t.per === undefined ? null : words.per[t.per]), ...timeWords(t, words, false)].join(' ');
  }
  return [head, ...timeWords(t, words, true)].filter((p) => p !== '').join(' ');
}
