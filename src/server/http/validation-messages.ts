import { z } from 'zod';
import type { Locale } from '../../shared/i18n/locale.js';

const errorMaps = { nl: z.locales.nl().localeError, fr: z.locales.fr().localeError, en: z.locales.en().localeError };

/**
 * zod's own translations of a validation issue (too_small, invalid_format …) in the caller's language.
 * A custom rule keeps its own message: it was written for that rule.
 */
export function localizedIssueMessage(
  code: string,
  params: Record<string, unknown>,
  fallback: string,
  locale: Locale,
): string {
  if (code === 'custom') return fallback;
  try {
    const result = errorMaps[locale]({ ...params, code, input: params.input, path: [] } as unknown as Parameters<
      (typeof errorMaps)['nl']
    >[0]);
    if (typeof result === 'string') return result;
    return result?.message ?? fallback;
  } catch {
    return fallback;
  }
}
