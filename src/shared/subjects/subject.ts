import { z } from 'zod';

/**
 * What an indicator counts is a subject of its own: a body that meets (the CPR), a kind of document (an
 * internal communication plan), an activity for a phenomenon or a target group (training for retailers), a guard
 * task for a phenomenon (supervision against burglary), a pool of people (neighbour-mediation volunteers), an
 * adviser, a report svpp writes itself, a decision. A subject belongs to one register; a registration names
 * its subject, so it counts for exactly the indicators about that subject.
 */
const subjectKinds = [
  'body',
  'document',
  'activity',
  'guard_task',
  'pool',
  'adviser',
  'report',
  'decision',
  'case_event',
  'incident',
] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** The reports svpp writes itself: once approved (a decision step) they count as a document of their subject. */
const svppReportKinds = ['activity', 'evaluation', 'guards', 'nero', 'finance', 'plan'] as const;
export type SvppReportKind = (typeof svppReportKinds)[number];

/** A subject as svpp reads it from the plan, before it is stored. `key` is stable per municipality. */
export interface SubjectDraft {
  typeKey: string;
  kind: SubjectKind;
  key: string;
  name: string;
  /** The plan section it was read in (the same words in two sections are two subjects). */
  sectionNumber: string | null;
  /**
   * The register category it was read with (meeting kind `cpr`, `police_prevention`): how features find their subject.
   */
  category?: string;
  reportKind?: SvppReportKind;
}

export const subjectSchema = z.object({
  id: z.uuid(),
  typeKey: z.string(),
  kind: z.enum(subjectKinds),
  key: z.string(),
  name: z.string(),
  sectionNumber: z.string().nullable(),
  category: z.string().nullable(),
  reportKind: z.enum(svppReportKinds).nullable(),
  state: z.enum(['proposed', 'confirmed']),
  active: z.boolean(),
  mergedIntoId: z.uuid().nullable(),
  registrations: z.number().int(),
  indicators: z.array(z.object({ id: z.uuid(), number: z.string(), text: z.string() })),
});
export type Subject = z.infer<typeof subjectSchema>;

export const subjectListQuerySchema = z.object({
  typeKey: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/)
    .optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const subjectCreateSchema = z.object({
  typeKey: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  kind: z.enum(subjectKinds),
  name: z.string().trim().min(2).max(200),
  sectionNumber: z.string().max(20).nullable().optional(),
  category: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/)
    .nullable()
    .optional(),
});

export const subjectUpdateSchema = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  active: z.boolean().optional(),
  confirm: z.literal(true).optional(),
});

export const subjectMergeSchema = z.object({ intoId: z.uuid() });
export const subjectListSchema = z.object({ subjects: z.array(subjectSchema) });

/** A slug for keys: folded, lowercase, words joined by dashes. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}
