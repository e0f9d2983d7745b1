import type { Messages } from '../messages-type.js';

export const downloads: Messages['downloads'] = {
  exportButton: 'Exporter',
  exportLabel: 'Exporter la liste avec les filtres actuels',
  exportHint: 'Toutes les lignes avec les filtres actuels, pas seulement cette page',
  csv: 'CSV (point-virgule, UTF-8)',
  xlsx: 'Excel (XLSX)',
  tooMany: 'Trop de lignes à exporter (maximum {max}). Affinez les filtres.',
  reportsTitle: 'Rapports {year}',
  reportsButton: 'Télécharger un rapport',
  reportsLabel: 'Télécharger un rapport : le rapport d’évaluation ou d’activités de {year}',
  reportEvaluation: 'Rapport d’évaluation',
  reportActivity: 'Rapport d’activités',
  reportItem: '{kind} · {format} · {language}',
  docx: 'Word (DOCX)',
  pdf: 'PDF',
  languages: { nl: 'néerlandais', fr: 'français', en: 'anglais' },
};
