import type { FieldDefinition, RegisterTypeDefinition } from '../indicators/register-fields.js';
import { hoursWorkedField, notesField } from '../indicators/common-fields.js';
import { labels, option } from '../i18n/labels.js';
import {
  categoryField,
  choiceField,
  countField,
  field,
  longTextField,
  multiChoiceField,
  registerType,
  textField,
} from '../indicators/field-constructors.js';

/**
 * The community guards' task records (law of 15 May 2007, art. 3) as built-in registers: each feeds the indicators
 * through the ordinary indicator links, the rollup and the guard report. A record carries the time of day (`time`,
 * HH:MM, filled in by the phone) so the coordinator sees the hour × weekday pattern per core task.
 */

const time = textField('time', labels('Tijdstip (uu:mm)', 'Heure (hh:mm)', 'Time (hh:mm)'));
const photos = field('attachments', 'photos', labels('Foto’s', 'Photos', 'Photos'));
const title = (nl: string, fr: string, en: string, required = false): FieldDefinition =>
  textField('title', labels(nl, fr, en), { required, role: 'title' });
const count = (key: string, nl: string, fr: string, en: string, required = false): FieldDefinition =>
  countField(key, labels(nl, fr, en), { required, role: 'quantity' });

/** Kinds of a melding (report to a city service); `nuisanceCategoryOf` maps them to the barometer's categories. */
export const meldingKinds = [
  'litter',
  'dumping',
  'graffiti',
  'vandalism',
  'streetlight',
  'road_damage',
  'parking',
  'noise',
  'loitering',
  'other',
] as const;
export type MeldingKind = (typeof meldingKinds)[number];

export const guardRegisterTypes: RegisterTypeDefinition[] = [
  registerType('guard_round', labels('Toezichtronde', 'Ronde de surveillance', 'Patrol round'), { place: 'optional' }, [
    categoryField('kind', labels('Soort ronde', 'Type de ronde', 'Kind of round'), [
      option('foot', 'Te voet', 'À pied', 'On foot'),
      option('bike', 'Met de fiets', 'À vélo', 'By bike'),
      option('event', 'Evenement', 'Événement', 'Event'),
      option('market', 'Markt', 'Marché', 'Market'),
      option('station', 'Stationsbuurt', 'Quartier de la gare', 'Station area'),
    ]),
    hoursWorkedField,
    count('people_informed', 'Geïnformeerde personen', 'Personnes informées', 'People informed'),
    time,
    notesField,
  ]),
  registerType(
    'guard_report',
    labels('Melding aan stadsdienst', 'Signalement à un service', 'Report to a city service'),
    { place: 'required' },
    [
      categoryField('kind', labels('Wat', 'Quoi', 'What'), [
        option('litter', 'Zwerfvuil', 'Déchets sauvages', 'Litter'),
        option('dumping', 'Sluikstort', 'Dépôt clandestin', 'Illegal dumping'),
        option('graffiti', 'Graffiti of wildplakken', 'Graffiti ou affichage sauvage', 'Graffiti or fly-posting'),
        option('vandalism', 'Vandalisme of schade', 'Vandalisme ou dégâts', 'Vandalism or damage'),
        option('streetlight', 'Defecte straatverlichting', 'Éclairage public défectueux', 'Broken street light'),
        option('road_damage', 'Schade aan weg of voetpad', 'Route ou trottoir endommagé', 'Road or pavement damage'),
        option('parking', 'Hinderlijk parkeren', 'Stationnement gênant', 'Obstructive parking'),
        option('noise', 'Geluidshinder', 'Nuisances sonores', 'Noise'),
        option('loitering', 'Samenscholing', 'Rassemblements', 'Loitering group'),
        option('other', 'Ander probleem', 'Autre problème', 'Other problem'),
      ]),
      choiceField('service', labels('Stadsdienst', 'Service communal', 'City service'), { required: true }, [
        option('cleaning', 'Netheid', 'Propreté', 'Cleaning'),
        option('roads', 'Wegen', 'Voirie', 'Roads'),
        option('green', 'Groen', 'Espaces verts', 'Parks'),
        option('lighting', 'Openbare verlichting', 'Éclairage public', 'Street lighting'),
        option('mobility', 'Mobiliteit', 'Mobilité', 'Mobility'),
        option('police', 'Politie', 'Police', 'Police'),
        option('other', 'Andere dienst', 'Autre service', 'Other service'),
      ]),
      longTextField('description', labels('Beschrijving', 'Description', 'Description'), { required: true }),
      photos,
      time,
    ],
  ),
  registerType(
    'prior_warning',
    labels('Voorafgaande waarschuwing', 'Avertissement préalable', 'Prior warning'),
    { place: 'optional' },
    [
      categoryField(
        'breach',
        labels('Inbreuk op de ABP', 'Infraction au règlement de police', 'Breach of the police by-law'),
        [
          option('litter', 'Afval achterlaten', 'Abandon de déchets', 'Littering'),
          option('dog_fouling', 'Hondenpoep', 'Déjections canines', 'Dog fouling'),
          option('parking', 'Foutparkeren', 'Stationnement interdit', 'Illegal parking'),
          option('public_drinking', 'Alcohol op openbare plaats', 'Alcool sur la voie publique', 'Drinking in public'),
          option('noise', 'Geluidshinder', 'Nuisances sonores', 'Noise'),
          option('other', 'Andere inbreuk', 'Autre infraction', 'Other breach'),
        ],
      ),
      count('people', 'Gewaarschuwde personen', 'Personnes averties', 'People warned'),
      time,
      notesField,
    ],
  ),
  registerType(
    'supervision',
    labels('Toezichtmoment', 'Moment de surveillance', 'Supervision moment'),
    { place: 'optional' },
    [
      categoryField('place_kind', labels('Soort plaats', 'Type de lieu', 'Kind of place'), [
        option('park', 'Park', 'Parc', 'Park'),
        option('square', 'Plein', 'Place', 'Square'),
        option('playground', 'Speelplein', 'Plaine de jeux', 'Playground'),
        option('station', 'Station', 'Gare', 'Station'),
        option('school', 'Schoolomgeving', 'Abords d’école', 'School surroundings'),
        option('event', 'Evenement', 'Événement', 'Event'),
      ]),
      count('people_addressed', 'Aangesproken personen', 'Personnes abordées', 'People addressed'),
      multiChoiceField(
        'risks',
        labels('Vastgestelde risico’s', 'Risques constatés', 'Risks seen'),
        { required: false },
        [
          option('litter', 'Afval', 'Déchets', 'Litter'),
          option('aggression', 'Agressie', 'Agression', 'Aggression'),
          option('drugs', 'Drugs', 'Drogue', 'Drugs'),
          option('alcohol', 'Alcohol', 'Alcool', 'Alcohol'),
          option('traffic', 'Verkeer', 'Circulation', 'Traffic'),
          option('damage', 'Schade', 'Dégâts', 'Damage'),
        ],
      ),
      hoursWorkedField,
      time,
      notesField,
    ],
  ),
  registerType(
    'bike_parking',
    labels('Bewaakte fietsenstalling', 'Parking vélos surveillé', 'Supervised bike parking'),
    { place: 'optional' },
    [
      title('Evenement', 'Événement', 'Event'),
      count('bikes', 'Gestalde fietsen', 'Vélos garés', 'Bikes parked'),
      hoursWorkedField,
      time,
      notesField,
    ],
  ),
  registerType(
    'school_crossing',
    labels(
      'Gemachtigd opzichter (schooloversteek)',
      'Surveillant habilité (traversée d’école)',
      'School-crossing guard',
    ),
    { place: 'optional' },
    [
      title('School of oversteekplaats', 'École ou passage', 'School or crossing'),
      { ...hoursWorkedField, required: true },
      count('children', 'Overgestoken kinderen', 'Enfants aidés', 'Children helped'),
      time,
      notesField,
    ],
  ),
  registerType(
    'traffic_park',
    labels('Ondersteuning verkeerspark', 'Soutien au parc de circulation', 'Traffic-park support'),
    { place: 'optional' },
    [
      title('Sessie', 'Session', 'Session'),
      { ...hoursWorkedField, required: true },
      count('children', 'Deelnemende kinderen', 'Enfants participants', 'Children taking part'),
      time,
      notesField,
    ],
  ),
  registerType(
    'bike_engraving',
    labels('Fietsgraveeractie', 'Action de gravure de vélos', 'Bike-engraving action'),
    { place: 'optional' },
    [
      title('Locatie of actie', 'Lieu ou action', 'Location or action'),
      count('bikes', 'Gegraveerde fietsen', 'Vélos gravés', 'Bikes engraved', true),
      hoursWorkedField,
      time,
      notesField,
    ],
  ),
  registerType('gas_report', labels('GAS-vaststelling', 'Constat SAC', 'GAS report'), { place: 'required' }, [
    categoryField(
      'offence',
      labels('Overtreding van de ABP', 'Infraction au règlement de police', 'Police by-law offence'),
      [
        option('litter', 'Afval achterlaten', 'Abandon de déchets', 'Littering'),
        option('dumping', 'Sluikstorten', 'Dépôt clandestin', 'Illegal dumping'),
        option('dog_fouling', 'Hondenpoep', 'Déjections canines', 'Dog fouling'),
        option('public_urination', 'Wildplassen', 'Uriner en public', 'Public urination'),
        option('noise', 'Geluidshinder', 'Nuisances sonores', 'Noise'),
        option('graffiti', 'Graffiti', 'Graffiti', 'Graffiti'),
        option('other', 'Andere overtreding', 'Autre infraction', 'Other offence'),
      ],
    ),
    choiceField('offender_age', labels('Overtreder', 'Contrevenant', 'Offender'), { required: true }, [
      option('adult', 'Meerderjarig', 'Majeur', 'Adult'),
      option('minor', 'Minderjarig (vanaf 14)', 'Mineur (dès 14 ans)', 'Minor (from 14)'),
    ]),
    textField('reference', labels('Nummer vaststelling', 'Numéro du constat', 'Report number')),
    longTextField('description', labels('Feiten', 'Faits', 'Facts'), { required: true }),
    photos,
    time,
  ]),
];

export const guardRegisterKeys: readonly string[] = guardRegisterTypes.map((type) => type.key);

/** Registers only a guard marked vaststeller may write (the GAS law of 24 June 2013; the guards' law of 15 May 2007, art. 3). */
export const vaststellerRegisterKeys: readonly string[] = ['gas_report'];

export function isGuardRegister(typeKey: string): boolean {
  return guardRegisterKeys.includes(typeKey);
}

/** `HH:MM` from a record's `time` value, or null. */
export function hourOfTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^([01]\d|2[0-3]):[0-5]\d$/.exec(value);
  return match ? Number(match[1]) : null;
}
