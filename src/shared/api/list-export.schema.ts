import { z } from 'zod';
import { locales } from '../i18n/locale.js';
import { caseListQuerySchema } from './cases.schema.js';
import { complaintListQuerySchema } from './complaints.schema.js';
import { meldingListQuerySchema } from './guards.schema.js';
import { registrationListQuerySchema } from './registrations.schema.js';

/** The formats a list exports to: CSV (`;`, UTF-8 with BOM, ISO dates) for machines, XLSX (typed cells) for people. */
export const listExportFormats = ['csv', 'xlsx'] as const;
export type ListExportFormat = (typeof listExportFormats)[number];

/** The most rows one export holds; a list beyond it answers EXPORT_TOO_MANY_ROWS (narrow the filters). */
export const maxExportRows = 50_000;

/** The lists that export, with the path of their export (`GET …?format=csv|xlsx&<the list's filters>`). */
export const listExportPaths = {
  registrations: '/api/registrations/export',
  complaints: '/api/complaints/export',
  cases: '/api/cases/export',
  audit: '/api/audit/export',
  meldingen: '/api/guards/meldingen/export',
} as const;
export type ExportedList = keyof typeof listExportPaths;

const exportOptions = {
  format: z.enum(listExportFormats).default('csv').describe('csv (`;`, UTF-8 with BOM, ISO dates) | xlsx'),
  lang: z.enum(locales).optional().describe('The language of the column headers; default the user’s'),
};

/** Each export takes its list's filters (not its paging) and the format. */
export const registrationExportQuerySchema = registrationListQuerySchema
  .omit({ limit: true, offset: true })
  .extend(exportOptions);
export const complaintExportQuerySchema = complaintListQuerySchema
  .omit({ limit: true, offset: true })
  .extend(exportOptions);
export const caseExportQuerySchema = caseListQuerySchema.omit({ limit: true, offset: true }).extend(exportOptions);
export const auditExportQuerySchema = z.object(exportOptions);
export const meldingExportQuerySchema = meldingListQuerySchema.omit({ limit: true }).extend(exportOptions);

/** The file itself, sent as an attachment. */
export const listExportFileSchema = z
  .any()
  .describe('The list as a download: CSV (`;`, UTF-8 with BOM, dates yyyy-mm-dd) or XLSX, with the list’s filters');
