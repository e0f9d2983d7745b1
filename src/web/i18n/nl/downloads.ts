/** Dutch texts of the download menus (list exports, the yearly reports): the reference shape fr and en must match. */
export const downloads = {
  exportButton: 'Exporteren',
  exportLabel: 'De lijst exporteren met de huidige filters',
  exportHint: 'Alle rijen met de filters van nu, niet enkel deze pagina',
  csv: 'CSV (puntkomma, UTF-8)',
  xlsx: 'Excel (XLSX)',
  tooMany: 'Te veel rijen om te exporteren (maximum {max}). Verfijn de filters.',
  reportsTitle: 'Rapporten {year}',
  reportsButton: 'Rapport downloaden',
  reportsLabel: 'Rapport downloaden: het evaluatie- of activiteitenrapport van {year}',
  reportEvaluation: 'Evaluatierapport',
  reportActivity: 'Activiteitenverslag',
  reportItem: '{kind} · {format} · {language}',
  docx: 'Word (DOCX)',
  pdf: 'PDF',
  languages: { nl: 'Nederlands', fr: 'Frans', en: 'Engels' },
};
