import path from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock } from '../../server/adapters/clock.js';
import { diskFileStore } from '../../server/adapters/file-store.js';
import { CaseQueryService } from '../../server/features/cases/case-query.service.js';
import { CaseRetentionService } from '../../server/features/cases/case-retention.service.js';
import { FileService } from '../../server/features/files/files.service.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';

const usage = `usage: svpp cases overdue --municipality M [--format json|text]
       svpp cases erase-expired     erase personal data of cases past their retention period (all municipalities)`;

/** `svpp cases …`: the case deadlines past due (for scripts), and the retention erasure. */
export async function casesCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'erase-expired') {
    await withDatabase(async (db, config) => {
      const retention = new CaseRetentionService({
        db,
        clock: systemClock,
        store: diskFileStore(path.join(config.dataDir, 'files')),
      });
      process.stdout.write(`personal data erased in ${await retention.eraseAllExpired()} case(s)\n`);
    });
    return;
  }
  if (sub !== 'overdue') throw new CliError(usage, 2);
  let values: { municipality?: string | undefined; format?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { municipality: { type: 'string' }, format: { type: 'string', default: 'json' } },
      strict: true,
    }));
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
  if (!values.municipality) throw new CliError(`cases overdue needs --municipality\n${usage}`, 2);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new CliError(`--format must be json or text (got "${format}")`, 2);
  const slug = values.municipality;
  await withDatabase(async (db, config) => {
    const municipality = await new MunicipalityRepository(db.kysely).findBySlug(slug);
    if (!municipality) throw new CliError(`unknown municipality "${slug}"`, 2);
    const store = diskFileStore(path.join(config.dataDir, 'files'));
    const retention = new CaseRetentionService({ db, clock: systemClock, store });
    const queries = new CaseQueryService({
      db,
      clock: systemClock,
      retention,
      files: new FileService({ db, clock: systemClock, store }),
    });
    const { today, items } = await queries.overdue(municipality.id);
    if (format === 'json') {
      process.stdout.write(
        `${JSON.stringify({ municipality: slug, today, count: items.length, overdue: items }, null, 2)}\n`,
      );
      return;
    }
    process.stdout.write(`${items.length} overdue deadline(s) in ${slug} on ${today}\n`);
    for (const item of items) {
      process.stdout.write(
        `${item.reference}\t${item.typeKey}\t${item.deadline}\tdue ${item.due}\t${item.daysOverdue} day(s) late\n`,
      );
    }
  });
}
