import type { FieldDefinition, RegisterTypeDefinition } from './register-fields.js';
import { hoursWorkedField, notesField } from './common-fields.js';
import { caseRegisterTypes } from '../cases/case-register-types.js';
import { guardRegisterTypes } from '../guards/guard-register-types.js';
import { steeringRegisterTypes } from '../enforcement/steering-register.js';
import { labels, option } from '../i18n/labels.js';
import {
  attachmentsField,
  categoryField,
  choiceField,
  countField,
  field,
  registerType,
  textField,
} from './field-constructors.js';

const title = textField('title', labels('Titel', 'Titre', 'Title'), { role: 'title' });
const partners = field('partners', 'partners', labels('Partners', 'Partenaires', 'Partners'));
const attachments = attachmentsField('attachments', labels('Bijlagen', 'Annexes', 'Attachments'));

/** The registers the plan itself needs, available in every municipality. */
export const builtinRegisterTypes: RegisterTypeDefinition[] = [
  registerType('meeting', labels('Vergadering', 'Réunion', 'Meeting'), { place: 'optional' }, [
    categoryField('kind', labels('Soort overleg', 'Type de réunion', 'Kind of meeting'), [
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
    ]),
    title,
    partners,
    field('boolean', 'minutes', labels('Verslag gemaakt', 'Procès-verbal rédigé', 'Minutes written')),
    attachmentsField('minutes_files', labels('Verslag (bijlage)', 'Procès-verbal (annexe)', 'Minutes (attachment)')),
    countField('attendees', labels('Aanwezigen', 'Présents', 'Attendees'), { role: 'quantity' }),
    notesField,
  ]),
  registerType('activity', labels('Activiteit', 'Activité', 'Activity'), { place: 'optional' }, [
    categoryField('kind', labels('Soort activiteit', 'Type d’activité', 'Kind of activity'), [
      option('information_session', 'Infosessie', 'Séance d’information', 'Information session'),
      option('campaign', 'Campagne', 'Campagne', 'Campaign'),
      option('training', 'Opleiding of vorming', 'Formation', 'Training'),
      option('engraving_action', 'Fietsgraveeractie', 'Action de gravure de vélos', 'Bike engraving action'),
      option('school_action', 'Actie op school', 'Action à l’école', 'School action'),
      option('event', 'Evenement', 'Événement', 'Event'),
      option('other', 'Andere activiteit', 'Autre activité', 'Other activity'),
    ]),
    title,
    countField('people_reached', labels('Bereikte personen', 'Personnes touchées', 'People reached'), {
      role: 'quantity',
    }),
    hoursWorkedField,
    partners,
    notesField,
    attachments,
  ]),
  registerType('document', labels('Document', 'Document', 'Document'), { place: 'none' }, [
    categoryField('kind', labels('Soort document', 'Type de document', 'Kind of document'), [
      option('plan', 'Plan', 'Plan', 'Plan'),
      option('action_plan', 'Actieplan', 'Plan d’action', 'Action plan'),
      option('playbook', 'Draaiboek', 'Protocole', 'Playbook'),
      option('agreement', 'Samenwerkingsovereenkomst', 'Convention de collaboration', 'Cooperation agreement'),
      option('evaluation_report', 'Evaluatierapport', 'Rapport d’évaluation', 'Evaluation report'),
      option('annual_report', 'Jaarrapport', 'Rapport annuel', 'Annual report'),
      option('diagnosis', 'Veiligheidsdiagnostiek', 'Diagnostic de sécurité', 'Safety diagnosis'),
      option('minutes', 'Verslag', 'Procès-verbal', 'Minutes'),
      option('other', 'Ander document', 'Autre document', 'Other document'),
    ]),
    choiceField('status', labels('Status', 'Statut', 'Status'), { required: true, role: 'status' }, [
      option('draft', 'Ontwerp', 'Projet', 'Draft'),
      option('approved', 'Goedgekeurd', 'Approuvé', 'Approved'),
    ]),
    { ...title, required: true },
    textField('approved_by', labels('Goedgekeurd door', 'Approuvé par', 'Approved by')),
    attachmentsField('files', labels('Bestanden', 'Fichiers', 'Files')),
    notesField,
  ]),
  registerType('visitors', labels('Bezoekers', 'Visiteurs', 'Visitors'), { place: 'optional', period: true }, [
    countField('visitors', labels('Aantal bezoekers', 'Nombre de visiteurs', 'Number of visitors'), {
      required: true,
      role: 'quantity',
    }),
    countField('new_visitors', labels('Nieuwe bezoekers', 'Nouveaux visiteurs', 'New visitors')),
    choiceField('location', labels('Locatie', 'Lieu', 'Location'), { required: false, role: 'category' }, [
      option('prevention_house', 'Huis van de preventie', 'Maison de la prévention', 'House of prevention'),
      option('desk', 'Loket', 'Guichet', 'Desk'),
      option('other', 'Andere', 'Autre', 'Other'),
    ]),
    notesField,
  ]),
  registerType('advice_visit', labels('Adviesbezoek', 'Visite conseil', 'Advice visit'), { place: 'required' }, [
    categoryField('kind', labels('Soort advies', 'Type de conseil', 'Kind of advice'), [
      option('home', 'Woning', 'Habitation', 'Home'),
      option('shop', 'Handelszaak', 'Commerce', 'Shop'),
      option('victim', 'Na inbraak (HERCOSI)', 'Après cambriolage (HERCOSI)', 'After a burglary (HERCOSI)'),
    ]),
    choiceField('outcome', labels('Stand', 'État', 'State'), { required: true, role: 'status' }, [
      option('booked', 'Gepland', 'Planifiée', 'Booked'),
      option('done', 'Uitgevoerd', 'Effectuée', 'Done'),
      option('reported', 'Verslag bezorgd', 'Rapport remis', 'Report sent'),
    ]),
    hoursWorkedField,
    notesField,
  ]),
  // A pool of people at a date (volunteers, staff, mobile playground workers): ratios and "Aantal vrijwilligers" read the last count.
  registerType('headcount', labels('Bezetting', 'Effectif', 'Head count'), { place: 'none' }, [
    categoryField('kind', labels('Wat wordt geteld', 'Ce qui est compté', 'What is counted'), [
      option('total', 'Totaal', 'Total', 'Total'),
      option('new', 'Nieuw gestart (dit jaar)', 'Nouveaux (cette année)', 'Newly started (this year)'),
      option('long_term', 'Langer dan 1 jaar geëngageerd', 'Engagés depuis plus d’un an', 'Engaged for over a year'),
    ]),
    countField('people', labels('Aantal personen', 'Nombre de personnes', 'Number of people'), {
      required: true,
      role: 'quantity',
    }),
    notesField,
  ]),
  // Written by the decisions feature for every decision step (college, council, ministry): "collegeverslagen" count them.
  registerType('decision', labels('Beslissing', 'Décision', 'Decision'), { place: 'none' }, [
    choiceField('step', labels('Stap', 'Étape', 'Step'), { required: true, role: 'status' }, [
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
    ]),
    { ...title, required: false },
    notesField,
  ]),
  // Written by the guards' violence register (never its description): "Aantal geregistreerde geweldsfeiten".
  registerType(
    'violence_incident',
    labels(
      'Geweldsfeit tegen een gemeenschapswacht',
      'Fait de violence contre un gardien de la paix',
      'Violence against a community guard',
    ),
    { place: 'optional' },
    [
      categoryField('kind', labels('Soort', 'Type', 'Kind'), [
        option('verbal', 'Verbaal', 'Verbal', 'Verbal'),
        option('threat', 'Bedreiging', 'Menace', 'Threat'),
        option('physical', 'Fysiek', 'Physique', 'Physical'),
        option('spitting', 'Spuwen', 'Crachat', 'Spitting'),
        option('weapon', 'Met een wapen', 'Avec une arme', 'With a weapon'),
        option('discrimination', 'Discriminatie', 'Discrimination', 'Discrimination'),
      ]),
    ],
  ),
  ...guardRegisterTypes,
  ...caseRegisterTypes,
  ...steeringRegisterTypes,
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
