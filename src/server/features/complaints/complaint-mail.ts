import type { Locale } from '../../../shared/i18n/locale.js';
import { nuisanceCategoryLabels, type NuisanceCategory } from '../../../shared/barometer/categories.js';
import { formatDate } from '../../../shared/i18n/format.js';

interface MailText {
  subject: string;
  text: string;
}

const texts = {
  nl: {
    receiptSubject: 'Uw melding {reference} is goed ontvangen',
    receipt:
      'Beste,\n\nWe ontvingen uw melding over {category} bij {municipality}. Uw referentie is {reference}.\nWe antwoorden u ten laatste op {due}.\n\nVolg de behandeling met uw referentie en toegangscode op:\n{link}\n\nMet vriendelijke groeten,\nHet overlastloket van {municipality}',
    answerSubject: 'Antwoord op uw melding {reference}',
    answer:
      'Beste,\n\nU meldde overlast ({category}) aan {municipality}, met referentie {reference}. Dit is ons antwoord:\n\n{answer}\n\nU kunt de behandeling blijven volgen op:\n{link}\n\nMet vriendelijke groeten,\nHet overlastloket van {municipality}',
  },
  fr: {
    receiptSubject: 'Votre signalement {reference} a bien été reçu',
    receipt:
      'Madame, Monsieur,\n\nNous avons bien reçu votre signalement concernant : {category}, auprès de {municipality}. Votre référence est {reference}.\nNous vous répondrons au plus tard le {due}.\n\nSuivez le traitement avec votre référence et votre code d’accès :\n{link}\n\nCordialement,\nLe guichet nuisances de {municipality}',
    answerSubject: 'Réponse à votre signalement {reference}',
    answer:
      'Madame, Monsieur,\n\nVous avez signalé une nuisance ({category}) à {municipality}, sous la référence {reference}. Voici notre réponse :\n\n{answer}\n\nVous pouvez continuer à suivre le traitement sur :\n{link}\n\nCordialement,\nLe guichet nuisances de {municipality}',
  },
  en: {
    receiptSubject: 'Your report {reference} has been received',
    receipt:
      'Hello,\n\nWe received your report about {category} to {municipality}. Your reference is {reference}.\nWe will answer you by {due} at the latest.\n\nFollow its handling with your reference and access code at:\n{link}\n\nKind regards,\nThe nuisance desk of {municipality}',
    answerSubject: 'Answer to your report {reference}',
    answer:
      'Hello,\n\nYou reported nuisance ({category}) to {municipality}, with reference {reference}. This is our answer:\n\n{answer}\n\nYou can keep following its handling at:\n{link}\n\nKind regards,\nThe nuisance desk of {municipality}',
  },
} as const satisfies Record<Locale, Record<string, string>>;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

interface MailFacts {
  locale: Locale;
  reference: string;
  category: NuisanceCategory;
  municipality: string;
  /** The status page (without the access code, which only the citizen holds). */
  link: string;
}

/** The receipt after a public submission, in the citizen's language. */
export function receiptMail(facts: MailFacts & { dueOn: string }): MailText {
  const t = texts[facts.locale];
  const values = { ...base(facts), due: formatDate(facts.dueOn, facts.locale) };
  return { subject: fill(t.receiptSubject, values), text: fill(t.receipt, values) };
}

/** The answer to the citizen, in their language. */
export function answerMail(facts: MailFacts & { answer: string }): MailText {
  const t = texts[facts.locale];
  const values = { ...base(facts), answer: facts.answer };
  return { subject: fill(t.answerSubject, values), text: fill(t.answer, values) };
}

function base(facts: MailFacts): Record<string, string> {
  return {
    reference: facts.reference,
    category: nuisanceCategoryLabels[facts.category][facts.locale].toLowerCase(),
    municipality: facts.municipality,
    link: facts.link,
  };
}
