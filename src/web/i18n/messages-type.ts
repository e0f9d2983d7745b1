import type { nl } from './messages.nl.js';

type Catalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

/**
 * The shape every language must fill: exactly the keys of the Dutch catalog, all strings. In its own module so the
 * French and English catalogs name it without importing `messages.ts`, which imports them (no import cycle).
 */
export type Messages = Catalog<typeof nl>;
