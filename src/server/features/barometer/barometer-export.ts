import type { Locale } from '../../../shared/i18n/locale.js';
import { nuisanceCategories, nuisanceCategoryLabels } from '../../../shared/nuisance/categories.js';
import { monthsOf } from '../../../shared/nuisance/periods.js';
import { type SuppressedCount, suppressCount } from '../../../shared/nuisance/suppression.js';
import type { ReportColumn, ReportDocument, ReportRow } from '../../../shared/reports/report-document.js';
import { renderCsv, renderXlsx, reportContentTypes } from '../../adapters/documents/render-report.js';
import { geoFor } from '../../adapters/geo.js';
import type { BarometerService } from './barometer.service.js';
import type { BarometerRepository } from './barometer.repository.js';

export type BarometerExportFormat = 'csv' | 'xlsx' | 'geojson';

export interface BarometerExportRequest {
  municipalityId: string;
  from: string;
  to: string;
  format: BarometerExportFormat;
  byMonth: boolean;
  locale: Locale;
}

export interface BarometerExportFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

const texts = {
  nl: { sheet: 'Overlast', wijkCode: 'Wijkcode', wijk: 'Wijk', categoryKey: 'Categoriecode', category: 'Categorie', month: 'Maand', count: 'Aantal', noWijk: '(geen wijk)', title: 'Wijkbarometer', note: 'Aantallen van 1 tot 4 staan als "<5".' },
  fr: { sheet: 'Nuisances', wijkCode: 'Code quartier', wijk: 'Quartier', categoryKey: 'Code catégorie', category: 'Catégorie', month: 'Mois', count: 'Nombre', noWijk: '(sans quartier)', title: 'Baromètre des quartiers', note: 'Les nombres de 1 à 4 sont indiqués « <5 ».' },
  en: { sheet: 'Nuisance', wijkCode: 'Wijk code', wijk: 'Wijk', categoryKey: 'Category code', category: 'Category', month: 'Month', count: 'Count', noWijk: '(no wijk)', title: 'Neighbourhood barometer', note: 'Counts from 1 to 4 read "<5".' },
} as const;

/**
 * The barometer's counts per wijk × category (× month) as a file that leaves the department: every count between
 * 1 and 4 reads "<5". Every wijk and category is listed, zeros included, so a missing row never hides a count.
 */
export async function buildBarometerExport(service: BarometerService, repository: BarometerRepository, request: BarometerExportRequest): Promise<BarometerExportFile> {
  const cells = await service.exportCells(request.municipalityId, request.from, request.to, request.byMonth);
  const slug = (await repository.slugOf(request.municipalityId)) ?? 'municipality';
  const geo = geoFor(slug);
  const wijken = (geo?.wijken.features ?? []).map((f) => ({ code: f.properties.wijk_code, name: f.properties.wijk_naam }));
  const months = request.byMonth ? monthsOf(request) : [null];
  const known = new Set(wijken.map((w) => w.code));
  const count = new Map<string, number>();
  for (const c of cells) {
    const key = `${c.month ?? ''}|${known.has(c.wijkCode) ? c.wijkCode : ''}|${c.category}`;
    count.set(key, (count.get(key) ?? 0) + c.n);
  }
  // Files leave the department: every count is suppressed here, whoever asks.
  const get = (month: string | null, wijk: string, category: string): SuppressedCount => suppressCount(count.get(`${month ?? ''}|${wijk}|${category}`) ?? 0);
  const hasUnplaced = cells.some((c) => !known.has(c.wijkCode));
  const t = texts[request.locale];
  const base = `barometer-${slug}-${request.from}-${request.to}${request.byMonth ? '-per-maand' : ''}`;

  if (request.format === 'geojson') {
    const features = (geo?.wijken.features ?? []).map((feature) => {
      const code = feature.properties.wijk_code;
      const byCategory = Object.fromEntries(nuisanceCategories.map((c) => [c, months.length === 1 && months[0] === null ? get(null, code, c) : undefined]));
      const properties: Record<string, unknown> = { wijk_code: code, wijk_naam: feature.properties.wijk_naam, period_from: request.from, period_to: request.to };
      if (request.byMonth) properties.months = Object.fromEntries(months.map((m) => [m, Object.fromEntries(nuisanceCategories.map((c) => [c, get(m, code, c)]))]));
      else Object.assign(properties, byCategory);
      return { type: 'Feature', properties, geometry: feature.geometry };
    });
    const collection = { type: 'FeatureCollection', name: base, suppression: t.note, features };
    return { filename: `${base}.geojson`, contentType: 'application/geo+json', data: Buffer.from(`${JSON.stringify(collection)}\n`, 'utf8') };
  }

  const columns: ReportColumn[] = [
    ...(request.byMonth ? [{ key: 'month', label: t.month }] : []),
    { key: 'wijkCode', label: t.wijkCode },
    { key: 'wijk', label: t.wijk },
    { key: 'categoryKey', label: t.categoryKey },
    { key: 'category', label: t.category },
    { key: 'count', label: t.count, kind: 'number', decimals: 0 },
  ];
  const rows: ReportRow[] = [];
  const places = [...wijken, ...(hasUnplaced ? [{ code: '', name: t.noWijk }] : [])];
  for (const month of months) {
    for (const wijk of places) {
      for (const category of nuisanceCategories) {
        rows.push({ ...(month ? { month } : {}), wijkCode: wijk.code, wijk: wijk.name, categoryKey: category, category: nuisanceCategoryLabels[category][request.locale], count: get(month, wijk.code, category) });
      }
    }
  }
  const sheet = { name: t.sheet, columns, rows };
  if (request.format === 'csv') return { filename: `${base}.csv`, contentType: reportContentTypes.csv, data: renderCsv(sheet, { locale: request.locale }) };
  const doc: ReportDocument = { title: `${t.title} ${request.from} – ${request.to}`, locale: request.locale, meta: { municipality: slug, generatedAt: new Date().toISOString(), footer: t.note }, blocks: [], sheets: [sheet] };
  return { filename: `${base}.xlsx`, contentType: reportContentTypes.xlsx, data: await renderXlsx(doc) };
}
