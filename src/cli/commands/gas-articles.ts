import { isIsoDay } from '../../shared/calendar/days.js';
import { inForce } from '../../shared/enforcement/catalogue.js';
import { systemClock } from '../../server/adapters/clock.js';
import { ArticleService } from '../../server/features/enforcement/articles.service.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { CliError } from '../cli-error.js';
import { formatOption, parseOptions, requireOptions } from '../command-args.js';
import { withDatabase } from '../runtime.js';

const usage = 'usage: svpp gas articles --municipality M [--format json|text] [--on YYYY-MM-DD] [--all yes]';

const euro = (cents: number | null) => (cents === null ? '—' : `€ ${(cents / 100).toFixed(2).replace('.', ',')}`);

/**
 * `svpp gas articles`: the offence catalogue in force on a day (default the municipality's today), each article with
 * its category's amount on that day; `--all yes` lists every version.
 */
export async function gasArticlesCommand(args: string[]): Promise<void> {
  const values = parseOptions(args, ['municipality', 'format', 'on', 'all'], usage);
  requireOptions(values, ['municipality'], 'gas articles', usage);
  const format = formatOption(values.format ?? 'text', ['json', 'text'] as const);
  if (values.on !== undefined && !isIsoDay(values.on)) {
    throw new CliError(`--on must be a day YYYY-MM-DD (got "${values.on}")`, 2);
  }
  const slug = values.municipality ?? '';
  await withDatabase(async (db) => {
    const municipality = await new MunicipalityRepository(db.kysely).findBySlug(slug);
    if (!municipality) throw new CliError(`municipality "${slug}" does not exist`);
    const catalogue = await new ArticleService({ db, clock: systemClock }).catalogue(municipality.id, values.on);
    const articles =
      values.all === 'yes' ? catalogue.articles : catalogue.articles.filter((a) => inForce(a, catalogue.on));
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify(articles)}\n`);
      return;
    }
    process.stdout.write(`offence catalogue of ${slug} on ${catalogue.on}: ${articles.length} article(s)\n`);
    for (const a of articles) {
      process.stdout.write(
        `  ${a.article.padEnd(20)} ${a.category.padEnd(5)} ${euro(a.amountCents).padStart(9)}  ${a.finders.join(',').padEnd(19)} ${a.labels.nl}\n`,
      );
    }
  });
}
