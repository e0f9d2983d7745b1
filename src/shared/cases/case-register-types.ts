import type { Labels, RegisterTypeDefinition } from '../indicators/register-fields.js';
import { caseTypeKeys, caseTypes } from './case-types.js';

const labels = (nl: string, fr: string, en: string): Labels => ({ nl, fr, en });
const option = (value: string, nl: string, fr: string, en: string) => ({ value, labels: labels(nl, fr, en) });

/** The case events that count; each writes one registration without names, in the same transaction. */
export const caseWorkEvents = [
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
  {
    key: 'case_work',
    labels: labels('Dossierwerk', 'Travail de dossiers', 'Case work'),
    period: false,
    place: 'optional',
    fields: [
      {
        key: 'case_type',
        kind: 'category',
        labels: labels('Soort dossier', 'Type de dossier', 'Kind of case'),
        required: true,
        role: 'category',
        options: caseTypeKeys.map((key) => ({ value: key, labels: caseTypes[key].labels })),
      },
      {
        key: 'event',
        kind: 'category',
        labels: labels('Gebeurtenis', 'Événement', 'Event'),
        required: true,
        role: 'status',
        options: [...caseWorkEvents],
      },
      { key: 'outcome', kind: 'text', labels: labels('Uitkomst', 'Résultat', 'Outcome'), required: false },
      { key: 'detail', kind: 'text', labels: labels('Soort', 'Type', 'Kind'), required: false },
      {
        key: 'hours',
        kind: 'hours',
        labels: labels('Uren gemeenschapsdienst', 'Heures de prestation citoyenne', 'Community service hours'),
        required: false,
        role: 'hours',
      },
    ],
  },
];
