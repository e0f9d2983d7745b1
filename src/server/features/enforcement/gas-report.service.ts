import type { Locale } from '../../../shared/i18n/locale.js';
import type { ReportFormat } from '../../../shared/reports/report-document.js';
import { renderChartSvg, renderReport } from '../../adapters/documents/render-report.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { timeZoneOf } from '../municipalities/municipality-calendar.js';
import { AnalysisRepository } from './analysis.repository.js';
import { EnforcementRepository } from './enforcement.repository.js';
import type { GasReportYear } from './gas-figures.js';
import { gasReport, type GasReportUnit } from './gas-report.js';
import { workflowDocument } from './workflow-document.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;

/** How many years before the reported one the evolution shows. */
export const evolutionYears = 2;

export interface GasReportFile {
  data: Buffer;
  contentType: string;
  extension: ReportFormat;
  filename: string;
}

const fileSafe = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'municipality';

const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * The enforcement documents (issue 18): the GASAM yearly report (`report gas`: one municipality, or an association
 * per member and as a whole, with the evolution against the previous years) and the description of the digital
 * workflow generated from the procedure (`report gas-workflow`). Read through the tenant's scope; changes nothing.
 */
export class GasReportService {
  constructor(private readonly deps: Deps) {}

  async yearly(
    municipalityId: string,
    request: { year: number; format: ReportFormat; locale?: Locale | undefined },
  ): Promise<GasReportFile> {
    const kysely = this.deps.db.kysely;
    const analysis = new AnalysisRepository(kysely);
    const self = (await analysis.names([municipalityId])).get(municipalityId);
    if (!self) throw new AppError('MUNICIPALITY_NOT_FOUND');
    const locale = request.locale ?? 'nl';
    const scope = await new EnforcementRepository(kysely).scopeOf(municipalityId);
    const ids = [...new Set(scope.map((p) => p.municipalityId))];
    const names = await analysis.names(ids);
    const years: GasReportYear[] = [];
    for (let year = request.year - evolutionYears; year <= request.year; year++) {
      const filter = { scope, from: `${year}-01-01`, to: `${year}-12-31` };
      const [rows, mediation] = await Promise.all([analysis.yearFigures(filter), analysis.mediationResults(filter)]);
      years.push({ year, rows, mediation });
    }
    const association = self.kind === 'association' || scope.length > 1;
    const withFindings = new Set(years.flatMap((y) => y.rows.map((r) => r.municipalityId)));
    const units: GasReportUnit[] = ids
      .filter((id) => id !== municipalityId || withFindings.has(id))
      .map((id) => {
        const parts = scope.filter((p) => p.municipalityId === id && (p.from !== null || p.to !== null));
        const agreement = parts.map((p) => `${p.from ? dmy(p.from) : ''} – ${p.to ? dmy(p.to) : ''}`.trim()).join('; ');
        return { id, name: names.get(id)?.name ?? id, ...(agreement ? { agreement } : {}) };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const catalogue = await analysis.catalogue(ids);
    const doc = gasReport({
      municipality: self.name,
      association,
      locale,
      generatedAt: this.deps.clock.now().toISOString(),
      year: request.year,
      units,
      years,
      articleLabels: new Map(catalogue.map((a) => [a.code, { nl: a.labelNl, fr: a.labelFr }])),
      chartSvg: renderChartSvg,
    });
    return this.render(municipalityId, doc, request.format, `svpp-gas-${fileSafe(self.slug)}-${request.year}`);
  }

  async workflow(
    municipalityId: string,
    request: { format: ReportFormat; locale?: Locale | undefined },
  ): Promise<GasReportFile> {
    const kysely = this.deps.db.kysely;
    const self = (await new AnalysisRepository(kysely).names([municipalityId])).get(municipalityId);
    if (!self) throw new AppError('MUNICIPALITY_NOT_FOUND');
    const repository = new EnforcementRepository(kysely);
    const [articles, amounts] = await Promise.all([
      repository.articles(municipalityId),
      repository.amounts(municipalityId),
    ]);
    const doc = workflowDocument({
      municipality: self.name,
      locale: request.locale ?? 'nl',
      generatedAt: this.deps.clock.now().toISOString(),
      articles: articles.map((a) => ({
        code: a.code,
        regulation: a.regulation,
        category: a.category,
        labelNl: a.label_nl,
        labelFr: a.label_fr,
        mixed: a.mixed === 1,
        mediation: a.mediation === 1,
        finders: parseFinders(a.finders_json),
        prescriptionMonths: a.prescription_months,
        validFrom: a.valid_from,
        validTo: a.valid_to,
      })),
      amounts: amounts.map((a) => ({
        category: a.category,
        validFrom: a.valid_from,
        validTo: a.valid_to,
        amountCents: a.amount_cents,
      })),
    });
    return this.render(municipalityId, doc, request.format, `svpp-gas-workflow-${fileSafe(self.slug)}`);
  }

  private async render(
    municipalityId: string,
    doc: Parameters<typeof renderReport>[0],
    format: ReportFormat,
    base: string,
  ): Promise<GasReportFile> {
    const timeZone = await timeZoneOf(this.deps.db.kysely, municipalityId);
    const rendered = await renderReport({ ...doc, meta: { ...doc.meta, timeZone } }, format);
    return { ...rendered, filename: `${base}.${rendered.extension}` };
  }
}

function parseFinders(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
