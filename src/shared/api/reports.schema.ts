import { z } from 'zod';
import { locales } from '../i18n/locale.js';

/** The reports of the interface contract. */
export const reportKinds = ['plan', 'evaluation', 'activity', 'guards', 'finance'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** Any text: an unknown kind answers 404 like an unknown page. */
export const reportParamsSchema = z.object({
  kind: z.string().min(1).max(40).describe('plan | evaluation | activity | guards | finance'),
});

const formatQuery = z
  .string()
  .max(20)
  .optional()
  .describe('docx | pdf | xlsx (default pdf); anything else answers REPORT_FORMAT_UNSUPPORTED');
const langQuery = z.enum(locales).optional().describe('The report’s language; default the user’s');

export const reportQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  format: formatQuery,
  lang: langQuery,
  versionId: z.uuid().optional(),
});

export const planExportQuerySchema = z.object({ format: formatQuery, lang: langQuery });

/** The file itself (DOCX, PDF or XLSX), sent as an attachment. */
export const reportFileSchema = z.any().describe('The report file: DOCX, PDF or XLSX, as an attachment');
