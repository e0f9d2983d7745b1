import { AppError } from '../../http/app-error.js';
import {
  clip,
  openTable,
  TabularError,
  type TableRow,
  type TableStream,
  yieldToEventLoop,
} from '../../adapters/tabular.js';

/** Rows validated between two turns of the event loop, and rows per insert chunk. */
const importChunkSize = 500;
/** A dry run lists at most this many rejected rows (`total − accepted` says how many there are). */
export const maxListedRejections = 1_000;

const asAppError = (error: unknown): unknown =>
  error instanceof TabularError ? new AppError(error.code, error.details) : error;

/** Opens an uploaded CSV or XLSX (base64) as a stream of rows; the file's limits answer with their stable codes. */
export async function openImportTable(filename: string, contentBase64: string): Promise<TableStream> {
  try {
    return await openTable(filename, Buffer.from(contentBase64, 'base64'));
  } catch (error) {
    throw asAppError(error);
  }
}

/** The table's rows, giving other requests their turn every `importChunkSize` rows. */
export async function* importRows(table: TableStream): AsyncGenerator<TableRow> {
  let n = 0;
  try {
    for await (const row of table.rows) {
      yield row;
      if (++n % importChunkSize === 0) await yieldToEventLoop();
    }
  } catch (error) {
    throw asAppError(error);
  }
}

/** Row count and the first rows (cells clipped) for the mapping screen. */
export async function inspectTable(
  table: TableStream,
): Promise<{ columns: string[]; rowCount: number; sample: Record<string, string>[] }> {
  const sample: Record<string, string>[] = [];
  let rowCount = 0;
  for await (const { cells } of importRows(table)) {
    rowCount++;
    if (sample.length < 5) sample.push(Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, clip(v, 500)])));
  }
  return { columns: table.columns, rowCount, sample };
}

/** Runs `work` over the items in chunks, giving other requests their turn between two chunks. */
export async function inChunks<T>(
  items: T[],
  work: (chunk: T[]) => Promise<void>,
  size = importChunkSize,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    await work(items.slice(i, i + size));
    if (i + size < items.length) await yieldToEventLoop();
  }
}

export { clip };
