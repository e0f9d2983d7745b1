import type { FieldDefinition } from './register-fields.js';

/** Turns one spreadsheet cell into a field value; undefined for an empty cell; throws a short reason otherwise. */
export class CellError extends Error {}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

/** 1.234,5 / 1234,5 / 1234.5 → 1234.5 (Belgian first: a comma is the decimal mark). */
export function parseBelgianNumber(cell: string): number {
  const compact = cell.replace(/[\s\u00a0\u202f]/g, '');
  // With a comma, dots group thousands; without one, "1.200" (dot groups of three) is still twelve hundred.
  const normalized =
    compact.includes(',') || /^-?\d{1,3}(\.\d{3})+$/.test(compact)
      ? compact.replace(/\./g, '').replace(',', '.')
      : compact;
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) throw new CellError('not a number');
  return Number(normalized);
}

/** 31/03/2020, 1/7/2020, 31-03-2020, 2020-03-31 → 2020-03-31. */
export function parseDate(cell: string): string {
  const text = cell.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (be) [d, m, y] = [Number(be[1]), Number(be[2]), Number(be[3])];
  else throw new CellError('not a date (dd/mm/yyyy)');
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new CellError('not a date (dd/mm/yyyy)');
  }
  return date.toISOString().slice(0, 10);
}

export function parseCell(field: FieldDefinition, cell: string): unknown {
  if (cell.trim() === '') return undefined;
  switch (field.kind) {
    case 'text':
    case 'longtext':
      return cell.trim();
    case 'number':
    case 'count':
    case 'hours':
      return parseBelgianNumber(cell);
    case 'date':
      return parseDate(cell);
    case 'boolean': {
      const v = fold(cell);
      if (['ja', 'yes', 'oui', 'true', 'waar', 'vrai', '1', 'x'].includes(v)) return true;
      if (['nee', 'no', 'non', 'false', 'onwaar', 'faux', '0'].includes(v)) return false;
      throw new CellError('not yes/no');
    }
    case 'category':
      return matchOption(field, cell);
    case 'multi_category':
      return cell
        .split(/[,|]/)
        .map((part) => matchOption(field, part))
        .filter((v) => v !== '');
    case 'partners':
      return cell
        .split(/[,|]/)
        .map((p) => p.trim())
        .filter(Boolean);
    case 'attachments':
      throw new CellError('attachments cannot come from a spreadsheet');
  }
}

/** An option by its value or its label in any language, ignoring case and accents. */
function matchOption(field: FieldDefinition, cell: string): string {
  const wanted = fold(cell);
  const option = (field.options ?? []).find(
    (o) => fold(o.value) === wanted || Object.values(o.labels).some((l) => fold(l) === wanted),
  );
  if (!option) throw new CellError(`unknown value "${cell.trim()}"`);
  return option.value;
}
