import type { NuisanceCategory } from '../barometer/categories.js';
import type { MeldingKind } from './guard-register-types.js';

/** How a guard's melding counts in the nuisance barometer. */
export const meldingNuisanceCategory: Record<MeldingKind, NuisanceCategory> = {
  litter: 'litter',
  dumping: 'dumping',
  graffiti: 'graffiti',
  vandalism: 'vandalism',
  streetlight: 'other',
  road_damage: 'other',
  parking: 'parking',
  noise: 'noise',
  loitering: 'loitering',
  other: 'other',
};
