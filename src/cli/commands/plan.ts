import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock } from '../../server/adapters/clock.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { PlanImportService, parseOrThrow } from '../../server/features/plan/plan-import.service.js';
import { PlanService } from '../../server/features/plan/plan.service.js';
import { IndicatorLinkService } from '../../server/features/indicators/indicator-links.service.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';

const usage = 'usage: svpp plan parse FILE --format json | svpp plan import FILE --municipality M [--draft]';

/** Reads a plan file as text; a missing or unreadable file is a clear CLI error. */
function readPlanFile(file: string | undefined): string {
  if (!file) throw new CliError(usage, 2);
  try {
    if (!statSync(file).isFile()) throw new CliError(`${file} is not a file`);
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

export async function planCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      municipality: { type: 'string' },
      draft: { type: 'boolean', default: false },
    },
  });
  if (sub === 'parse') {
    if (values.format !== 'json') throw new CliError('plan parse supports --format json', 2);
    const plan = parseOrThrow(readPlanFile(positionals[0]));
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    for (const w of plan.warnings) process.stderr.write(`warning: line ${w.line}: ${w.message}\n`);
    return;
  }
  if (sub === 'import') {
    const file = positionals[0];
    const text = readPlanFile(file);
    if (!values.municipality) throw new CliError('plan import needs --municipality M', 2);
    const slug = values.municipality;
    await withDatabase(async (db) => {
      const municipality = await new MunicipalityRepository(db.kysely).findBySlug(slug);
      if (!municipality) {
        throw new CliError(
          `municipality "${slug}" does not exist (create it with: svpp user create … --municipality ${slug})`,
        );
      }
      const plans = new PlanService({ db, clock: systemClock });
      const links = new IndicatorLinkService({ db, clock: systemClock, plans });
      const importer = new PlanImportService({
        db,
        clock: systemClock,
        onImported: (actor, versionId) => links.propose(actor, versionId),
      });
      const { plan } = await importer.import(
        { userId: '', role: 'admin', municipalityId: municipality.id, email: 'cli' },
        { filename: path.basename(file ?? 'plan.txt'), text, confirm: !values.draft },
      );
      const operational = plan.sections.reduce(
        (n, s) => n + s.strategic_objectives.reduce((m, st) => m + st.operational_objectives.length, 0),
        0,
      );
      process.stdout.write(
        `imported ${plan.language === 'fr' ? 'PSSP' : 'SVPP'} into ${slug}: ${plan.sections.length} sections, ${operational} operational objectives, ${plan.warnings.length} warning(s)${values.draft ? ' — stored as a draft to review' : ''}\n`,
      );
      for (const w of plan.warnings) process.stderr.write(`warning: line ${w.line}: ${w.message}\n`);
    });
    return;
  }
  throw new CliError(usage, 2);
}
