import { addDays } from '../../../shared/calendar/days.js';
import { defenceDays, paymentDays } from '../../../shared/enforcement/procedure.js';
import { formatCommunication } from '../../../shared/enforcement/structured-communication.js';
import { formatDate, formatDateTime, formatEuroCents } from '../../../shared/i18n/format.js';
import type { LetterRow } from './letters.repository.js';

/**
 * The words of the letters, in the holder's language. Letters exist in Dutch and French; a holder whose language is
 * German gets French (the language of the region the German-speaking community lies in), any other language (English,
 * unknown) gets Dutch, the language of a Flemish municipality's administration (language law on administrative
 * matters). README: "GAS letters".
 */
export type LetterLanguage = 'nl' | 'fr';

export function letterLanguage(holderLanguage: string): LetterLanguage {
  return holderLanguage === 'fr' || holderLanguage === 'de' ? 'fr' : 'nl';
}

/** One letter, ready to print: plain lines and pairs, no format. */
export interface Letter {
  language: LetterLanguage;
  sender: string[];
  recipient: string[];
  placeDate: string;
  subject: string;
  salutation: string;
  paragraphs: string[];
  facts: [string, string][];
  payment: [string, string][];
  closing: string[];
}

export interface LetterContext {
  kind: 'notification' | 'reminder';
  municipalityName: string;
  /** The day the batch is made (the letter's date). */
  today: string;
  timeZone: string;
  /** SVPP_GAS_IBAN; null prints that it is not configured. */
  iban: string | null;
}

const words = {
  nl: {
    officer: 'De sanctionerend ambtenaar',
    notificationSubject: 'Kennisgeving van een vastgestelde inbreuk — gemeentelijke administratieve sanctie',
    reminderSubject: 'Herinnering — betaling van een administratieve geldboete',
    salutation: 'Geachte mevrouw, geachte heer,',
    notificationBody: (amount: string) =>
      `U bent als houder van het voertuig ingeschreven bij de Dienst Inschrijvingen Voertuigen (DIV). Met dit voertuig werd de hieronder beschreven inbreuk vastgesteld. Voor deze inbreuk geldt een vaste administratieve geldboete van ${amount}.`,
    defence: (until: string) =>
      `U kunt binnen ${defenceDays} dagen na deze kennisgeving, uiterlijk op ${until}, schriftelijk uw verweer indienen bij de sanctionerend ambtenaar, of het bedrag betalen met de gestructureerde mededeling hieronder. Een betaling binnen die termijn beëindigt de procedure.`,
    prescription: (on: string) =>
      `Zonder betaling of verweer kan de sanctionerend ambtenaar na die termijn een boete opleggen. De feiten verjaren op ${on}: daarna kan geen boete meer opgelegd worden.`,
    reminderBody: (decided: string, due: string) =>
      `Op ${decided} legde de sanctionerend ambtenaar u een administratieve geldboete op voor de hieronder beschreven inbreuk. Wij ontvingen nog geen volledige betaling. Wij vragen u het openstaande bedrag van ${due} binnen ${paymentDays} dagen te betalen met de gestructureerde mededeling hieronder.`,
    collection: 'Zonder betaling wordt de boete ingevorderd (artikel 31 van de GAS-wet).',
    facts: 'Feiten',
    reference: 'Referentie',
    when: 'Datum en uur',
    where: 'Plaats',
    vehicle: 'Voertuig',
    article: 'Artikel',
    payment: 'Betaling',
    amount: 'Bedrag',
    fine: 'Opgelegde boete',
    paid: 'Reeds betaald',
    open: 'Nog te betalen',
    iban: 'Rekeningnummer (IBAN)',
    ibanMissing: 'niet ingesteld (SVPP_GAS_IBAN)',
    communication: 'Gestructureerde mededeling',
    payBy: 'Te betalen uiterlijk op',
    closing: ['Met vriendelijke groeten,'],
  },
  fr: {
    officer: 'Le fonctionnaire sanctionnateur',
    notificationSubject: 'Notification d’une infraction constatée — sanction administrative communale',
    reminderSubject: 'Rappel — paiement d’une amende administrative',
    salutation: 'Madame, Monsieur,',
    notificationBody: (amount: string) =>
      `Vous êtes inscrit(e) comme titulaire du véhicule auprès de la Direction pour l’Immatriculation des Véhicules (DIV). L’infraction décrite ci-dessous a été constatée avec ce véhicule. Elle est passible d’une amende administrative fixe de ${amount}.`,
    defence: (until: string) =>
      `Vous pouvez, dans les ${defenceDays} jours de la présente notification, soit au plus tard le ${until}, présenter vos moyens de défense par écrit au fonctionnaire sanctionnateur, ou payer le montant avec la communication structurée ci-dessous. Un paiement dans ce délai met fin à la procédure.`,
    prescription: (on: string) =>
      `Sans paiement ni défense, le fonctionnaire sanctionnateur peut infliger une amende après ce délai. Les faits sont prescrits le ${on} : aucune amende ne peut plus être infligée ensuite.`,
    reminderBody: (decided: string, due: string) =>
      `Le ${decided}, le fonctionnaire sanctionnateur vous a infligé une amende administrative pour l’infraction décrite ci-dessous. Nous n’avons pas encore reçu le paiement complet. Nous vous prions de payer le solde de ${due} dans les ${paymentDays} jours avec la communication structurée ci-dessous.`,
    collection: 'À défaut de paiement, l’amende sera recouvrée (article 31 de la loi SAC).',
    facts: 'Faits',
    reference: 'Référence',
    when: 'Date et heure',
    where: 'Lieu',
    vehicle: 'Véhicule',
    article: 'Article',
    payment: 'Paiement',
    amount: 'Montant',
    fine: 'Amende infligée',
    paid: 'Déjà payé',
    open: 'Reste à payer',
    iban: 'Numéro de compte (IBAN)',
    ibanMissing: 'non configuré (SVPP_GAS_IBAN)',
    communication: 'Communication structurée',
    payBy: 'À payer au plus tard le',
    closing: ['Veuillez agréer, Madame, Monsieur, nos salutations distinguées.'],
  },
} as const;

/** The words a letter of this batch kind says about this finding. */
export function buildLetter(row: LetterRow, context: LetterContext): Letter {
  const language = letterLanguage(row.language);
  const w = words[language];
  const day = (iso: string) => formatDate(iso, language, context.timeZone);
  const amount = formatEuroCents(row.amount_cents ?? 0, language);
  const recipient = [row.full_name, row.address_line, [row.postal_code, row.city].filter(Boolean).join(' ')]
    .filter((line): line is string => Boolean(line))
    .concat(row.country && row.country !== 'BE' ? [countryLine(row.country, language)] : []);
  const facts: [string, string][] = [
    [w.reference, row.reference],
    [w.when, formatDateTime(row.observed_at, language, context.timeZone)],
    [w.where, [row.street, row.house_number].filter(Boolean).join(' ') || '—'],
    [w.vehicle, [row.plate, row.plate_country].filter(Boolean).join(' ')],
    [w.article, `${row.article_code} — ${language === 'fr' ? row.label_fr : row.label_nl}`],
  ];
  const iban = context.iban ?? w.ibanMissing;
  const communication = formatCommunication(row.structured_communication);
  const base = {
    language,
    sender: [context.municipalityName, w.officer],
    recipient,
    placeDate: `${context.municipalityName}, ${day(context.today)}`,
    salutation: w.salutation,
    facts,
    closing: [...w.closing, '', w.officer, context.municipalityName],
  };
  if (context.kind === 'notification') {
    const until = row.defence_until ?? context.today;
    return {
      ...base,
      subject: w.notificationSubject,
      paragraphs: [w.notificationBody(amount), w.defence(day(until)), w.prescription(day(row.prescription_on))],
      payment: [
        [w.amount, amount],
        [w.iban, iban],
        [w.communication, communication],
        [w.payBy, day(until)],
      ],
    };
  }
  const due = formatEuroCents(Math.max((row.amount_cents ?? 0) - row.paid_cents, 0), language);
  // A part paid already: the letter shows the fine and the payment, so the balance asked for explains itself.
  const paidPart: [string, string][] =
    row.paid_cents > 0
      ? [
          [w.fine, amount],
          [w.paid, formatEuroCents(row.paid_cents, language)],
        ]
      : [];
  return {
    ...base,
    subject: w.reminderSubject,
    paragraphs: [w.reminderBody(day(row.decided_on ?? context.today), due), w.collection],
    payment: [
      ...paidPart,
      [w.open, due],
      [w.iban, iban],
      [w.communication, communication],
      [w.payBy, day(addDays(context.today, paymentDays))],
    ],
  };
}

/** The country of a foreign address in full and in capitals, as the post wants it on the last line ("FRANKRIJK"). */
function countryLine(country: string, language: LetterLanguage): string {
  const name = new Intl.DisplayNames([language === 'fr' ? 'fr-BE' : 'nl-BE'], { type: 'region' }).of(country);
  return (name ?? country).toLocaleUpperCase(language === 'fr' ? 'fr-BE' : 'nl-BE');
}
