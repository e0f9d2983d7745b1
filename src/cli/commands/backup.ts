import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/config.js';
import { BackupError, writeBackup } from '../../server/features/backup/backup.service.js';
import { restoreBackup } from '../../server/features/backup/backup-restore.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';

const rowsIn = (tables: Record<string, number>) => Object.values(tables).reduce((a, b) => a + b, 0);

/**
 * `svpp backup --out FILE`: one consistent file with the database and the uploaded files, taken while the server runs.
 */
export async function backupCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: false });
  if (!values.out) throw new CliError('usage: svpp backup --out FILE', 2);
  const out = path.resolve(values.out);
  const config = loadConfig();
  const summary = await withDatabase((db) => writeBackup({ db, dataDir: config.dataDir }, out), config);
  process.stdout.write(
    `backup written to ${out}: ${summary.dialect}, ${rowsIn(summary.tables)} rows in ${Object.keys(summary.tables).length} tables, ${summary.files} files, ${summary.bytes} bytes\n`,
  );
}

/** `svpp restore FILE`: into an empty data directory or an empty database only; anything else is refused (exit 4). */
export async function restoreCommand(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new CliError('usage: svpp restore FILE', 2);
  const config = loadConfig();
  try {
    const summary = await restoreBackup(
      { databaseUrl: config.databaseUrl, dataDir: config.dataDir },
      path.resolve(file),
    );
    process.stdout.write(
      `restored ${path.resolve(file)}: ${summary.dialect}, ${rowsIn(summary.tables)} rows in ${Object.keys(summary.tables).length} tables, ${summary.files} files\n`,
    );
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.message, 4);
    throw error;
  }
}
