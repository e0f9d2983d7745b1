import type { RegisterTypeDefinition } from '../indicators/register-fields.js';
import { caseTypeKeys, caseTypes } from './case-types.js';
import { labels, option } from '../i18n/labels.js';
import { categoryField, choiceField, hoursField, registerType, textField } from '../indicators/field-constructors.js';

/** The case events that count; each writes one registration without names, in the same transaction. */
const caseWorkEvents = [
  option('opened', 'Dossier geopend', 'Dossier ouvert', 'Case opened'),
  option('closed', 'Dossier afgesloten', 'Dossier clôturé', 'Case closed'),
  option('contact', 'Contact', 'Contact', 'Contact'),
  option('early_detection', 'Contact vroegdetectie', 'Contact de détection précoce', 'Early-detection contact'),
  option('referral', 'Doorverwijzing', 'Orientation', 'Referral'),
  option('mediation_concluded', 'Bemiddeling afgerond', 'Médiation conclue', 'Mediation concluded'),
  option('community_service', 'Gemeenschapsdienst', 'Prestation citoyenne', 'Community service'),
  option('module', 'Module', 'Module', 'Module'),
  option('evaluated', 'Traject geëvalueerd', 'Trajet évalué', 'Trajectory evaluated'),
  option('decision', 'Beslissing', 'Décision', 'Decision'),
] as const;

/**
 * Built-in register fed by the case engine: pseudonymised counts of case work (no names, no case id), so
 * indicators link to case work like to any other register. Appended to the built-in registers.
 */
export const caseRegisterTypes: RegisterTypeDefinition[] = [
  registerType('case_work', labels('Dossierwerk', 'Travail de dossiers', 'Case work'), { place: 'optional' }, [
    categoryField(
      'case_type',
      labels('Soort dossier', 'Type de dossier', 'Kind of case'),
      caseTypeKeys.map((key) => ({ value: key, labels: caseTypes[key].labels })),
    ),
    choiceField('event', labels('Gebeurtenis', 'Événement', 'Event'), { required: true, role: 'status' }, [
      ...caseWorkEvents,
    ]),
    textField('outcome', labels('Uitkomst', 'Résultat', 'Outcome')),
    textField('detail', labels('Soort', 'Type', 'Kind')),
    hoursField(
      'hours',
      labels('Uren gemeenschapsdienst', 'Heures de prestation citoyenne', 'Community service hours'),
      { role: 'hours' },
    ),
  ]),
];
