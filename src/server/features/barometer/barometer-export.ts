import type { Locale } from '../../../shared/i18n/locale.js';
import {
  isNuisanceCategory,
  nuisanceCategories,
  nuisanceCategoryLabels,
} from '../../../shared/barometer/categories.js';
import { monthsOf } from '../../../shared/barometer/periods.js';
import { calendarQuarterOf, protectTable } from '../../../shared/barometer/disclosure.js';
import type { SuppressedCount } from '../../../shared/barometer/suppression.js';
import { AppError } from '../../http/app-error.js';
import type { ReportColumn, ReportDocument, ReportRow } from '../../../shared/reports/report-document.js';
import { renderCsv, renderXlsx, reportContentTypes } from '../../adapters/documents/render-report.js';
import { checkOutsideQuery } from './barometer-period.js';
import { BarometerService } from './barometer.service.js';

export type BarometerExportFormat = 'csv' | 'xlsx' | 'geojson';

interface BarometerExportRequest {
  municipalityId: string;
  from: string;
  to: string;
  format: BarometerExportFormat;
  byMonth: boolean;
  locale: Locale;
  /** Asked by a reader outside the department: one calendar quarter, not by month (the answers' rule). */
  outside?: boolean;
}

interface BarometerExportFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

const texts = {
  nl: {
    sheet: 'Overlast',
    wijkCode: 'Wijkcode',
    wijk: 'Wijk',
    categoryKey: 'Categoriecode',
    category: 'Categorie',
    month: 'Maand',
    count: 'Aantal',
    noWijk: '(geen wijk)',
    title: 'Wijkbarometer',
    note: 'Aantallen van 1 tot 4 staan als "<5"; om ze niet af te leiden uit totalen staat soms ook een lege cel als "<5".',
  },
  fr: {
    sheet: 'Nuisances',
    wijkCode: 'Code quartier',
    wijk: 'Quartier',
    categoryKey: 'Code catégorie',
    category: 'Catégorie',
    month: 'Mois',
    count: 'Nombre',
    noWijk: '(sans quartier)',
    title: 'Baromètre des quartiers',
    note: 'Les nombres de 1 à 4 sont indiqués « <5 » ; pour qu’on ne les déduise pas des totaux, une case vide l’est parfois aussi.',
  },
  en: {
    sheet: 'Nuisance',
    wijkCode: 'Wijk code',
    wijk: 'Wijk',
    categoryKey: 'Category code',
    category: 'Category',
    month: 'Month',
    count: 'Count',
    noWijk: '(no wijk)',
    title: 'Neighbourhood barometer',
    note: 'Counts from 1 to 4 read "<5"; so that totals cannot give them away, an empty cell sometimes reads "<5" too.',
  },
} as const;

/**
 * The barometer's counts per wijk × category (× month) as a file that leaves the department: every count between
 * 1 and 4 reads "<5", and so does an empty cell where a total would otherwise give one away (shared/nuisance/
 * disclosure.ts). Every wijk and category is listed, zeros included, so a missing row never hides a count.
 */
export async function buildBarometerExport(
  service: BarometerService,
  request: BarometerExportRequest,
): Promise<BarometerExportFile> {
  if (request.outside) {
    checkOutsideQuery(request);
    if (request.byMonth) {
      throw new AppError('BAROMETER_PERIOD_NOT_ALLOWED', {
        from: request.from,
        to: request.to,
        allowed: 'calendar_quarter',
      });
    }
  }
  const cells = await service.exportCells(request.municipalityId, request.from, request.to, request.byMonth);
  const slug = (await service.slugOf(request.municipalityId)) ?? 'municipality';
  const geo = await service.geometry(request.municipalityId);
  const wijken = (geo?.wijken.features ?? []).map((f) => ({
    code: f.properties.wijk_code,
    name: f.properties.wijk_naam,
  }));
  const months = request.byMonth ? monthsOf(request) : [null];
  const known = new Set(wijken.map((w) => w.code));
  const count = new Map<string, number>();
  for (const c of cells) {
    const key = `${c.month ?? ''}|${known.has(c.wijkCode) ? c.wijkCode : ''}|${isNuisanceCategory(c.category) ? c.category : 'other'}`;
    count.set(key, (count.get(key) ?? 0) + c.n);
  }
  // Files leave the department: every table is protected here (primary and secondary suppression), whoever asks. A
  // quarter uses the very entries the answers outside the department show for it; the unplaced row is always listed
  // (leaving it out when empty would tell that its hidden cells are empty).
  const placeCodes = [...wijken.map((w) => w.code), ''];
  const shown = new Map<string, SuppressedCount>();
  const quarter =
    !request.byMonth && calendarQuarterOf(request)
      ? await service.protectedQuarter(request.municipalityId, { from: request.from, to: request.to })
      : null;
  for (const month of months) {
    const table = placeCodes.map((w) => nuisanceCategories.map((c) => count.get(`${month ?? ''}|${w}|${c}`) ?? 0));
    const protectedCells = protectTable(table, nuisanceCategories.length).cells;
    placeCodes.forEach((w, i) =>
      nuisanceCategories.forEach((c, j) => {
        const v = quarter ? quarter.cell(w, c) : (protectedCells[i]![j] ?? null);
        shown.set(`${month ?? ''}|${w}|${c}`, v === null ? '<5' : v);
      }),
    );
  }
  const get = (month: string | null, wijk: string, category: string): SuppressedCount =>
    shown.get(`${month ?? ''}|${wijk}|${category}`) ?? '<5';
  const t = texts[request.locale];
  const base = `barometer-${slug}-${request.from}-${request.to}${request.byMonth ? '-per-maand' : ''}`;

  if (request.format === 'geojson') {
    const features = (geo?.wijken.features ?? []).map((feature) => {
      const code = feature.properties.wijk_code;
      const byCategory = Object.fromEntries(
        nuisanceCategories.map((c) => [c, months.length === 1 && months[0] === null ? get(null, code, c) : undefined]),
      );
      const properties: Record<string, unknown> = {
        wijk_code: code,
        wijk_naam: feature.properties.wijk_naam,
        period_from: request.from,
        period_to: request.to,
      };
      if (request.byMonth) {
        properties.months = Object.fromEntries(
          months.map((m) => [m, Object.fromEntries(nuisanceCategories.map((c) => [c, get(m, code, c)]))]),
        );
      } else Object.assign(properties, byCategory);
      return { type: 'Feature', properties, geometry: feature.geometry };
    });
    const collection = { type: 'FeatureCollection', name: base, suppression: t.note, features };
    return {
      filename: `${base}.geojson`,
      contentType: 'application/geo+json',
      data: Buffer.from(`${JSON.stringify(collection)}\n`, 'utf8'),
    };
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
  const places = [...wijken, { code: '', name: t.noWijk }];
  for (const month of months) {
    for (const wijk of places) {
      for (const category of nuisanceCategories) {
        rows.push({
          ...(month ? { month } : {}),
          wijkCode: wijk.code,
          wijk: wijk.name,
          categoryKey: category,
          category: nuisanceCategoryLabels[category][request.locale],
          count: get(month, wijk.code, category),
        });
      }
    }
  }
  const sheet = { name: t.sheet, columns, rows };
  if (request.format === 'csv') {
    return {
      filename: `${base}.csv`,
      contentType: reportContentTypes.csv,
      data: renderCsv(sheet, { locale: request.locale }),
    };
  }
  const doc: ReportDocument = {
    title: `${t.title} ${request.from} – ${request.to}`,
    locale: request.locale,
    meta: { municipality: slug, generatedAt: new Date().toISOString(), footer: t.note },
    blocks: [],
    sheets: [sheet],
  };
  return { filename: `${base}.xlsx`, contentType: reportContentTypes.xlsx, data: await renderXlsx(doc) };
}
