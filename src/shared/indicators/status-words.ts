import { type Locale, localeTags } from '../i18n/locale.js';
import type { Status, StatusReason } from './indicator-status.js';

export const statusWords: Record<Locale, Record<Status, string>> = {
  nl: {
    achieved: 'Behaald',
    on_track: 'Op koers',
    at_risk: 'Risico',
    missed: 'Niet behaald',
    no_data: 'Geen gegevens',
    monitor: 'Opvolging',
  },
  fr: {
    achieved: 'Atteint',
    on_track: 'En bonne voie',
    at_risk: 'À risque',
    missed: 'Non atteint',
    no_data: 'Pas de données',
    monitor: 'Suivi',
  },
  en: {
    achieved: 'Achieved',
    on_track: 'On track',
    at_risk: 'At risk',
    missed: 'Missed',
    no_data: 'No data',
    monitor: 'Monitor only',
  },
};

const n = (value: number | undefined, locale: Locale) =>
  value === undefined ? '?' : new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: 1 }).format(value);
const d = (iso: string | undefined) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '?');

/** The status rule in words, e.g. "7 of 12 so far; 8.3 expected by now". */
export function explainStatus(reason: StatusReason, locale: Locale): string {
  const v = n(reason.value, locale);
  const r = n(reason.required, locale);
  const e = n(reason.expected, locale);
  const due = d(reason.due);
  const texts: Record<StatusReason['rule'], Record<Locale, string>> = {
    no_link: {
      nl: 'Nog niet gekoppeld aan een register of manuele invoer.',
      fr: 'Pas encore lié à un registre ni à une saisie manuelle.',
      en: 'Not yet linked to a register or manual values.',
    },
    no_value: {
      nl: 'Geen waarde ingevoerd voor deze periode.',
      fr: 'Aucune valeur saisie pour cette période.',
      en: 'No value entered for this period.',
    },
    not_started: {
      nl: 'De periode is nog niet begonnen.',
      fr: 'La période n’a pas encore commencé.',
      en: 'The period has not started yet.',
    },
    no_target_this_year: {
      nl: 'Geen streefwaarde voor dit jaar.',
      fr: 'Pas de valeur cible pour cette année.',
      en: 'No target for this year.',
    },
    monitor_only: {
      nl: `Alleen opvolging, geen streefwaarde${reason.value === undefined ? '' : ` (waarde ${v})`}.`,
      fr: `Suivi uniquement, sans valeur cible${reason.value === undefined ? '' : ` (valeur ${v})`}.`,
      en: `Monitored only, no target${reason.value === undefined ? '' : ` (value ${v})`}.`,
    },
    qualitative: {
      nl: 'Kwalitatieve indicator: beoordeeld in de evaluatie.',
      fr: 'Indicateur qualitatif : apprécié dans l’évaluation.',
      en: 'Qualitative indicator: judged in the evaluation.',
    },
    met: { nl: `${v} behaald, streefwaarde ${r}.`, fr: `${v} atteint, cible ${r}.`, en: `${v} reached, target ${r}.` },
    ahead_of_pace: {
      nl: `${v} van ${r} tot nu; ${e} verwacht op dit moment.`,
      fr: `${v} sur ${r} à ce jour ; ${e} attendu à ce stade.`,
      en: `${v} of ${r} so far; ${e} expected by now.`,
    },
    behind_pace: {
      nl: `${v} van ${r} tot nu; ${e} verwacht op dit moment — achterstand.`,
      fr: `${v} sur ${r} à ce jour ; ${e} attendu à ce stade — en retard.`,
      en: `${v} of ${r} so far; ${e} expected by now — behind.`,
    },
    not_met: {
      nl: `${v} van ${r}: streefwaarde niet gehaald.`,
      fr: `${v} sur ${r} : cible non atteinte.`,
      en: `${v} of ${r}: target not reached.`,
    },
    over_limit: {
      nl: `${v}, boven het maximum van ${r}.`,
      fr: `${v}, au-delà du maximum de ${r}.`,
      en: `${v}, above the maximum of ${r}.`,
    },
    within_limit: {
      nl: `${v}, binnen het maximum van ${r}.`,
      fr: `${v}, dans la limite de ${r}.`,
      en: `${v}, within the maximum of ${r}.`,
    },
    document_found: {
      nl: `Goedgekeurd document aanwezig (uiterlijk ${due}).`,
      fr: `Document approuvé présent (au plus tard le ${due}).`,
      en: `Approved document present (due ${due}).`,
    },
    document_due_soon: {
      nl: `Nog geen goedgekeurd document; uiterlijk ${due}.`,
      fr: `Pas encore de document approuvé ; échéance le ${due}.`,
      en: `No approved document yet; due ${due}.`,
    },
    document_pending: {
      nl: `Nog geen goedgekeurd document; tijd tot ${due}.`,
      fr: `Pas encore de document approuvé ; délai jusqu’au ${due}.`,
      en: `No approved document yet; time until ${due}.`,
    },
    document_missing: {
      nl: `Geen goedgekeurd document op ${due}.`,
      fr: `Aucun document approuvé au ${due}.`,
      en: `No approved document by ${due}.`,
    },
    growth_met: {
      nl: `Groei ${v}, streefwaarde ${r}.`,
      fr: `Croissance ${v}, cible ${r}.`,
      en: `Growth ${v}, target ${r}.`,
    },
    growth_on_pace: {
      nl: `Verwachte groei ${v} tegen het jaareinde, streefwaarde ${r}.`,
      fr: `Croissance projetée ${v} en fin d’année, cible ${r}.`,
      en: `Projected growth ${v} by year end, target ${r}.`,
    },
    growth_behind: {
      nl: `Verwachte groei ${v} tegen het jaareinde, onder de streefwaarde ${r}.`,
      fr: `Croissance projetée ${v} en fin d’année, sous la cible ${r}.`,
      en: `Projected growth ${v} by year end, below the target ${r}.`,
    },
    growth_not_met: {
      nl: `Groei ${v}, streefwaarde ${r} niet gehaald.`,
      fr: `Croissance ${v}, cible ${r} non atteinte.`,
      en: `Growth ${v}, target ${r} not reached.`,
    },
    growth_no_baseline: {
      nl: 'Geen waarde van het vorige jaar om de groei mee te vergelijken.',
      fr: 'Pas de valeur de l’année précédente pour mesurer la croissance.',
      en: 'No value for the previous year to measure growth against.',
    },
    sub_periods: {
      nl: `${reason.met ?? 0} van ${reason.of ?? 0} afgelopen periodes haalden ${r}.`,
      fr: `${reason.met ?? 0} des ${reason.of ?? 0} périodes écoulées ont atteint ${r}.`,
      en: `${reason.met ?? 0} of ${reason.of ?? 0} completed periods reached ${r}.`,
    },
  };
  return texts[reason.rule][locale];
}

export const rollupRule: Record<Locale, string> = {
  nl: 'Een groep is zo goed als haar zwakste opgevolgde indicator: niet behaald als er één niet behaald is, anders risico als er één risico loopt, anders op koers, anders behaald. Indicatoren zonder gegevens of met alleen opvolging tellen niet mee.',
  fr: 'Un groupe vaut son indicateur suivi le plus faible : non atteint si l’un l’est, sinon à risque si l’un l’est, sinon en bonne voie, sinon atteint. Les indicateurs sans données ou de simple suivi ne comptent pas.',
  en: 'A group is as good as its weakest followed indicator: missed if any is missed, else at risk if any is at risk, else on track, else achieved. Indicators without data or monitored only do not count.',
};
