import type { FlowDefinition } from '../cases/case-types.js';
import type { Labels } from '../indicators/register-fields.js';
import { labels } from '../i18n/labels.js';

/**
 * The procedure of a GAS finding (decriminalised traffic offences and ABP findings), as data run by the case
 * engine (src/shared/cases/case-engine.ts: checkStep, caseDeadlines). The finding is the case's opening: the day of
 * the facts. Batch operations (a letter batch, a vehicle-registration file, a bank statement) record the same
 * steps for many findings at once, guarded by the status columns; the workflow description document is generated
 * from this definition, so what the city publishes is what the software does.
 */

const o = (key: string, nl: string, fr: string, en: string) => ({ key, labels: labels(nl, fr, en) });

/** Days the holder has, from the notification, to send a defence or pay the proposed amount (GAS law, art. 25). */
export const defenceDays = 15;
/** Days to pay after a decision imposing a fine; a reminder is due after them. */
export const paymentDays = 30;
/** Months after the decision was notified within which an appeal may be lodged at the police court (art. 31). */
export const appealMonths = 1;

export const gasProcedure = {
  steps: [
    {
      key: 'holder_identified',
      labels: labels('Houder geïdentificeerd (DIV)', 'Titulaire identifié (DIV)', 'Holder identified (DIV)'),
      requires: [],
      outcomes: [
        o('found', 'Gevonden', 'Trouvé', 'Found'),
        o('not_found', 'Niet gevonden', 'Introuvable', 'Not found'),
      ],
      passOutcomes: ['found'],
    },
    {
      key: 'notified',
      labels: labels(
        'Kennisgeving verstuurd (met gestructureerde mededeling)',
        'Notification envoyée (avec communication structurée)',
        'Notification sent (with structured communication)',
      ),
      requires: ['holder_identified'],
    },
    {
      key: 'defence_received',
      labels: labels('Verweer ontvangen', 'Défense reçue', 'Defence received'),
      requires: ['notified'],
    },
    {
      key: 'decided',
      labels: labels(
        'Beslissing sanctionerend ambtenaar',
        'Décision du fonctionnaire sanctionnateur',
        'Decision of the sanctioning officer',
      ),
      requires: ['notified'],
      outcomes: [
        o('fine', 'Boete opgelegd', 'Amende infligée', 'Fine imposed'),
        o('mediation', 'Doorverwezen naar GAS-bemiddeling', 'Renvoyé à la médiation SAC', 'Referred to GAS mediation'),
        o('dismissal', 'Geseponeerd', 'Classé sans suite', 'Dismissed'),
      ],
      passOutcomes: ['fine', 'mediation'],
      notBefore: { after: 'notified', days: defenceDays },
    },
    {
      key: 'mediation_result',
      labels: labels('Resultaat bemiddeling', 'Résultat de la médiation', 'Mediation result'),
      requires: ['decided'],
      outcomes: [o('succeeded', 'Geslaagd', 'Réussie', 'Succeeded'), o('failed', 'Mislukt', 'Échouée', 'Failed')],
    },
    {
      key: 'reminded',
      labels: labels('Herinnering verstuurd', 'Rappel envoyé', 'Reminder sent'),
      requires: ['notified'],
    },
    {
      key: 'paid',
      labels: labels('Betaald', 'Payé', 'Paid'),
      requires: ['notified'],
    },
    {
      key: 'appealed',
      labels: labels('Beroep bij de politierechtbank', 'Recours au tribunal de police', 'Appeal at the police court'),
      requires: ['decided'],
      outcomes: [
        o('pending', 'Hangende', 'En cours', 'Pending'),
        o('upheld', 'Bevestigd', 'Confirmée', 'Upheld'),
        o('reduced', 'Verminderd', 'Réduite', 'Reduced'),
        o('annulled', 'Vernietigd', 'Annulée', 'Annulled'),
      ],
    },
  ],
  deadlines: [
    {
      key: 'defence_period',
      labels: labels(
        'Termijn voor verweer of betaling',
        'Délai de défense ou de paiement',
        'Period for defence or payment',
      ),
      anchor: 'notified',
      days: defenceDays,
      metBy: 'decided',
      period: true,
    },
    {
      key: 'payment',
      labels: labels('Betaling van de boete', 'Paiement de l’amende', 'Payment of the fine'),
      anchor: 'decided',
      days: paymentDays,
      metBy: 'paid',
    },
    {
      key: 'appeal_period',
      labels: labels('Termijn voor beroep', 'Délai de recours', 'Period for appeal'),
      anchor: 'decided',
      months: appealMonths,
      metBy: 'appealed',
      period: true,
    },
  ],
  closeOutcomes: [
    { ...o('paid', 'Betaald', 'Payé', 'Paid'), requires: ['paid'] },
    {
      ...o('mediated', 'Bemiddeling geslaagd', 'Médiation réussie', 'Mediation succeeded'),
      requires: ['mediation_result'],
    },
    { ...o('dismissed', 'Geseponeerd', 'Classé sans suite', 'Dismissed'), requires: ['decided'] },
    { ...o('unidentified', 'Houder onbekend', 'Titulaire inconnu', 'Holder unknown'), requires: ['holder_identified'] },
    { ...o('prescribed', 'Verjaard', 'Prescrit', 'Prescribed'), requires: [] },
    { ...o('annulled', 'Vernietigd in beroep', 'Annulé en recours', 'Annulled on appeal'), requires: ['appealed'] },
    {
      ...o('collection', 'Naar invordering', 'Transmis au recouvrement', 'Sent for collection'),
      requires: ['reminded'],
    },
  ],
} satisfies FlowDefinition;

/** Where a finding stands: the `status` column, the one batch operations filter on. */
export const findingStatuses = [
  'found',
  'identified',
  'notified',
  'decided',
  'mediation',
  'reminded',
  'closed',
] as const;
export type FindingStatus = (typeof findingStatuses)[number];

export const findingStatusLabels: Record<FindingStatus, Labels> = {
  found: labels('Vastgesteld', 'Constaté', 'Found'),
  identified: labels('Houder gekend', 'Titulaire connu', 'Holder known'),
  notified: labels('Kennisgeving verstuurd', 'Notifié', 'Notified'),
  decided: labels('Boete opgelegd', 'Amende infligée', 'Fine imposed'),
  mediation: labels('In bemiddeling', 'En médiation', 'In mediation'),
  reminded: labels('Herinnerd', 'Rappelé', 'Reminded'),
  closed: labels('Afgesloten', 'Clôturé', 'Closed'),
};

/** The status after recording a step with an outcome (null: the step leaves the status as it is). */
export function statusAfterStep(stepKey: string, outcome: string | null): FindingStatus | null {
  switch (stepKey) {
    case 'holder_identified':
      return outcome === 'found' ? 'identified' : null;
    case 'notified':
      return 'notified';
    case 'decided':
      return outcome === 'fine' ? 'decided' : outcome === 'mediation' ? 'mediation' : null;
    case 'reminded':
      return 'reminded';
    default:
      return null;
  }
}
