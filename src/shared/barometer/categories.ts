import type { Labels } from '../indicators/register-fields.js';
import categoryTexts from './categories.texts.json';

/**
 * The nuisance categories the barometer counts, shared by complaints (the nuisance desk), the guards' reports
 * (meldingen) and imported police data. Add, never rename: exports and saved filters use the keys.
 */
export type NuisanceCategory = keyof typeof categoryTexts;
/** The categories in order: the keys of categories.texts.json, which holds their names in nl, fr and en. */
export const nuisanceCategories = Object.keys(categoryTexts) as NuisanceCategory[];
export const nuisanceCategoryLabels: Record<NuisanceCategory, Labels> = categoryTexts;

export function isNuisanceCategory(value: unknown): value is NuisanceCategory {
  return typeof value === 'string' && (nuisanceCategories as readonly string[]).includes(value);
}
