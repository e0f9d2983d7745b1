import type { Messages } from '../messages-type.js';

export const downloads: Messages['downloads'] = {
  exportButton: 'Export',
  exportLabel: 'Export the list with the current filters',
  exportHint: 'Every row with the current filters, not just this page',
  csv: 'CSV (semicolon, UTF-8)',
  xlsx: 'Excel (XLSX)',
  tooMany: 'Too many rows to export ({max} at most). Narrow the filters.',
  reportsTitle: 'Reports {year}',
  reportsButton: 'Download a report',
  reportsLabel: 'Download a report: the evaluation or activity report of {year}',
  reportEvaluation: 'Evaluation report',
  reportActivity: 'Activity report',
  reportItem: '{kind} · {format} · {language}',
  docx: 'Word (DOCX)',
  pdf: 'PDF',
  languages: { nl: 'Dutch', fr: 'French', en: 'English' },
};
