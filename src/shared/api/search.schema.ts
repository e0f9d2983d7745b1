import { z } from 'zod';

/** GET /api/search?q=: one box for plan elements, registrations, complaints, cases and partners. */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(2).max(100),
});

export const searchKinds = ['plan', 'registration', 'complaint', 'case', 'partner'] as const;
export type SearchKind = (typeof searchKinds)[number];

const searchHitSchema = z.object({
  id: z.string(),
  kind: z.enum(searchKinds),
  /** What the hit is: a plan element's number and title, a registration's title, a reference, a partner's name. */
  title: z.string(),
  /** A second line: the register, the street, the case type, a matching person's name (only for who may see it). */
  detail: z.string().nullable(),
  href: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** Hits grouped by kind, in the order of `searchKinds`; a kind the role may not search is left out. */
export const searchResultSchema = z.object({
  q: z.string(),
  groups: z.array(z.object({ kind: z.enum(searchKinds), hits: z.array(searchHitSchema), more: z.boolean() })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
