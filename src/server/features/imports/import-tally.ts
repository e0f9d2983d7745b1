import type { ImportResult } from '../../../shared/api/imports.schema.js';
import type { TableStream } from '../../adapters/tabular.js';
import { AppError } from '../../http/app-error.js';
import { inspectTable, maxListedRejections, openImportTable } from './table-input.js';

type Rejection = ImportResult['rejected'][number];

/** The mapping screen's look at an uploaded file: its columns, row count and first rows. */
export async function inspectUpload(filename: string, contentBase64: string) {
  return inspectTable(await openImportTable(filename, contentBase64));
}

/** Refuses a mapping that names a column the file does not have. */
export function requireColumns(table: TableStream, named: string[]): void {
  const missing = named.filter((c) => !table.columns.includes(c));
  if (missing.length) throw new AppError('IMPORT_UNKNOWN_COLUMN', { columns: missing });
}

/**
 * The rows an import has read and the ones it rejected: every rejection is counted, the first
 * `maxListedRejections` are listed. A dry run answers with them; an import with any rejection is refused whole.
 */
export class ImportTally {
  private total = 0;
  private rejectedCount = 0;
  private readonly rejected: Rejection[] = [];

  /** One row read, with the reasons it was rejected (none: accepted). */
  row(row: number, reasons: Rejection['reasons']): void {
    this.total++;
    if (!reasons.length) return;
    this.rejectedCount++;
    if (this.rejected.length < maxListedRejections) this.rejected.push({ row, reasons });
  }

  /** The answer before anything is written; outside a dry run, rejected rows refuse the import. */
  result(dryRun: boolean, accepted: number): ImportResult {
    const { total, rejected, rejectedCount } = this;
    if (!dryRun && rejectedCount) {
      throw new AppError('IMPORT_REJECTED_ROWS', { rejected: rejected.slice(0, 500), total, rejectedCount });
    }
    return { dryRun, total, accepted, rejected, imported: 0 };
  }
}
