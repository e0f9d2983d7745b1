import type { RegisterTypeDefinition } from '../indicators/register-fields.js';
import { notesField } from '../indicators/common-fields.js';
import { labels, option } from '../i18n/labels.js';
import {
  attachmentsField,
  categoryField,
  countField,
  field,
  registerType,
  textField,
} from '../indicators/field-constructors.js';

/**
 * The steering group for administrative enforcement (`stuurgroep bestuurlijk handhaven`, plan 3.2.1): it monitors the
 * work, gives feedback to the vaststellers and prepares the policy. Its meetings (each with its report), its feedback
 * and its policy proposals are registrations of this built-in register, all naming the one steering-group subject;
 * the plan's indicators count them by kind ("Aantal verslagen … ≥ 6": meetings; "Aantal beleidsvoorstellen":
 * policy proposals), so each indicator has its own computation. Appended to the built-in registers.
 */
export const steeringRegisterKey = 'enforcement_steering';

export const steeringKinds = ['meeting', 'feedback', 'policy_proposal'] as const;
export type SteeringKind = (typeof steeringKinds)[number];

export const steeringRegisterTypes: RegisterTypeDefinition[] = [
  registerType(
    steeringRegisterKey,
    labels(
      'Stuurgroep bestuurlijk handhaven',
      'Comité de pilotage de l’approche administrative',
      'Administrative enforcement steering group',
    ),
    { place: 'none' },
    [
      categoryField('kind', labels('Soort', 'Type', 'Kind'), [
        option('meeting', 'Vergadering (met verslag)', 'Réunion (avec procès-verbal)', 'Meeting (with its report)'),
        option(
          'feedback',
          'Feedback aan de vaststellers',
          'Retour aux agents constatateurs',
          'Feedback to the finders',
        ),
        option('policy_proposal', 'Beleidsvoorstel', 'Proposition de politique', 'Policy proposal'),
      ]),
      textField('title', labels('Onderwerp', 'Objet', 'Subject'), { required: true, role: 'title' }),
      field('partners', 'partners', labels('Aanwezige partners', 'Partenaires présents', 'Partners present')),
      countField('attendees', labels('Aanwezigen', 'Présents', 'Attendees'), { role: 'quantity' }),
      attachmentsField('files', labels('Verslag of bijlagen', 'Procès-verbal ou annexes', 'Report or attachments')),
      notesField,
    ],
  ),
];
