import type { Labels } from '../indicators/register-fields.js';
import { labels } from '../i18n/labels.js';

/**
 * The offence catalogue (issue 18): what may be found, by whom, for how much. Data per municipality and period in
 * `gas_article` and `gas_amount`; these are the words the data uses.
 */

/** The general police regulation (ABP) of the municipality, or the royal decree of 9 March 2014. */
export const regulations = ['abp', 'kb_2014'] as const;
export type Regulation = (typeof regulations)[number];

/**
 * The fixed-amount categories of the royal decree of 9 March 2014 (first and second category of stopping and
 * parking, road signs C3 and F103 found by automatic cameras), and 'abp' for the municipality's own articles.
 */
export const offenceCategories = ['abp', 'cat1', 'cat2', 'c3', 'f103'] as const;
export type OffenceCategory = (typeof offenceCategories)[number];

/** Who may find an offence, and where a finding came from. */
export const finders = ['police', 'guard', 'camera'] as const;
export type Finder = (typeof finders)[number];

export const regulationLabels: Record<Regulation, Labels> = {
  abp: labels(
    'Algemeen politiereglement (ABP)',
    'Règlement général de police (RGP)',
    'General police regulation (ABP)',
  ),
  kb_2014: labels(
    'KB 9 maart 2014 (stilstaan, parkeren, C3, F103)',
    'AR du 9 mars 2014 (arrêt, stationnement, C3, F103)',
    'Royal decree of 9 March 2014 (stopping, parking, C3, F103)',
  ),
};

export const categoryLabels: Record<OffenceCategory, Labels> = {
  abp: labels('ABP-inbreuk', 'Infraction au RGP', 'ABP offence'),
  cat1: labels('Parkeren, eerste categorie', 'Stationnement, première catégorie', 'Parking, first category'),
  cat2: labels('Parkeren, tweede categorie', 'Stationnement, deuxième catégorie', 'Parking, second category'),
  c3: labels('Verkeersbord C3 (camera)', 'Signal C3 (caméra)', 'Road sign C3 (camera)'),
  f103: labels('Verkeersbord F103 (camera)', 'Signal F103 (caméra)', 'Road sign F103 (camera)'),
};

export const finderLabels: Record<Finder, Labels> = {
  police: labels('Politie', 'Police', 'Police'),
  guard: labels('Gemeenschapswacht-vaststeller', 'Gardien de la paix constatateur', 'Community guard (vaststeller)'),
  camera: labels('Automatische camera', 'Caméra automatique', 'Automatic camera'),
};

/** One article as `gas articles --format json` and the API list it. */
export interface GasArticle {
  id: string;
  article: string;
  regulation: Regulation;
  category: OffenceCategory;
  labels: { nl: string; fr: string };
  mixed: boolean;
  mediation: boolean;
  finders: Finder[];
  prescriptionMonths: number;
  validFrom: string;
  validTo: string | null;
  /** The fixed amount of its category on `validFrom` (null: an ABP fine decided case by case, up to the legal maximum). */
  amountCents: number | null;
}

/** The legal maximum of an administrative fine for an adult (GAS law of 24 June 2013, art. 4): €350. */
export const maximumFineCents = 35_000;

/** Whether an article is in force on a day. */
export function inForce(article: { validFrom: string; validTo: string | null }, day: string): boolean {
  return article.validFrom <= day && (article.validTo === null || day <= article.validTo);
}
