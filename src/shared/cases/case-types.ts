import type { Role } from '../access/roles.js';
import type { Labels } from '../indicators/register-fields.js';
import { labels } from '../i18n/labels.js';
import { choice, closeOutcome, deadline, o, step } from './flow-constructors.js';
import type { CloseOutcomeDefinition, DeadlineRule, OutcomeDefinition, StepDefinition } from './flow-types.js';

export type { DeadlineRule, OutcomeDefinition, StepDefinition } from './flow-types.js';

export const caseTypeKeys = ['gas_adult', 'nero', 'neighbour_mediation', 'street_corner', 'prevention_advice'] as const;
export type CaseTypeKey = (typeof caseTypeKeys)[number];

/**
 * What the case engine (case-engine.ts) needs of a flow: its steps, deadlines and ways to close. A case type is
 * one; the enforcement procedure (src/shared/enforcement/procedure.ts) is another, run by the same engine.
 */
export type FlowDefinition = Pick<
  CaseTypeDefinition,
  'steps' | 'deadlines' | 'closeOutcomes' | 'maxHours' | 'consentStep'
>;

export interface CaseTypeDefinition {
  key: CaseTypeKey;
  labels: Labels;
  /** Prefix of the human case reference (NERO-2020-004). */
  referencePrefix: string;
  /** The roles a person can have in this kind of case. */
  personRoles: OutcomeDefinition[];
  steps: StepDefinition[];
  deadlines: DeadlineRule[];
  /** Ways to close; `requires` = steps that must be recorded for that outcome. */
  closeOutcomes: CloseOutcomeDefinition[];
  /** Legal maximum of community service hours in one case. */
  maxHours?: number;
  /** Roles that see names in every case of this type; the case owner always does. Others see pseudonyms. */
  namesVisibleTo: readonly Role[];
  /** Months after closing after which personal data is erased automatically. */
  retentionMonths: number;
  /** Cases of this type need a wijk (advice visits are counted per wijk). */
  wijkRequired?: boolean;
  /** The step every other step waits for (NERO: the youth prosecutor's consent); refusals name it. */
  consentStep?: string;
  /** Persons are known by pseudonym only: no name or contact details may be stored (street-corner gasten). */
  pseudonymous?: boolean;
  /** Write the advice visit into the built-in `advice_visit` register (one registration per case, status follows). */
  adviceRegister?: boolean;
}

/** The community service step of the GAS and NERO flows: hours recorded, capped by the type's `maxHours`. */
const communityService = (requires: string[]): StepDefinition =>
  step('community_service', labels('Gemeenschapsdienst', 'Prestation citoyenne', 'Community service'), requires, {
    repeatable: true,
    hours: true,
    counts: 'community_service',
  });

const gasAdult: CaseTypeDefinition = {
  key: 'gas_adult',
  labels: labels('GAS-dossier (meerderjarige)', 'Dossier SAC (majeur)', 'GAS case (adult)'),
  referencePrefix: 'GAS',
  personRoles: [
    o('offender', 'Overtreder', 'Contrevenant', 'Offender'),
    o('victim', 'Benadeelde', 'Personne lésée', 'Injured party'),
  ],
  steps: [
    step('notified', labels('Overtreder op de hoogte gebracht', 'Contrevenant informé', 'Offender notified'), []),
    step('defence_received', labels('Verweer ontvangen', 'Défense reçue', 'Defence received'), ['notified']),
    step(
      'mediation_offered',
      labels('Bemiddeling aangeboden', 'Médiation proposée', 'Mediation offered'),
      ['notified'],
      {
        outcomes: [
          o('accepted', 'Aanvaard', 'Acceptée', 'Accepted'),
          o('declined', 'Geweigerd', 'Refusée', 'Declined'),
        ],
        passOutcomes: ['accepted'],
      },
    ),
    step(
      'mediation_talk',
      labels('Bemiddelingsgesprek', 'Entretien de médiation', 'Mediation talk'),
      ['mediation_offered'],
      { repeatable: true },
    ),
    step(
      'mediation_result',
      labels('Resultaat bemiddeling', 'Résultat de la médiation', 'Mediation result'),
      ['mediation_talk'],
      {
        counts: 'mediation_concluded',
        outcomes: [o('success', 'Geslaagd', 'Réussie', 'Succeeded'), o('failed', 'Mislukt', 'Échouée', 'Failed')],
      },
    ),
    communityService(['notified']),
    step(
      'decision',
      labels(
        'Beslissing sanctionerend ambtenaar',
        'Décision du fonctionnaire sanctionnateur',
        'Decision of the sanctioning official',
      ),
      ['notified'],
      {
        notBefore: { after: 'notified', days: 15 },
        counts: 'decision',
        outcomes: [
          o('fine', 'Administratieve geldboete', 'Amende administrative', 'Administrative fine'),
          o('community_service', 'Gemeenschapsdienst', 'Prestation citoyenne', 'Community service'),
          o(
            'mediation',
            'Geslaagde bemiddeling, geen boete',
            'Médiation réussie, pas d’amende',
            'Mediation succeeded, no fine',
          ),
          o('dismissed', 'Geen sanctie', 'Pas de sanction', 'No sanction'),
        ],
      },
    ),
  ],
  deadlines: [
    deadline(
      'defence_period',
      labels(
        'Einde verweertermijn (15 dagen)',
        'Fin du délai de défense (15 jours)',
        'End of the defence period (15 days)',
      ),
      { anchor: 'notified', days: 15, metBy: 'decision', period: true },
    ),
    deadline(
      'decision',
      labels(
        'Beslissing binnen 6 maanden na vaststelling',
        'Décision dans les 6 mois de la constatation',
        'Decision within 6 months of the finding',
      ),
      { anchor: 'opened', months: 6, metBy: 'decision' },
    ),
  ],
  closeOutcomes: [
    closeOutcome('decided', 'Afgehandeld na beslissing', 'Clôturé après décision', 'Closed after the decision', [
      'decision',
    ]),
    closeOutcome('withdrawn', 'Zonder gevolg', 'Classé sans suite', 'Closed without follow-up', []),
  ],
  maxHours: 30,
  namesVisibleTo: ['admin', 'coordinator'],
  // The GAS law keeps the sanctions register for five years.
  retentionMonths: 60,
};

const nero: CaseTypeDefinition = {
  key: 'nero',
  labels: labels('NERO-traject (minderjarige)', 'Trajet NERO (mineur)', 'NERO trajectory (minor)'),
  referencePrefix: 'NERO',
  personRoles: [
    o('minor', 'Minderjarige', 'Mineur', 'Minor'),
    o('parent', 'Ouder', 'Parent', 'Parent'),
    o('victim', 'Benadeelde', 'Personne lésée', 'Injured party'),
  ],
  steps: [
    step(
      'prosecutor_consent',
      labels('Toestemming jeugdparket', 'Accord du parquet de la jeunesse', 'Youth prosecutor’s consent'),
      [],
      {
        outcomes: [
          o('granted', 'Toestemming gegeven', 'Accord donné', 'Consent given'),
          o('refused', 'Geen toestemming', 'Accord refusé', 'Consent refused'),
        ],
        passOutcomes: ['granted'],
      },
    ),
    step('parents_invited', labels('Ouders uitgenodigd', 'Parents invités', 'Parents invited'), ['prosecutor_consent']),
    step('first_talk', labels('Eerste gesprek', 'Premier entretien', 'First talk'), ['parents_invited']),
    step('agreement', labels('Overeenkomst op maat', 'Convention sur mesure', 'Tailored agreement'), ['first_talk']),
    step('module', labels('Module', 'Module', 'Module'), ['agreement'], {
      repeatable: true,
      counts: 'module',
      choices: [
        choice('module', labels('Module', 'Module', 'Module'), [
          o('norms', 'Normbesef', 'Conscience des normes', 'Norms'),
          o('restoration', 'Herstel', 'Réparation', 'Restoration'),
          o('aggression', 'Omgaan met agressie', 'Gestion de l’agressivité', 'Handling aggression'),
          o('substances', 'Middelengebruik', 'Consommation de substances', 'Substance use'),
          o('other', 'Andere', 'Autre', 'Other'),
        ]),
      ],
    }),
    communityService(['agreement']),
    step('evaluation', labels('Evaluatie', 'Évaluation', 'Evaluation'), ['agreement'], {
      counts: 'evaluated',
      outcomes: [o('positive', 'Positief', 'Positive', 'Positive'), o('negative', 'Negatief', 'Négative', 'Negative')],
    }),
  ],
  deadlines: [
    deadline(
      'close_within_5_months',
      labels(
        'Evaluatie en afsluiting binnen 5 maanden na het eerste gesprek',
        'Évaluation et clôture dans les 5 mois du premier entretien',
        'Evaluation and closure within 5 months of the first talk',
      ),
      { anchor: 'first_talk', months: 5, metBy: 'closed' },
    ),
  ],
  closeOutcomes: [
    closeOutcome('completed', 'Traject afgerond', 'Trajet terminé', 'Trajectory completed', ['evaluation']),
    closeOutcome(
      'consent_refused',
      'Geen toestemming parket',
      'Pas d’accord du parquet',
      'No consent from the prosecutor',
      [],
    ),
    closeOutcome('stopped', 'Stopgezet', 'Arrêté', 'Stopped', []),
  ],
  maxHours: 15,
  consentStep: 'prosecutor_consent',
  // Minors: only the case owner and the coordinators see names, never other staff.
  namesVisibleTo: ['coordinator'],
  retentionMonths: 24,
};

const neighbourMediation: CaseTypeDefinition = {
  key: 'neighbour_mediation',
  labels: labels('Buurtbemiddeling', 'Médiation de voisinage', 'Neighbour mediation'),
  referencePrefix: 'BB',
  personRoles: [o('party', 'Partij', 'Partie', 'Party'), o('referrer', 'Doorverwijzer', 'Envoyeur', 'Referrer')],
  steps: [
    step('intake', labels('Intake', 'Accueil', 'Intake'), [], {
      choices: [
        choice('conflict', labels('Soort conflict', 'Type de conflit', 'Kind of conflict'), [
          o('noise', 'Lawaai', 'Bruit', 'Noise'),
          o('property', 'Erfgrens of beplanting', 'Limite ou plantations', 'Boundary or plants'),
          o('parking', 'Parkeren', 'Stationnement', 'Parking'),
          o('pets', 'Huisdieren', 'Animaux', 'Pets'),
          o('behaviour', 'Gedrag of pesterijen', 'Comportement ou harcèlement', 'Behaviour or bullying'),
          o('other', 'Andere', 'Autre', 'Other'),
        ]),
      ],
    }),
    step(
      'contact_parties',
      labels('Gesprek met de partijen apart', 'Entretien séparé avec les parties', 'Separate talk with the parties'),
      ['intake'],
      { repeatable: true },
    ),
    step(
      'mediation_talk',
      labels('Bemiddelingsgesprek samen', 'Entretien de médiation commun', 'Joint mediation talk'),
      ['contact_parties'],
      { repeatable: true },
    ),
    step('result', labels('Resultaat', 'Résultat', 'Result'), ['intake'], {
      counts: 'mediation_concluded',
      outcomes: [
        o('agreement', 'Akkoord', 'Accord', 'Agreement'),
        o('improved', 'Verbeterde communicatie', 'Communication améliorée', 'Better communication'),
        o('no_agreement', 'Geen akkoord', 'Pas d’accord', 'No agreement'),
        o('referred', 'Doorverwezen', 'Réorienté', 'Referred'),
      ],
    }),
  ],
  deadlines: [
    deadline(
      'intake',
      labels(
        'Intake binnen 14 dagen na aanmelding (werkafspraak)',
        'Accueil dans les 14 jours de la demande (convention interne)',
        'Intake within 14 days of the request (house rule)',
      ),
      { anchor: 'opened', days: 14, metBy: 'intake' },
    ),
  ],
  closeOutcomes: [
    closeOutcome('concluded', 'Afgerond', 'Terminé', 'Concluded', ['result']),
    closeOutcome('withdrawn', 'Aanvraag ingetrokken', 'Demande retirée', 'Request withdrawn', []),
  ],
  namesVisibleTo: ['coordinator'],
  retentionMonths: 24,
};

const problems = [
  o('housing', 'Huisvesting', 'Logement', 'Housing'),
  o('income', 'Inkomen en schulden', 'Revenus et dettes', 'Income and debt'),
  o('substances', 'Drugs, alcohol of medicatie', 'Drogues, alcool ou médicaments', 'Drugs, alcohol or medication'),
  o('health', 'Gezondheid', 'Santé', 'Health'),
  o('family_violence', 'Intrafamiliaal geweld', 'Violence intrafamiliale', 'Family violence'),
  o('justice', 'Justitie', 'Justice', 'Justice'),
  o('social_network', 'Sociaal netwerk', 'Réseau social', 'Social network'),
  o('other', 'Andere', 'Autre', 'Other'),
];

const streetCorner: CaseTypeDefinition = {
  key: 'street_corner',
  labels: labels(
    'Straathoekwerk en vroegdetectie',
    'Travail de rue et détection précoce',
    'Street-corner work and early detection',
  ),
  referencePrefix: 'SHW',
  // Street-corner workers know their gasten by a pseudonym; the register has no room for a full name on purpose.
  personRoles: [o('gast', 'Gast', 'Usager', 'Gast (client)')],
  steps: [
    step('contact', labels('Contact', 'Contact', 'Contact'), [], {
      repeatable: true,
      counts: 'contact',
      choices: [
        choice(
          'problem',
          labels('Aard van de problematiek', 'Nature de la problématique', 'Kind of problem'),
          problems,
        ),
        choice('intervention', labels('Aard van de interventie', 'Nature de l’intervention', 'Kind of intervention'), [
          o('listening', 'Luisteren en ondersteunen', 'Écoute et soutien', 'Listening and support'),
          o('information', 'Informatie en advies', 'Information et conseil', 'Information and advice'),
          o('accompaniment', 'Begeleiding', 'Accompagnement', 'Accompaniment'),
          o('confrontation', 'Positieve confrontatie', 'Confrontation positive', 'Positive confrontation'),
          o('social_action', 'Sociale actie', 'Action sociale', 'Social action'),
        ]),
      ],
    }),
    step(
      'early_detection',
      labels('Contact vroegdetectie', 'Contact de détection précoce', 'Early-detection contact'),
      [],
      { repeatable: true, counts: 'early_detection' },
    ),
    step('referral', labels('Doorverwijzing', 'Orientation', 'Referral'), ['contact'], {
      repeatable: true,
      counts: 'referral',
      choices: [
        choice('service', labels('Naar', 'Vers', 'To'), [
          o('drug_care', 'Drughulpverlening', 'Aide en toxicomanie', 'Drug care'),
          o('caw', 'CAW', 'CAW', 'General welfare centre (CAW)'),
          o('ocmw', 'OCMW', 'CPAS', 'Public social welfare (OCMW)'),
          o('mental_health', 'Geestelijke gezondheidszorg', 'Santé mentale', 'Mental health care'),
          o('other', 'Andere', 'Autre', 'Other'),
        ]),
      ],
    }),
  ],
  deadlines: [],
  closeOutcomes: [
    closeOutcome('ended', 'Werkrelatie beëindigd', 'Relation de travail terminée', 'Working relation ended', []),
    closeOutcome('referred', 'Overgedragen', 'Transféré', 'Handed over', ['referral']),
  ],
  namesVisibleTo: ['coordinator', 'staff'],
  retentionMonths: 12,
  pseudonymous: true,
};

const preventionAdvice: CaseTypeDefinition = {
  key: 'prevention_advice',
  labels: labels('Diefstalpreventief advies', 'Conseil en prévention vol', 'Burglary-prevention advice'),
  referencePrefix: 'ADV',
  personRoles: [o('resident', 'Bewoner of uitbater', 'Habitant ou exploitant', 'Resident or shopkeeper')],
  steps: [
    step('booked', labels('Afspraak gemaakt', 'Rendez-vous fixé', 'Visit booked'), [], {
      choices: [
        {
          key: 'kind',
          required: true,
          labels: labels('Soort advies', 'Type de conseil', 'Kind of advice'),
          options: [
            o('home', 'Woning', 'Habitation', 'Home'),
            o('shop', 'Handelszaak', 'Commerce', 'Shop'),
            o('victim', 'Na inbraak (HERCOSI)', 'Après cambriolage (HERCOSI)', 'After a burglary (HERCOSI)'),
          ],
        },
      ],
    }),
    step('visit_done', labels('Adviesbezoek uitgevoerd', 'Visite effectuée', 'Visit done'), ['booked']),
    step('report_sent', labels('Adviesverslag bezorgd', 'Rapport de conseil remis', 'Advice report sent'), [
      'visit_done',
    ]),
  ],
  deadlines: [
    deadline(
      'report',
      labels(
        'Verslag binnen 30 dagen na het bezoek (werkafspraak)',
        'Rapport dans les 30 jours de la visite (convention interne)',
        'Report within 30 days of the visit (house rule)',
      ),
      { anchor: 'visit_done', days: 30, metBy: 'report_sent' },
    ),
  ],
  closeOutcomes: [
    closeOutcome('reported', 'Advies afgerond', 'Conseil terminé', 'Advice completed', ['report_sent']),
    closeOutcome('cancelled', 'Afspraak geannuleerd', 'Rendez-vous annulé', 'Visit cancelled', []),
  ],
  namesVisibleTo: ['coordinator', 'staff'],
  retentionMonths: 24,
  wijkRequired: true,
  adviceRegister: true,
};

/** Every kind of case, as data: the engine (case-engine.ts) knows no type by name. */
export const caseTypes: Record<CaseTypeKey, CaseTypeDefinition> = {
  gas_adult: gasAdult,
  nero,
  neighbour_mediation: neighbourMediation,
  street_corner: streetCorner,
  prevention_advice: preventionAdvice,
};

export function isCaseTypeKey(value: unknown): value is CaseTypeKey {
  return typeof value === 'string' && (caseTypeKeys as readonly string[]).includes(value);
}

export function stepOf(type: FlowDefinition, key: string): StepDefinition | undefined {
  return type.steps.find((s) => s.key === key);
}
