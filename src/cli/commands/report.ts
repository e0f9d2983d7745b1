import { reportKinds, type ReportKind } from '../../shared/api/reports.schema.js';
import { locales } from '../../shared/i18n/locale.js';
import { reportFormats } from '../../shared/reports/report-document.js';
import { systemClock } from '../../server/adapters/clock.js';
import { EvaluationService } from '../../server/features/evaluation/evaluation.service.js';
import { IndicatorService } from '../../server/features/indicators/indicators.service.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { PlanService } from '../../server/features/plan/plan.service.js';
import { ReportService } from '../../server/features/reports/report.service.js';
import { GuardOverviewService } from '../../server/features/guards/guard-overview.service.js';
import { ViolenceService } from '../../server/features/guards/violence.service.js';
import { FinanceService } from '../../server/features/finance/finance.service.js';
import { DecisionService } from '../../server/features/decisions/decisions.service.js';
import { CliError } from '../cli-error.js';
import { writeOutFile } from '../command-args.js';
import { reportOptions } from './report-options.js';
import { withDatabase } from '../runtime.js';

const usage = `usage: svpp report ${reportKinds.join('|')} --municipality M --year Y --format ${reportFormats.join('|')} --out FILE [--lang ${locales.join('|')}]\n       svpp report gas --municipality M --year Y --format ${reportFormats.join('|')} --out FILE [--lang nl|fr|en]\n       svpp report gas-workflow --municipality M --format ${reportFormats.join('|')} --out FILE [--lang nl|fr|en]`;

/**
 * `svpp report KIND …`: writes the plan, evaluation or activity report of a municipality's current plan version, or the
 * guards' yearly report.
 */
export async function reportCommand(args: string[]): Promise<void> {
  const [kind, ...rest] = args;
  // Enforcement (issue 18): the GASAM yearly report and the description of the digital workflow.
  if (kind === 'gas' || kind === 'gas-workflow') return (await import('./report-gas.js')).reportGasCommand(kind, rest);
  if (!kind || !(reportKinds as readonly string[]).includes(kind)) throw new CliError(usage, 2);
  const { slug, year, format, lang, out } = reportOptions(rest, `report ${kind}`, usage);

  await withDatabase(async (db) => {
    const municipality = await new MunicipalityRepository(db.kysely).findBySlug(slug);
    if (!municipality) throw new CliError(`municipality "${slug}" does not exist`);
    const clock = systemClock;
    const plans = new PlanService({ db, clock });
    const indicators = new IndicatorService({ db, clock, plans });
    const guardOverview = new GuardOverviewService({ db, clock, violence: new ViolenceService({ db, clock }) });
    const reports = new ReportService({
      db,
      clock,
      plans,
      indicators,
      evaluations: new EvaluationService({ db, clock, indicators }),
      guardOverview,
      ...readOnlyFinance(db, clock),
    });
    const started = performance.now();
    const file = await reports.render(
      { userId: '', role: 'viewer', municipalityId: municipality.id },
      { kind: kind as ReportKind, format, locale: lang, year },
    );
    writeOutFile(out, file.data);
    process.stdout.write(
      `wrote ${out}: ${kind} report of ${slug} ${year} (${format}, ${lang ?? 'the plan’s language'}, ${file.data.length} bytes, ${Math.round(performance.now() - started)} ms)\n`,
    );
  });
}

/** The finance and decision services for reading only: writing with evidence files is not for the command line. */
function readOnlyFinance(db: ConstructorParameters<typeof FinanceService>[0]['db'], clock: typeof systemClock) {
  const files = { assertExist: () => Promise.reject(new Error('the report command only reads')) };
  return { finance: new FinanceService({ db, clock, files }), decisions: new DecisionService({ db, clock, files }) };
}
