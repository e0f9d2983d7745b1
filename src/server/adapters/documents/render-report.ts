import type { ReportDocument, ReportFormat } from '../../../shared/reports/report-document.js';
import { renderDocx } from './docx-renderer.js';
import { renderPdf } from './pdf-renderer.js';
import { renderXlsx } from './xlsx-renderer.js';

export { renderCsv, type CsvOptions } from './csv-renderer.js';
export { renderChartSvg } from './chart-svg.js';
export { renderDocx, renderPdf, renderXlsx };

export interface RenderedReport {
  data: Buffer;
  contentType: string;
  /** Without the dot. */
  extension: ReportFormat;
}

export const reportContentTypes: Record<ReportFormat | 'csv', string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * The one entry for routes and the CLI: a report model in, a file out. DOCX and PDF print the blocks; XLSX holds the
 * sheets and, beside them, one sheet with every printed block, so its figures are never fewer than the print's.
 */
export async function renderReport(doc: ReportDocument, format: ReportFormat): Promise<RenderedReport> {
  const data = await render(doc, format);
  return { data, contentType: reportContentTypes[format], extension: format };
}

function render(doc: ReportDocument, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return renderDocx(doc);
    case 'pdf':
      return renderPdf(doc);
    case 'xlsx':
      return renderXlsx(doc);
  }
}
