import { type NuisanceCategory, nuisanceCategoryLabels } from '../barometer/categories.js';
import { formatDate } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';

/** The placeholders a standard answer may hold (like Signalen's standard texts). Add, never rename. */
const standardAnswerPlaceholders = ['reference', 'category', 'date'] as const;
type StandardAnswerPlaceholder = (typeof standardAnswerPlaceholders)[number];

interface StandardAnswerFacts {
  reference: string;
  category: NuisanceCategory;
  /** The day the complaint was received (`YYYY-MM-DD` on the municipality's calendar). */
  receivedOn: string;
  /** The citizen's language: the category's name and the date are written in it. */
  locale: Locale;
}

/**
 * Fills `{reference}`, `{category}` and `{date}` (the day received, dd/mm/yyyy) in a standard answer. Unknown
 * `{words}` stay as they are, so a typo shows in the answer box instead of vanishing.
 */
export function fillStandardAnswer(template: string, facts: StandardAnswerFacts): string {
  const values: Record<StandardAnswerPlaceholder, string> = {
    reference: facts.reference,
    category: nuisanceCategoryLabels[facts.category][facts.locale].toLowerCase(),
    date: formatDate(facts.receivedOn, facts.locale),
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    (standardAnswerPlaceholders as readonly string[]).includes(name)
      ? values[name as StandardAnswerPlaceholder]
      : whole,
  );
}
