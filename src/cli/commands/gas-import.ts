import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FindingImportResult } from '../../shared/api/enforcement.schema.js';
import { systemClock } from '../../server/adapters/clock.js';
import { AppError } from '../../server/http/app-error.js';
import { FindingIntakeService } from '../../server/features/enforcement/finding-import.service.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { CliError } from '../cli-error.js';
import { formatOption } from '../command-args.js';
import { withDatabase } from '../runtime.js';

const usage = 'usage: svpp gas import FILE --municipality M [--dry-run] [--format json|text]';

/**
 * `svpp gas import FILE`: findings from CSV (`;`, UTF-8) or XLSX through the same service as the web upload. Exit 0
 * when the file was imported (or a dry run found nothing wrong), 1 when rows were rejected (nothing written).
 */
export async function gasImportCommand(args: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { municipality: { type: 'string' }, format: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (!file || extra.length || !values.municipality) throw new CliError(usage, 2);
  const format = formatOption(values.format ?? 'text', ['json', 'text'] as const);
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const slug = values.municipality;
  const dryRun = values['dry-run'] === true;
  await withDatabase(async (db) => {
    const municipality = await new MunicipalityRepository(db.kysely).findBySlug(slug);
    if (!municipality) throw new CliError(`municipality "${slug}" does not exist`);
    const actor = { userId: '', role: 'admin' as const, municipalityId: municipality.id, email: 'cli' };
    const started = performance.now();
    let result: FindingImportResult;
    try {
      result = await new FindingIntakeService({ db, clock: systemClock }).importFile(actor, 'en', {
        filename: path.basename(file),
        contentBase64: content.toString('base64'),
        dryRun,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'GAS_IMPORT_REJECTED') throw error;
      const details = error.details as {
        rejected: FindingImportResult['rejectedRows'];
        total: number;
        rejectedCount: number;
      };
      result = {
        imported: 0,
        duplicates: 0,
        rejected: details.rejectedCount,
        dryRun,
        total: details.total,
        accepted: 0,
        repeatedFile: false,
        rejectedRows: details.rejected,
      };
    }
    const seconds = (performance.now() - started) / 1000;
    if (format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(
        `${dryRun ? 'checked' : 'read'} ${file}: ${result.total} row(s); ${dryRun ? `${result.accepted} would be imported` : `${result.imported} imported`}, ${result.duplicates} duplicate(s)${result.repeatedFile ? ' (the same file was imported before)' : ''}, ${result.rejected} rejected (${seconds.toFixed(1)} s)\n`,
      );
      for (const rejected of result.rejectedRows) {
        for (const reason of rejected.reasons) {
          process.stdout.write(
            `  row ${rejected.row}${rejected.reference ? ` (${rejected.reference})` : ''}: ${reason.field}: ${reason.code}: ${reason.message}\n`,
          );
        }
      }
      if (result.rejected && !dryRun) {
        process.stdout.write('nothing was imported: the file lands whole or not at all\n');
      }
    }
    if (result.rejected) process.exitCode = 1;
  });
}
