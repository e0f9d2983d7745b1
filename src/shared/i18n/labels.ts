import type { Labels } from '../indicators/register-fields.js';

/** A name in the three languages, nl-BE first: `labels('Dossier', 'Dossier', 'Case')`. */
export const labels = (nl: string, fr: string, en: string): Labels => ({ nl, fr, en });

/** One choice of a select field: its stored value and its name in the three languages. */
export const option = (value: string, nl: string, fr: string, en: string): { value: string; labels: Labels } => ({
  value,
  labels: labels(nl, fr, en),
});
