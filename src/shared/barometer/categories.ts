import type { Labels } from '../indicators/register-fields.js';
import categoryTexts from './categories.texts.json';

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

/** Their names in nl, fr and en (categories.texts.json). */
export const nuisanceCategoryLabels: Record<NuisanceCategory, Labels> = categoryTexts;

export function isNuisanceCategory(value: unknown): value is NuisanceCategory {
  return typeof value === 'string' && (nuisanceCategories as readonly string[]).includes(value);
}
