import type { Labels } from '../indicators/register-fields.js';
import texts from './catalogue.texts.json';

/**
 * The offence catalogue (issue 18): what may be found, by whom, for how much. Data per municipality and period in
 * `gas_article` and `gas_amount`; these are the words the data uses (their names: `catalogue.texts.json`).
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

export const regulationLabels: Record<Regulation, Labels> = texts.regulations;

export const categoryLabels: Record<OffenceCategory, Labels> = texts.categories;

export const finderLabels: Record<Finder, Labels> = texts.finders;

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
  /**
   * The fixed amount of its category on `validFrom` (null: an ABP fine decided case by case, up to the legal maximum).
   */
  amountCents: number | null;
}

/** The legal maximum of an administrative fine for an adult (GAS law of 24 June 2013, art. 4): €350. */
export const maximumFineCents = 35_000;

/** Whether an article is in force on a day. */
export function inForce(article: { validFrom: string; validTo: string | null }, day: string): boolean {
  return article.validFrom <= day && (article.validTo === null || day <= article.validTo);
}
