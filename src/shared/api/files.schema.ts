import { z } from 'zod';

export const allowedFileTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  csv: 'text/csv',
};

export const maxFileBytes = 10 * 1024 * 1024;

export const uploadFileBodySchema = z.object({
  name: z.string().trim().min(1).max(255),
  contentBase64: z.string().min(1).max(14_000_000),
});

export const storedFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type StoredFile = z.infer<typeof storedFileSchema>;
