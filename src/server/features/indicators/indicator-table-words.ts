import type { IndicatorFlag } from '../../../shared/api/indicators.schema.js';
import { type Locale, localeTags } from '../../../shared/i18n/locale.js';
import { fieldWithRole } from '../../../shared/indicators/builtin-register-types.js';
import type { IndicatorLinkInput, IndicatorQuery, ManualReason } from '../../../shared/indicators/indicator-query.js';
import type { RegisterTypeDefinition } from '../../../shared/indicators/register-fields.js';
import pluralTexts from './indicator-table-words.texts.json';

/** The words of the indicator table: what a computation reads, why an indicator is manual, why it is flagged. */

/** Register names as the object of "number of …" (the register definitions name one registration). */
const plurals: Record<string, Record<Locale, string>> = pluralTexts;

const w = {
  nl: {
    registrationsIn: (label: string) => `registraties ‘${label}’`,
    count: (what: string) => `aantal ${what}`,
    hours: (what: string) => `uren ${what}`,
    quantity: (field: string, what: string) => `${field} bij ${what}`,
    latest: 'laatste telling',
    of: (subject: string) => `van ‘${subject}’`,
    subjectGone: 'een onbekend onderwerp',
    colon: ': ',
    manual: (reason: string) => `manuele waarden: ${reason}`,
    reasons: {
      qualitative: 'kwalitatief, beoordeeld door een persoon in de evaluatie',
      external: 'gegevens van buiten svpp (bv. webstatistieken), manueel ingevoerd',
      judgment: 'het oordeel van een persoon, manueel ingevoerd',
      other: 'manueel ingevoerd',
    },
    shared: (others: string) => `Zelfde berekening als ${others}: telt misschien iets anders mee.`,
    farAbove: (value: string, required: string) =>
      `Waarde ${value} is minstens vijf keer de streefwaarde ${required}: nakijken of niet te veel meetelt.`,
    accepted: (comment: string) => ` Aanvaard: ${comment}`,
  },
  fr: {
    registrationsIn: (label: string) => `enregistrements « ${label} »`,
    count: (what: string) => `nombre de ${what}`,
    hours: (what: string) => `heures (${what})`,
    quantity: (field: string, what: string) => `${field} (${what})`,
    latest: 'dernier comptage',
    of: (subject: string) => `de « ${subject} »`,
    subjectGone: 'un sujet inconnu',
    colon: ' : ',
    manual: (reason: string) => `valeurs manuelles : ${reason}`,
    reasons: {
      qualitative: 'qualitatif, apprécié par une personne dans l’évaluation',
      external: 'données externes à svpp (p. ex. statistiques web), saisies à la main',
      judgment: 'le jugement d’une personne, saisi à la main',
      other: 'saisi à la main',
    },
    shared: (others: string) => `Même calcul que ${others} : compte peut-être autre chose.`,
    farAbove: (value: string, required: string) =>
      `La valeur ${value} atteint au moins cinq fois la cible ${required} : vérifier qu’elle ne compte pas trop.`,
    accepted: (comment: string) => ` Accepté : ${comment}`,
  },
  en: {
    registrationsIn: (label: string) => `registrations ‘${label}’`,
    count: (what: string) => `number of ${what}`,
    hours: (what: string) => `hours of ${what}`,
    quantity: (field: string, what: string) => `${field} in ${what}`,
    latest: 'latest count',
    of: (subject: string) => `of ‘${subject}’`,
    subjectGone: 'an unknown subject',
    colon: ': ',
    manual: (reason: string) => `manual values: ${reason}`,
    reasons: {
      qualitative: 'qualitative, judged by a person in the evaluation',
      external: 'data from outside svpp (e.g. web statistics), entered by hand',
      judgment: 'a person’s judgment, entered by hand',
      other: 'entered by hand',
    },
    shared: (others: string) => `Same computation as ${others}: it may count something else too.`,
    farAbove: (value: string, required: string) =>
      `Value ${value} is at least five times the target ${required}: check that it does not count too much.`,
    accepted: (comment: string) => ` Accepted: ${comment}`,
  },
} satisfies Record<Locale, unknown>;

const lower = (text: string) =>
  text.length > 1 && text[1] === text[1]?.toLocaleLowerCase()
    ? text.charAt(0).toLocaleLowerCase() + text.slice(1)
    : text;
const number = (value: number, locale: Locale) =>
  new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: 2 }).format(value);

export interface WordsContext {
  locale: Locale;
  /** The municipality's registers (built-in and own), by key. */
  types: Map<string, RegisterTypeDefinition>;
  /** Subject names by id. */
  subjects: Map<string, string>;
}

/**
 * A register query in words: "aantal vergaderingen van ‘CPR’", "uren activiteiten van ‘Vorming’ (soort activiteit:
 * vorming)".
 */
export function queryInWords(query: IndicatorQuery, context: WordsContext): string {
  const words = w[context.locale];
  const type = context.types.get(query.typeKey);
  const what =
    plurals[query.typeKey]?.[context.locale] ?? words.registrationsIn(type?.labels[context.locale] ?? query.typeKey);
  const field = (role: 'quantity' | 'hours') => {
    const found = type ? fieldWithRole(type, role) : undefined;
    return found ? lower(found.labels[context.locale]) : role;
  };
  let text: string;
  switch (query.measure) {
    case 'count':
      text = words.count(what);
      break;
    case 'hours':
      text = words.hours(what);
      break;
    case 'quantity':
      text = words.quantity(field('quantity'), what);
      break;
    // A head count names its subject ("laatste telling van ‘Medewerkers’"), else what is counted and where.
    case 'latest':
      text = query.subjectId ? words.latest : `${words.latest} ${field('quantity')} (${what})`;
      break;
  }
  if (query.subjectId) text += ` ${words.of(context.subjects.get(query.subjectId) ?? words.subjectGone)}`;
  const filters: string[] = [];
  const optionsOf = (role: 'category' | 'status', values: string[] | undefined) => {
    if (!values?.length) return;
    const found = type ? fieldWithRole(type, role) : undefined;
    const labels = values.map(
      (value) => found?.options?.find((o) => o.value === value)?.labels[context.locale] ?? value,
    );
    filters.push(`${found ? lower(found.labels[context.locale]) : role}${words.colon}${labels.map(lower).join(', ')}`);
  };
  optionsOf('category', query.categories);
  optionsOf('status', query.statuses);
  return filters.length ? `${text} (${filters.join('; ')})` : text;
}

/** Why an indicator is manual, in words. */
export function manualReasonInWords(reason: ManualReason | null | undefined, locale: Locale): string {
  return w[locale].reasons[reason ?? 'other'];
}

/** A link in words: the query, the ratio ("… / … × 100"), or the manual values with their reason. */
export function linkInWords(link: IndicatorLinkInput, context: WordsContext): string {
  if (link.mode === 'query') return queryInWords(link.query, context);
  if (link.mode === 'ratio') {
    const denominator =
      'typeKey' in link.ratio.denominator
        ? queryInWords(link.ratio.denominator, context)
        : number(link.ratio.denominator.constant, context.locale);
    return `${queryInWords(link.ratio.numerator, context)} / ${denominator}${link.ratio.scale === 100 ? ' × 100' : ''}`;
  }
  return w[context.locale].manual(manualReasonInWords(link.manualReason, context.locale));
}

/** A flag's reason in words, with the accepting person's comment when accepted. */
export function flagInWords(flag: IndicatorFlag, locale: Locale): string {
  const words = w[locale];
  const base =
    flag.kind === 'shared_computation'
      ? words.shared((flag.others ?? []).map((o) => `‘${o}’`).join(', '))
      : words.farAbove(number(flag.value ?? 0, locale), number(flag.required ?? 0, locale));
  return flag.accepted ? base + words.accepted(flag.accepted.comment) : base;
}
