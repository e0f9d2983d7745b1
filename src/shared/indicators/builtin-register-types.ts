import type { FieldDefinition, Labels, RegisterTypeDefinition } from './register-fields.js';
import { caseRegisterTypes } from '../cases/case-register-types.js';
import { guardRegisterTypes } from '../guards/guard-register-types.js';

const option = (value: string, nl: string, fr: string, en: string) => ({ value, labels: { nl, fr, en } });
const labels = (nl: string, fr: string, en: string): Labels => ({ nl, fr, en });

const title: FieldDefinition = {
  key: 'title',
  kind: 'text',
  labels: labels('Titel', 'Titre', 'Title'),
  required: false,
  role: 'title',
};
const partners: FieldDefinition = {
  key: 'partners',
  kind: 'partners',
  labels: labels('Partners', 'Partenaires', 'Partners'),
  required: false,
};
const notes: FieldDefinition = {
  key: 'notes',
  kind: 'longtext',
  labels: labels('Opmerkingen', 'Remarques', 'Notes'),
  required: false,
};
const attachments: FieldDefinition = {
  key: 'attachments',
  kind: 'attachments',
  labels: labels('Bijlagen', 'Annexes', 'Attachments'),
  required: false,
};

/** The registers the plan itself needs, available in every municipality. */
export const builtinRegisterTypes: RegisterTypeDefinition[] = [
  {
    key: 'meeting',
    labels: labels('Vergadering', 'Réunion', 'Meeting'),
    period: false,
    place: 'optional',
    fields: [
      {
        key: 'kind',
        kind: 'category',
        labels: labels('Soort overleg', 'Type de réunion', 'Kind of meeting'),
        required: true,
        role: 'category',
        options: [
          option('cpr', 'Preventieraad (CPR)', 'Conseil consultatif de prévention (CPR)', 'Prevention council (CPR)'),
          option(
            'police_prevention',
            'Overleg politie–preventie',
            'Concertation police–prévention',
            'Police–prevention consultation',
          ),
          option('operational', 'Operationeel overleg', 'Concertation opérationnelle', 'Operational consultation'),
          option('steering_group', 'Stuurgroep', 'Comité de pilotage', 'Steering group'),
          option('network', 'Netwerkoverleg', 'Réunion de réseau', 'Network meeting'),
          option('intervision', 'Intervisie', 'Intervision', 'Intervision'),
          option('other', 'Ander overleg', 'Autre réunion', 'Other meeting'),
        ],
      },
      title,
      partners,
      {
        key: 'minutes',
        kind: 'boolean',
        labels: labels('Verslag gemaakt', 'Procès-verbal rédigé', 'Minutes written'),
        required: false,
      },
      {
        key: 'minutes_files',
        kind: 'attachments',
        labels: labels('Verslag (bijlage)', 'Procès-verbal (annexe)', 'Minutes (attachment)'),
        required: false,
      },
      {
        key: 'attendees',
        kind: 'count',
        labels: labels('Aanwezigen', 'Présents', 'Attendees'),
        required: false,
        role: 'quantity',
      },
      notes,
    ],
  },
  {
    key: 'activity',
    labels: labels('Activiteit', 'Activité', 'Activity'),
    period: false,
    place: 'optional',
    fields: [
      {
        key: 'kind',
        kind: 'category',
        labels: labels('Soort activiteit', 'Type d’activité', 'Kind of activity'),
        required: true,
        role: 'category',
        options: [
          option('information_session', 'Infosessie', 'Séance d’information', 'Information session'),
          option('campaign', 'Campagne', 'Campagne', 'Campaign'),
          option('training', 'Opleiding of vorming', 'Formation', 'Training'),
          option('engraving_action', 'Fietsgraveeractie', 'Action de gravure de vélos', 'Bike engraving action'),
          option('school_action', 'Actie op school', 'Action à l’école', 'School action'),
          option('event', 'Evenement', 'Événement', 'Event'),
          option('other', 'Andere activiteit', 'Autre activité', 'Other activity'),
        ],
      },
      title,
      {
        key: 'people_reached',
        kind: 'count',
        labels: labels('Bereikte personen', 'Personnes touchées', 'People reached'),
        required: false,
        role: 'quantity',
      },
      { key: 'hours', kind: 'hours', labels: labels('Uren', 'Heures', 'Hours'), required: false, role: 'hours' },
      partners,
      notes,
      attachments,
    ],
  },
  {
    key: 'document',
    labels: labels('Document', 'Document', 'Document'),
    period: false,
    place: 'none',
    fields: [
      {
        key: 'kind',
        kind: 'category',
        labels: labels('Soort document', 'Type de document', 'Kind of document'),
        required: true,
        role: 'category',
        options: [
          option('plan', 'Plan', 'Plan', 'Plan'),
          option('action_plan', 'Actieplan', 'Plan d’action', 'Action plan'),
          option('playbook', 'Draaiboek', 'Protocole', 'Playbook'),
          option('agreement', 'Samenwerkingsovereenkomst', 'Convention de collaboration', 'Cooperation agreement'),
          option('evaluation_report', 'Evaluatierapport', 'Rapport d’évaluation', 'Evaluation report'),
          option('annual_report', 'Jaarrapport', 'Rapport annuel', 'Annual report'),
          option('diagnosis', 'Veiligheidsdiagnostiek', 'Diagnostic de sécurité', 'Safety diagnosis'),
          option('minutes', 'Verslag', 'Procès-verbal', 'Minutes'),
          option('other', 'Ander document', 'Autre document', 'Other document'),
        ],
      },
      {
        key: 'status',
        kind: 'category',
        labels: labels('Status', 'Statut', 'Status'),
        required: true,
        role: 'status',
        options: [
          option('draft', 'Ontwerp', 'Projet', 'Draft'),
          option('approved', 'Goedgekeurd', 'Approuvé', 'Approved'),
        ],
      },
      { ...title, required: true },
      {
        key: 'approved_by',
        kind: 'text',
        labels: labels('Goedgekeurd door', 'Approuvé par', 'Approved by'),
        required: false,
      },
      { key: 'files', kind: 'attachments', labels: labels('Bestanden', 'Fichiers', 'Files'), required: false },
      notes,
    ],
  },
  {
    key: 'visitors',
    labels: labels('Bezoekers', 'Visiteurs', 'Visitors'),
    period: true,
    place: 'optional',
    fields: [
      {
        key: 'visitors',
        kind: 'count',
        labels: labels('Aantal bezoekers', 'Nombre de visiteurs', 'Number of visitors'),
        required: true,
        role: 'quantity',
      },
      {
        key: 'new_visitors',
        kind: 'count',
        labels: labels('Nieuwe bezoekers', 'Nouveaux visiteurs', 'New visitors'),
        required: false,
      },
      {
        key: 'location',
        kind: 'category',
        labels: labels('Locatie', 'Lieu', 'Location'),
        required: false,
        role: 'category',
        options: [
          option('prevention_house', 'Huis van de preventie', 'Maison de la prévention', 'House of prevention'),
          option('desk', 'Loket', 'Guichet', 'Desk'),
          option('other', 'Andere', 'Autre', 'Other'),
        ],
      },
      notes,
    ],
  },
  {
    key: 'advice_visit',
    labels: labels('Adviesbezoek', 'Visite conseil', 'Advice visit'),
    period: false,
    place: 'required',
    fields: [
      {
        key: 'kind',
        kind: 'category',
        labels: labels('Soort advies', 'Type de conseil', 'Kind of advice'),
        required: true,
        role: 'category',
        options: [
          option('home', 'Woning', 'Habitation', 'Home'),
          option('shop', 'Handelszaak', 'Commerce', 'Shop'),
          option('victim', 'Na inbraak (HERCOSI)', 'Après cambriolage (HERCOSI)', 'After a burglary (HERCOSI)'),
        ],
      },
      {
        key: 'outcome',
        kind: 'category',
        labels: labels('Stand', 'État', 'State'),
        required: true,
        role: 'status',
        options: [
          option('booked', 'Gepland', 'Planifiée', 'Booked'),
          option('done', 'Uitgevoerd', 'Effectuée', 'Done'),
          option('reported', 'Verslag bezorgd', 'Rapport remis', 'Report sent'),
        ],
      },
      { key: 'hours', kind: 'hours', labels: labels('Uren', 'Heures', 'Hours'), required: false, role: 'hours' },
      notes,
    ],
  },
  {
    // A pool of people at a date (volunteers, staff, mobile playground workers): ratios and "Aantal vrijwilligers" read the last count.
    key: 'headcount',
    labels: labels('Bezetting', 'Effectif', 'Head count'),
    period: false,
    place: 'none',
    fields: [
      {
        key: 'kind',
        kind: 'category',
        labels: labels('Wat wordt geteld', 'Ce qui est compté', 'What is counted'),
        required: true,
        role: 'category',
        options: [
          option('total', 'Totaal', 'Total', 'Total'),
          option('new', 'Nieuw gestart (dit jaar)', 'Nouveaux (cette année)', 'Newly started (this year)'),
          option(
            'long_term',
            'Langer dan 1 jaar geëngageerd',
            'Engagés depuis plus d’un an',
            'Engaged for over a year',
          ),
        ],
      },
      {
        key: 'people',
        kind: 'count',
        labels: labels('Aantal personen', 'Nombre de personnes', 'Number of people'),
        required: true,
        role: 'quantity',
      },
      notes,
    ],
  },
  {
    // Written by the decisions feature for every decision step (college, council, ministry): "collegeverslagen" count them.
    key: 'decision',
    labels: labels('Beslissing', 'Décision', 'Decision'),
    period: false,
    place: 'none',
    fields: [
      {
        key: 'step',
        kind: 'category',
        labels: labels('Stap', 'Étape', 'Step'),
        required: true,
        role: 'status',
        options: [
          option(
            'college_referral',
            'Verwijzing of voorstel aan het college',
            'Renvoi ou proposition au collège',
            'College referral',
          ),
          option('college_approval', 'Goedkeuring door het college', 'Approbation par le collège', 'College approval'),
          option(
            'council_approval',
            'Goedkeuring door de gemeenteraad',
            'Approbation par le conseil communal',
            'Council approval',
          ),
          option(
            'ministry_submission',
            'Indiening bij de FOD Binnenlandse Zaken',
            'Envoi au SPF Intérieur',
            'Submission to the ministry',
          ),
        ],
      },
      { ...title, required: false },
      notes,
    ],
  },
  {
    // Written by the guards' violence register (never its description): "Aantal geregistreerde geweldsfeiten".
    key: 'violence_incident',
    labels: labels(
      'Geweldsfeit tegen een gemeenschapswacht',
      'Fait de violence contre un gardien de la paix',
      'Violence against a community guard',
    ),
    period: false,
    place: 'optional',
    fields: [
      {
        key: 'kind',
        kind: 'category',
        labels: labels('Soort', 'Type', 'Kind'),
        required: true,
        role: 'category',
        options: [
          option('verbal', 'Verbaal', 'Verbal', 'Verbal'),
          option('threat', 'Bedreiging', 'Menace', 'Threat'),
          option('physical', 'Fysiek', 'Physique', 'Physical'),
          option('spitting', 'Spuwen', 'Crachat', 'Spitting'),
          option('weapon', 'Met een wapen', 'Avec une arme', 'With a weapon'),
          option('discrimination', 'Discriminatie', 'Discrimination', 'Discrimination'),
        ],
      },
    ],
  },
  ...guardRegisterTypes,
  ...caseRegisterTypes,
];

export function builtinRegisterType(key: string): RegisterTypeDefinition | undefined {
  return builtinRegisterTypes.find((t) => t.key === key);
}

/** The field playing a role in a register type, if any. */
export function fieldWithRole(
  type: RegisterTypeDefinition,
  role: FieldDefinition['role'],
): FieldDefinition | undefined {
  return type.fields.find((f) => f.role === role);
}

/** Registers that other features write in their own transactions (decision steps, the violence register): never by hand. */
export const systemRegisterKeys: readonly string[] = ['decision', 'violence_incident'];
