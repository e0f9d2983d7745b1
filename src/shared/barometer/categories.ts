import type { Labels } from '../indicators/register-fields.js';

/**
 * The nuisance categories the barometer counts, shared by complaints (the nuisance desk), the guards' reports
 * (meldingen) and imported police data. Add, never rename: exports and saved filters use the keys.
 */
export const nuisanceCategories = [
  'noise',
  'litter',
  'dumping',
  'vandalism',
  'graffiti',
  'drugs',
  'loitering',
  'alcohol',
  'traffic',
  'parking',
  'neighbours',
  'animals',
  'other',
] as const;
export type NuisanceCategory = (typeof nuisanceCategories)[number];

export const nuisanceCategoryLabels: Record<NuisanceCategory, Labels> = {
  noise: { nl: 'Geluidsoverlast', fr: 'Nuisances sonores', en: 'Noise' },
  litter: { nl: 'Zwerfvuil', fr: 'Déchets sauvages', en: 'Litter' },
  dumping: { nl: 'Sluikstorten', fr: 'Dépôts clandestins', en: 'Illegal dumping' },
  vandalism: { nl: 'Vandalisme', fr: 'Vandalisme', en: 'Vandalism' },
  graffiti: { nl: 'Graffiti en wildplakken', fr: 'Graffitis et affichage sauvage', en: 'Graffiti and fly-posting' },
  drugs: { nl: 'Drugsoverlast', fr: 'Nuisances liées à la drogue', en: 'Drug-related nuisance' },
  loitering: {
    nl: 'Samenscholing en hangjongeren',
    fr: 'Rassemblements et jeunes qui traînent',
    en: 'Loitering groups',
  },
  alcohol: { nl: 'Alcoholoverlast', fr: 'Nuisances liées à l’alcool', en: 'Alcohol-related nuisance' },
  traffic: { nl: 'Verkeersoverlast', fr: 'Nuisances de circulation', en: 'Traffic nuisance' },
  parking: { nl: 'Foutparkeren', fr: 'Stationnement gênant', en: 'Illegal parking' },
  neighbours: { nl: 'Burenoverlast', fr: 'Troubles de voisinage', en: 'Neighbour nuisance' },
  animals: { nl: 'Dierenoverlast', fr: 'Nuisances animales', en: 'Animal nuisance' },
  other: { nl: 'Andere overlast', fr: 'Autres nuisances', en: 'Other nuisance' },
};

export function isNuisanceCategory(value: unknown): value is NuisanceCategory {
  return typeof value === 'string' && (nuisanceCategories as readonly string[]).includes(value);
}
