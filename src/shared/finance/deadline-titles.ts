import type { DecidedReportKind, DecisionStep } from './decision-path.js';

/** Deadline titles in the plan's language (the calendar, its ICS feed and the reminders show them as they are). */
type PlanLocale = 'nl' | 'fr' | 'en';

const stepWords: Record<PlanLocale, Record<DecisionStep, string>> = {
  nl: {
    college_referral: 'verwijzing door het college',
    council_approval: 'goedkeuring door de gemeenteraad',
    ministry_submission: 'indiening bij de FOD Binnenlandse Zaken',
  },
  fr: {
    college_referral: 'renvoi par le collège',
    council_approval: 'approbation par le conseil communal',
    ministry_submission: 'envoi au SPF Intérieur',
  },
  en: {
    college_referral: 'college referral',
    council_approval: 'council approval',
    ministry_submission: 'submission to the ministry',
  },
};

const reportWords: Record<PlanLocale, Record<DecidedReportKind, string>> = {
  nl: {
    evaluation: 'Evaluatie',
    activity: 'Activiteitenverslag',
    finance: 'Financiële verantwoording',
    guards: 'Jaarverslag gemeenschapswachten',
    nero: 'Jaarrapport NERO-project',
  },
  fr: {
    evaluation: 'Évaluation',
    activity: 'Rapport d’activités',
    finance: 'Justification financière',
    guards: 'Rapport annuel des gardiens de la paix',
    nero: 'Rapport annuel du projet NERO',
  },
  en: {
    evaluation: 'Evaluation',
    activity: 'Activity report',
    finance: 'Financial justification',
    guards: 'Community guard yearly report',
    nero: 'NERO project yearly report',
  },
};

export const stepWord = (locale: PlanLocale, step: DecisionStep): string => stepWords[locale][step];
export const reportWord = (locale: PlanLocale, kind: DecidedReportKind): string => reportWords[locale][kind];

export function planStepTitle(locale: PlanLocale, planLabel: string, step: DecisionStep): string {
  return `${planLabel}: ${stepWords[locale][step]}`;
}

export function reportStepTitle(locale: PlanLocale, kind: DecidedReportKind, year: number, step: DecisionStep): string {
  if (kind === 'evaluation' && step === 'college_referral') {
    return {
      nl: `Evaluatie ${year} aan het college`,
      fr: `Évaluation ${year} au collège`,
      en: `Evaluation ${year} to the college`,
    }[locale];
  }
  return `${reportWords[locale][kind]} ${year}: ${stepWords[locale][step]}`;
}

export function agreementReviewTitle(locale: PlanLocale, title: string, partner: string): string {
  return {
    nl: `Opvolging overeenkomst: ${title} (${partner})`,
    fr: `Suivi de la convention : ${title} (${partner})`,
    en: `Agreement review: ${title} (${partner})`,
  }[locale];
}
