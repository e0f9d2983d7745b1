/** The languages svpp speaks; Dutch (Belgium) first. */
export const locales = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

/**
 * BCP 47 tags used for Intl formatting: Belgian formats for nl and fr (810.553,07); English pages write English
 * numbers (810,553.07) and keep the day-first date (31/03/2020), which en-GB gives.
 */
export const localeTags: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header ("fr-BE,fr;q=0.9,en;q=0.8"). */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0 };
    })
    .sort((a, b) => b.weight - a.weight);
  for (const { language } of ranked) if (isLocale(language)) return language;
  return defaultLocale;
}
