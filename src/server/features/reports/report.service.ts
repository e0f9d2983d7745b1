import type { Actor } from '../../../shared/access/roles.js';
import { reportKinds, type ReportKind } from '../../../shared/api/reports.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { activityReport } from '../../../shared/reports/activity-report.js';
import { evaluationReport } from '../../../shared/reports/evaluation-report.js';
import { planReport } from '../../../shared/reports/plan-report.js';
import { reportFormats, type ReportDocument, type ReportFormat } from '../../../shared/reports/report-document.js';
import { renderChartSvg, renderReport } from '../../adapters/documents/render-report.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import type { EvaluationService } from '../evaluation/evaluation.service.js';
import type { IndicatorService } from '../indicators/indicators.service.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import type { PlanService } from '../plan/plan.service.js';
import type { GuardOverviewService } from '../guards/guard-overview.service.js';
import { guardsReport } from '../../../shared/reports/guards-report.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import { can } from '../../../shared/access/roles.js';
import { reportKey } from '../../../shared/finance/decision-path.js';
import { financeReport } from '../../../shared/reports/finance-report.js';
import type { FinanceService } from '../finance/finance.service.js';
import type { DecisionService } from '../decisions/decisions.service.js';
import { todayIn, yearOf } from '../../../shared/calendar/days.js';
import { timeZoneOf } from '../municipalities/municipality-calendar.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'geo'> & {
  plans: PlanService;
  indicators: IndicatorService;
  evaluations: EvaluationService;
  guardOverview: GuardOverviewService;
  finance: FinanceService;
  decisions?: DecisionService;
};

interface ReportRequest {
  kind: ReportKind;
  /** Default the plan's own language. */
  locale?: Locale | undefined;
  /**
   * The year reported on; default the indicators' default year (evaluation, activity) or the plan's first year (plan).
   */
  year?: number | undefined;
  /** Default the current plan version. */
  versionId?: string | undefined;
}

interface BuiltReport {
  doc: ReportDocument;
  year: number;
  /** The municipality's slug, for the file name. */
  municipality: string;
}

export interface ReportFile {
  data: Buffer;
  contentType: string;
  extension: ReportFormat;
  /** `svpp-<kind>-<municipality>-<year>.<ext>` */
  filename: string;
}

/** A kind of report from a URL or the command line: NOT_FOUND for any other text. */
export function reportKindOf(value: string): ReportKind {
  if ((reportKinds as readonly string[]).includes(value)) return value as ReportKind;
  throw new AppError('NOT_FOUND');
}

/** docx, pdf or xlsx (default pdf); anything else is REPORT_FORMAT_UNSUPPORTED. */
export function reportFormatOf(value: string | undefined): ReportFormat {
  if (value === undefined || value === '') return 'pdf';
  const format = value.toLowerCase();
  if ((reportFormats as readonly string[]).includes(format)) return format as ReportFormat;
  throw new AppError('REPORT_FORMAT_UNSUPPORTED');
}

/** A name that is safe in a Content-Disposition header and on any file system. */
const fileSafe = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'municipality';

/**
 * The reports: reads the plan, the indicator overview and the evaluations through their services (so the same rules
 * and tenant filter apply), builds the report model and renders it. Reading a report changes nothing.
 */
export class ReportService {
  constructor(private readonly deps: Deps) {}

  async build(actor: Actor, request: ReportRequest): Promise<BuiltReport> {
    const municipality = await new MunicipalityRepository(this.deps.db.kysely).findById(actor.municipalityId);
    if (!municipality) throw new AppError('MUNICIPALITY_NOT_FOUND');
    const generatedAt = this.deps.clock.now().toISOString();
    const timeZone = await timeZoneOf(this.deps.db.kysely, actor.municipalityId);
    const thisYear = yearOf(todayIn(timeZone, this.deps.clock.now()));
    const common = { municipality: municipality.name, generatedAt };
    if (request.kind === 'plan') {
      const versionId = request.versionId ?? (await this.deps.plans.currentVersionId(actor));
      if (!versionId) throw new AppError('PLAN_NONE');
      const tree = await this.deps.plans.tree(actor, versionId);
      const year = request.year ?? (tree.version.periodStart ? Number(tree.version.periodStart.slice(0, 4)) : thisYear);
      return {
        doc: planReport({ ...common, locale: request.locale ?? tree.version.language, tree }),
        year,
        municipality: municipality.slug,
      };
    }
    if (request.kind === 'guards') {
      // The guards' own year (no plan needed): default the last full year.
      const year = request.year ?? thisYear - 1;
      const [overview, violence] = await Promise.all([
        this.deps.guardOverview.overview(actor, year),
        this.deps.guardOverview.violenceStats(actor.municipalityId, year),
      ]);
      const wijkNames = Object.fromEntries(await geoOf(this.deps).wijkNames(actor.municipalityId));
      const doc = guardsReport({
        ...common,
        locale: request.locale ?? 'nl',
        overview,
        violence,
        wijkNames,
        chartSvg: renderChartSvg,
      });
      return { doc, year, municipality: municipality.slug };
    }
    if (request.kind === 'finance') {
      // Money is read by the finance roles only (the college among them), not by every reader of reports.
      if (!can(actor, 'finance.read')) throw new AppError('FORBIDDEN');
      const finance = await this.deps.finance.overview(actor, { year: request.year, versionId: request.versionId });
      const decision =
        (
          await this.deps.decisions?.list(actor, {
            subjectKind: 'report',
            subjectKey: reportKey('finance', finance.year),
          })
        )?.[0] ?? null;
      const version = await this.deps.plans.tree(actor, finance.versionId);
      const doc = financeReport({ ...common, locale: request.locale ?? version.version.language, finance, decision });
      return { doc, year: finance.year, municipality: municipality.slug };
    }
    // The overview as of today while the year runs, else as of its last day; the evaluations of the same year and
    // version.
    const overview = await this.deps.indicators.overview(actor, { year: request.year, versionId: request.versionId });
    const [tree, listed] = await Promise.all([
      this.deps.plans.tree(actor, overview.versionId),
      this.deps.evaluations.list(actor, { year: overview.year, versionId: overview.versionId }),
    ]);
    const input = {
      ...common,
      locale: request.locale ?? tree.version.language,
      tree,
      overview,
      evaluations: listed.evaluations,
      chartSvg: renderChartSvg,
    };
    const doc = request.kind === 'evaluation' ? evaluationReport(input) : activityReport(input);
    return { doc, year: overview.year, municipality: municipality.slug };
  }

  async render(actor: Actor, request: ReportRequest & { format: ReportFormat }): Promise<ReportFile> {
    const built = await this.build(actor, request);
    // "Made on" on the municipality's clock.
    const timeZone = await timeZoneOf(this.deps.db.kysely, actor.municipalityId);
    const rendered = await renderReport({ ...built.doc, meta: { ...built.doc.meta, timeZone } }, request.format);
    return {
      ...rendered,
      filename: `svpp-${request.kind}-${fileSafe(built.municipality)}-${built.year}.${rendered.extension}`,
    };
  }
}
