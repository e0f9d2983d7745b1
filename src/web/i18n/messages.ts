import type { Locale } from '../../shared/i18n/locale.js';
import { en } from './messages.en.js';
import { fr } from './messages.fr.js';
import { nl } from './messages.nl.js';

import type { Messages } from './messages-type.js';

export type { Messages } from './messages-type.js';

export const catalogs: Record<Locale, Messages> = { nl, fr, en };

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}
