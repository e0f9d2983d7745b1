/** Deadline titles of the consultation and the desk, in the plan's language (the calendar, ICS feed and reminders). */
type PlanLocale = 'nl' | 'fr' | 'en';

/** An action agreed at the police–prevention consultation; the description is cut at 80 characters. */
export function consultationActionTitle(locale: PlanLocale, description: string): string {
  const what = description.slice(0, 80);
  return {
    nl: `Actie overleg politie–preventie: ${what}`,
    fr: `Action de la concertation police–prévention : ${what}`,
    en: `Police–prevention consultation action: ${what}`,
  }[locale];
}

/** The answer a complaint of the nuisance desk awaits. */
export function complaintAnswerTitle(locale: PlanLocale, reference: string): string {
  return {
    nl: `Antwoord op melding ${reference}`,
    fr: `Réponse au signalement ${reference}`,
    en: `Answer to report ${reference}`,
  }[locale];
}
