import type { FlowDefinition } from '../cases/case-types.js';
import type { Labels } from '../indicators/register-fields.js';
import { labels } from '../i18n/labels.js';
import { closeOutcome, deadline, o, step } from '../cases/flow-constructors.js';

/**
 * The procedure of a GAS finding (decriminalised traffic offences and ABP findings), as data run by the case
 * engine (src/shared/cases/case-engine.ts: checkStep, caseDeadlines). The finding is the case's opening: the day of
 * the facts. Batch operations (a letter batch, a vehicle-registration file, a bank statement) record the same
 * steps for many findings at once, guarded by the status columns; the workflow description document is generated
 * from this definition, so what the city publishes is what the software does.
 */

/** Days the holder has, from the notification, to send a defence or pay the proposed amount (GAS law, art. 25). */
export const defenceDays = 15;
/** Days to pay after a decision imposing a fine; a reminder is due after them. */
export const paymentDays = 30;
/** Months after the decision was notified within which an appeal may be lodged at the police court (art. 31). */
export const appealMonths = 1;

export const gasProcedure = {
  steps: [
    step(
      'holder_identified',
      labels('Houder geïdentificeerd (DIV)', 'Titulaire identifié (DIV)', 'Holder identified (DIV)'),
      [],
      {
        outcomes: [
          o('found', 'Gevonden', 'Trouvé', 'Found'),
          o('not_found', 'Niet gevonden', 'Introuvable', 'Not found'),
        ],
        passOutcomes: ['found'],
      },
    ),
    step(
      'notified',
      labels(
        'Kennisgeving verstuurd (met gestructureerde mededeling)',
        'Notification envoyée (avec communication structurée)',
        'Notification sent (with structured communication)',
      ),
      ['holder_identified'],
    ),
    step('defence_received', labels('Verweer ontvangen', 'Défense reçue', 'Defence received'), ['notified']),
    step(
      'decided',
      labels(
        'Beslissing sanctionerend ambtenaar',
        'Décision du fonctionnaire sanctionnateur',
        'Decision of the sanctioning officer',
      ),
      ['notified'],
      {
        outcomes: [
          o('fine', 'Boete opgelegd', 'Amende infligée', 'Fine imposed'),
          o(
            'mediation',
            'Doorverwezen naar GAS-bemiddeling',
            'Renvoyé à la médiation SAC',
            'Referred to GAS mediation',
          ),
          o('dismissal', 'Geseponeerd', 'Classé sans suite', 'Dismissed'),
        ],
        passOutcomes: ['fine', 'mediation'],
        notBefore: { after: 'notified', days: defenceDays },
      },
    ),
    step(
      'mediation_result',
      labels('Resultaat bemiddeling', 'Résultat de la médiation', 'Mediation result'),
      ['decided'],
      {
        outcomes: [o('succeeded', 'Geslaagd', 'Réussie', 'Succeeded'), o('failed', 'Mislukt', 'Échouée', 'Failed')],
      },
    ),
    step('reminded', labels('Herinnering verstuurd', 'Rappel envoyé', 'Reminder sent'), ['notified']),
    step('paid', labels('Betaald', 'Payé', 'Paid'), ['notified']),
    step(
      'appealed',
      labels('Beroep bij de politierechtbank', 'Recours au tribunal de police', 'Appeal at the police court'),
      ['decided'],
      {
        outcomes: [
          o('pending', 'Hangende', 'En cours', 'Pending'),
          o('upheld', 'Bevestigd', 'Confirmée', 'Upheld'),
          o('reduced', 'Verminderd', 'Réduite', 'Reduced'),
          o('annulled', 'Vernietigd', 'Annulée', 'Annulled'),
        ],
      },
    ),
  ],
  deadlines: [
    deadline(
      'defence_period',
      labels('Termijn voor verweer of betaling', 'Délai de défense ou de paiement', 'Period for defence or payment'),
      { anchor: 'notified', days: defenceDays, metBy: 'decided', period: true },
    ),
    deadline('payment', labels('Betaling van de boete', 'Paiement de l’amende', 'Payment of the fine'), {
      anchor: 'decided',
      days: paymentDays,
      metBy: 'paid',
    }),
    deadline('appeal_period', labels('Termijn voor beroep', 'Délai de recours', 'Period for appeal'), {
      anchor: 'decided',
      months: appealMonths,
      metBy: 'appealed',
      period: true,
    }),
  ],
  closeOutcomes: [
    closeOutcome('paid', 'Betaald', 'Payé', 'Paid', ['paid']),
    closeOutcome('mediated', 'Bemiddeling geslaagd', 'Médiation réussie', 'Mediation succeeded', ['mediation_result']),
    closeOutcome('dismissed', 'Geseponeerd', 'Classé sans suite', 'Dismissed', ['decided']),
    closeOutcome('unidentified', 'Houder onbekend', 'Titulaire inconnu', 'Holder unknown', ['holder_identified']),
    closeOutcome('prescribed', 'Verjaard', 'Prescrit', 'Prescribed', []),
    closeOutcome('annulled', 'Vernietigd in beroep', 'Annulé en recours', 'Annulled on appeal', ['appealed']),
    closeOutcome('collection', 'Naar invordering', 'Transmis au recouvrement', 'Sent for collection', ['reminded']),
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
