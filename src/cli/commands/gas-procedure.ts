import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SignedInActor } from '../../shared/access/roles.js';
import { systemClock } from '../../server/adapters/clock.js';
import { diskFileStore } from '../../server/adapters/file-store.js';
import type { Db } from '../../server/db/database.js';
import { FileService } from '../../server/features/files/files.service.js';
import { HolderImportService } from '../../server/features/enforcement/holders.service.js';
import { LetterService } from '../../server/features/enforcement/letters.service.js';
import { PaymentImportService } from '../../server/features/enforcement/payments.service.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { CliError } from '../cli-error.js';
import { formatOption, writeOutFile } from '../command-args.js';
import { withDatabase } from '../runtime.js';

/**
 * `svpp gas holders|letters|payments`: the procedure's batch steps through the same services as the web (holders
 * from the DIV answer, letter batches for the post room, bank statements in CAMT.053).
 */

function parse(args: string[], usage: string, options: Record<string, 'string' | 'boolean'>) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: Object.fromEntries(Object.entries(options).map(([name, type]) => [name, { type }])),
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
}

function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function actorFor(db: Db, slug: string): Promise<SignedInActor> {
  const municipality = await new MunicipalityRepository(db.kysely).findBySlug(slug);
  if (!municipality) throw new CliError(`municipality "${slug}" does not exist`);
  return { userId: '', role: 'admin', municipalityId: municipality.id, email: 'cli' };
}

const print = (json: boolean, value: unknown, text: string): void => {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
};

const holdersUsage = 'usage: svpp gas holders FILE --municipality M [--dry-run] [--format json|text]';

export async function gasHoldersCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, holdersUsage, {
    municipality: 'string',
    format: 'string',
    'dry-run': 'boolean',
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length || typeof values.municipality !== 'string') throw new CliError(holdersUsage, 2);
  const json =
    formatOption(typeof values.format === 'string' ? values.format : 'text', ['json', 'text'] as const) === 'json';
  const content = readInput(file);
  await withDatabase(async (db) => {
    const actor = await actorFor(db, String(values.municipality));
    const result = await new HolderImportService({ db, clock: systemClock }).run(actor, 'en', {
      filename: path.basename(file),
      contentBase64: content.toString('base64'),
      dryRun: values['dry-run'] === true,
    });
    print(
      json,
      result,
      result.repeated
        ? `${file}: this file was read before; nothing done`
        : `${result.dryRun ? 'checked' : 'read'} ${file}: ${result.identified} identified, ${result.notFound} not found, ${result.unmatched} rows matching no finding, ${result.rejected.length} rejected`,
    );
    if (result.rejected.length) process.exitCode = 1;
  });
}

const lettersUsage =
  'usage: svpp gas letters --municipality M --kind notification|reminder --out DIR [--format json|text]';

export async function gasLettersCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, lettersUsage, {
    municipality: 'string',
    kind: 'string',
    out: 'string',
    format: 'string',
  });
  if (positionals.length || typeof values.municipality !== 'string' || typeof values.out !== 'string') {
    throw new CliError(lettersUsage, 2);
  }
  const kind = values.kind;
  // Not formatOption: its message names --format.
  if (kind !== 'notification' && kind !== 'reminder') {
    throw new CliError(`--kind must be notification or reminder (got "${String(kind ?? '')}")\n${lettersUsage}`, 2);
  }
  const json =
    formatOption(typeof values.format === 'string' ? values.format : 'text', ['json', 'text'] as const) === 'json';
  const out = values.out;
  await withDatabase(async (db, config) => {
    const actor = await actorFor(db, String(values.municipality));
    const files = new FileService({ db, clock: systemClock, store: diskFileStore(path.join(config.dataDir, 'files')) });
    const letters = new LetterService({ db, clock: systemClock, files, iban: config.gasIban ?? null });
    const batch = await letters.create(actor, { kind });
    if (!batch) {
      print(json, { batch: null }, `no ${kind} letters to make`);
      return;
    }
    mkdirSync(out, { recursive: true });
    const written: string[] = [];
    for (const format of ['docx', 'pdf'] as const) {
      const { file, data } = await letters.download(actor, batch.id, format);
      const target = path.join(out, file.name);
      writeOutFile(target, data);
      written.push(target);
    }
    print(json, { batch, files: written }, `${batch.letters} ${kind} letters: ${written.join(', ')}`);
  });
}

const paymentsUsage = 'usage: svpp gas payments FILE.xml --municipality M [--dry-run] [--format json|text]';

export async function gasPaymentsCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, paymentsUsage, {
    municipality: 'string',
    format: 'string',
    'dry-run': 'boolean',
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length || typeof values.municipality !== 'string') throw new CliError(paymentsUsage, 2);
  const json =
    formatOption(typeof values.format === 'string' ? values.format : 'text', ['json', 'text'] as const) === 'json';
  const content = readInput(file);
  await withDatabase(async (db) => {
    const actor = await actorFor(db, String(values.municipality));
    const result = await new PaymentImportService({ db, clock: systemClock }).run(actor, {
      filename: path.basename(file),
      contentBase64: content.toString('base64'),
      dryRun: values['dry-run'] === true,
    });
    const lines = result.lines.map(
      (l) =>
        `  ${l.match}${l.code ? ` (${l.code})` : ''}: ${l.entryReference} ${l.bookedOn} ${(l.amountCents / 100).toFixed(2)} ${l.communication ?? ''}`,
    );
    print(
      json,
      result,
      result.repeated
        ? `${file}: this statement was read before; nothing done`
        : [
            `${result.dryRun ? 'checked' : 'read'} ${file}: ${result.entries} entries, ${result.matched} matched, ${result.partial} partial, ${result.overpaid} over-paid, ${result.unmatched} unmatched, ${result.invalid} wrong check digit, ${result.duplicates} read before, ${result.closed} findings paid and closed`,
            ...lines,
          ].join('\n'),
    );
  });
}
