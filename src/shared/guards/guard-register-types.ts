import type { FieldDefinition, Labels, RegisterTypeDefinition } from '../indicators/register-fields.js';

/**
 * The community guards' task records (law of 15 May 2007, art. 3) as built-in registers: each feeds the indicators
 * through the ordinary indicator links, the rollup and the guard report. A record carries the time of day (`time`,
 * HH:MM, filled in by the phone) so the coordinator sees the hour × weekday pattern per core task.
 */

const option = (value: string, nl: string, fr: string, en: string) => ({ value, labels: { nl, fr, en } });
const labels = (nl: string, fr: string, en: string): Labels => ({ nl, fr, en });

const time: FieldDefinition = {
  key: 'time',
  kind: 'text',
  labels: labels('Tijdstip (uu:mm)', 'Heure (hh:mm)', 'Time (hh:mm)'),
  required: false,
};
const notes: FieldDefinition = {
  key: 'notes',
  kind: 'longtext',
  labels: labels('Opmerkingen', 'Remarques', 'Notes'),
  required: false,
};
const photos: FieldDefinition = {
  key: 'photos',
  kind: 'attachments',
  labels: labels('Foto’s', 'Photos', 'Photos'),
  required: false,
};
const hours: FieldDefinition = {
  key: 'hours',
  kind: 'hours',
  labels: labels('Uren', 'Heures', 'Hours'),
  required: false,
  role: 'hours',
};
const title = (nl: string, fr: string, en: string, required = false): FieldDefinition => ({
  key: 'title',
  kind: 'text',
  labels: labels(nl, fr, en),
  required,
  role: 'title',
});
const count = (key: string, nl: string, fr: string, en: string, required = false): FieldDefinition => ({
  key,
  kind: 'count',
  labels: labels(nl, fr, en),
  required,
  role: 'quantity',
});

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
  {
    key: 'guard_round',
    labels: labels('Toezichtronde', 'Ronde de surveillance', 'Patrol round'),
    period: false,
    place: 'optional',
    fields: [
      {
        key: 'kind',
        kind: 'category',
        labels: labels('Soort ronde', 'Type de ronde', 'Kind of round'),
        required: true,
        role: 'category',
        options: [
          option('foot', 'Te voet', 'À pied', 'On foot'),
          option('bike', 'Met de fiets', 'À vélo', 'By bike'),
          option('event', 'Evenement', 'Événement', 'Event'),
          option('market', 'Markt', 'Marché', 'Market'),
          option('station', 'Stationsbuurt', 'Quartier de la gare', 'Station area'),
        ],
      },
      hours,
      count('people_informed', 'Geïnformeerde personen', 'Personnes informées', 'People informed'),
      time,
      notes,
    ],
  },
  {
    key: 'guard_report',
    labels: labels('Melding aan stadsdienst', 'Signalement à un service', 'Report to a city service'),
    period: false,
    place: 'required',
    fields: [
      {
        key: 'kind',
        kind: 'category',
        labels: labels('Wat', 'Quoi', 'What'),
        required: true,
        role: 'category',
        options: [
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
        ],
      },
      {
        key: 'service',
        kind: 'category',
        labels: labels('Stadsdienst', 'Service communal', 'City service'),
        required: true,
        options: [
          option('cleaning', 'Netheid', 'Propreté', 'Cleaning'),
          option('roads', 'Wegen', 'Voirie', 'Roads'),
          option('green', 'Groen', 'Espaces verts', 'Parks'),
          option('lighting', 'Openbare verlichting', 'Éclairage public', 'Street lighting'),
          option('mobility', 'Mobiliteit', 'Mobilité', 'Mobility'),
          option('police', 'Politie', 'Police', 'Police'),
          option('other', 'Andere dienst', 'Autre service', 'Other service'),
        ],
      },
      {
        key: 'description',
        kind: 'longtext',
        labels: labels('Beschrijving', 'Description', 'Description'),
        required: true,
      },
      photos,
      time,
    ],
  },
  {
    key: 'prior_warning',
    labels: labels('Voorafgaande waarschuwing', 'Avertissement préalable', 'Prior warning'),
    period: false,
    place: 'optional',
    fields: [
      {
        key: 'breach',
        kind: 'category',
        labels: labels('Inbreuk op de ABP', 'Infraction au règlement de police', 'Breach of the police by-law'),
        required: true,
        role: 'category',
        options: [
          option('litter', 'Afval achterlaten', 'Abandon de déchets', 'Littering'),
          option('dog_fouling', 'Hondenpoep', 'Déjections canines', 'Dog fouling'),
          option('parking', 'Foutparkeren', 'Stationnement interdit', 'Illegal parking'),
          option('public_drinking', 'Alcohol op openbare plaats', 'Alcool sur la voie publique', 'Drinking in public'),
          option('noise', 'Geluidshinder', 'Nuisances sonores', 'Noise'),
          option('other', 'Andere inbreuk', 'Autre infraction', 'Other breach'),
        ],
      },
      count('people', 'Gewaarschuwde personen', 'Personnes averties', 'People warned'),
      time,
      notes,
    ],
  },
  {
    key: 'supervision',
    labels: labels('Toezichtmoment', 'Moment de surveillance', 'Supervision moment'),
    period: false,
    place: 'optional',
    fields: [
      {
        key: 'place_kind',
        kind: 'category',
        labels: labels('Soort plaats', 'Type de lieu', 'Kind of place'),
        required: true,
        role: 'category',
        options: [
          option('park', 'Park', 'Parc', 'Park'),
          option('square', 'Plein', 'Place', 'Square'),
          option('playground', 'Speelplein', 'Plaine de jeux', 'Playground'),
          option('station', 'Station', 'Gare', 'Station'),
          option('school', 'Schoolomgeving', 'Abords d’école', 'School surroundings'),
          option('event', 'Evenement', 'Événement', 'Event'),
        ],
      },
      count('people_addressed', 'Aangesproken personen', 'Personnes abordées', 'People addressed'),
      {
        key: 'risks',
        kind: 'multi_category',
        labels: labels('Vastgestelde risico’s', 'Risques constatés', 'Risks seen'),
        required: false,
        options: [
          option('litter', 'Afval', 'Déchets', 'Litter'),
          option('aggression', 'Agressie', 'Agression', 'Aggression'),
          option('drugs', 'Drugs', 'Drogue', 'Drugs'),
          option('alcohol', 'Alcohol', 'Alcool', 'Alcohol'),
          option('traffic', 'Verkeer', 'Circulation', 'Traffic'),
          option('damage', 'Schade', 'Dégâts', 'Damage'),
        ],
      },
      hours,
      time,
      notes,
    ],
  },
  {
    key: 'bike_parking',
    labels: labels('Bewaakte fietsenstalling', 'Parking vélos surveillé', 'Supervised bike parking'),
    period: false,
    place: 'optional',
    fields: [
      title('Evenement', 'Événement', 'Event'),
      count('bikes', 'Gestalde fietsen', 'Vélos garés', 'Bikes parked'),
      hours,
      time,
      notes,
    ],
  },
  {
    key: 'school_crossing',
    labels: labels(
      'Gemachtigd opzichter (schooloversteek)',
      'Surveillant habilité (traversée d’école)',
      'School-crossing guard',
    ),
    period: false,
    place: 'optional',
    fields: [
      title('School of oversteekplaats', 'École ou passage', 'School or crossing'),
      { ...hours, required: true },
      count('children', 'Overgestoken kinderen', 'Enfants aidés', 'Children helped'),
      time,
      notes,
    ],
  },
  {
    key: 'traffic_park',
    labels: labels('Ondersteuning verkeerspark', 'Soutien au parc de circulation', 'Traffic-park support'),
    period: false,
    place: 'optional',
    fields: [
      title('Sessie', 'Session', 'Session'),
      { ...hours, required: true },
      count('children', 'Deelnemende kinderen', 'Enfants participants', 'Children taking part'),
      time,
      notes,
    ],
  },
  {
    key: 'bike_engraving',
    labels: labels('Fietsgraveeractie', 'Action de gravure de vélos', 'Bike-engraving action'),
    period: false,
    place: 'optional',
    fields: [
      title('Locatie of actie', 'Lieu ou action', 'Location or action'),
      count('bikes', 'Gegraveerde fietsen', 'Vélos gravés', 'Bikes engraved', true),
      hours,
      time,
      notes,
    ],
  },
  {
    key: 'gas_report',
    labels: labels('GAS-vaststelling', 'Constat SAC', 'GAS report'),
    period: false,
    place: 'required',
    fields: [
      {
        key: 'offence',
        kind: 'category',
        labels: labels('Overtreding van de ABP', 'Infraction au règlement de police', 'Police by-law offence'),
        required: true,
        role: 'category',
        options: [
          option('litter', 'Afval achterlaten', 'Abandon de déchets', 'Littering'),
          option('dumping', 'Sluikstorten', 'Dépôt clandestin', 'Illegal dumping'),
          option('dog_fouling', 'Hondenpoep', 'Déjections canines', 'Dog fouling'),
          option('public_urination', 'Wildplassen', 'Uriner en public', 'Public urination'),
          option('noise', 'Geluidshinder', 'Nuisances sonores', 'Noise'),
          option('graffiti', 'Graffiti', 'Graffiti', 'Graffiti'),
          option('other', 'Andere overtreding', 'Autre infraction', 'Other offence'),
        ],
      },
      {
        key: 'offender_age',
        kind: 'category',
        labels: labels('Overtreder', 'Contrevenant', 'Offender'),
        required: true,
        options: [
          option('adult', 'Meerderjarig', 'Majeur', 'Adult'),
          option('minor', 'Minderjarig (vanaf 14)', 'Mineur (dès 14 ans)', 'Minor (from 14)'),
        ],
      },
      {
        key: 'reference',
        kind: 'text',
        labels: labels('Nummer vaststelling', 'Numéro du constat', 'Report number'),
        required: false,
      },
      { key: 'description', kind: 'longtext', labels: labels('Feiten', 'Faits', 'Facts'), required: true },
      photos,
      time,
    ],
  },
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
