/**
 * A calendar day as people type it in Belgium: day first (`03/02/2026`, `3/2/2026`, `03-02-2026`, `03.02.2026`),
 * whatever language the browser speaks. Pure: the date field in the web app shows `formatDayInput` and reads with
 * `parseDayInput`; the value it hands on is always the ISO day (`2026-02-03`) of days.ts.
 */
import { isIsoDay } from './days.js';

/** Why a typed text is not a day: not written as a day at all, or a day that does not exist (31/02/2026). */
type DayInputReason = 'format' | 'impossible';

/** What a typed text means. */
type DayInput = { status: 'empty' } | { status: 'day'; day: string } | { status: 'invalid'; reason: DayInputReason };

/** Everything a date field can object to. */
export type DayInputProblem = DayInputReason | 'before-min' | 'after-max';

// d/m/yyyy with `/`, `-`, `.` or a space between the parts (mixing them is tolerated).
const dayFirst = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/;
// yyyy-mm-dd as pasted from elsewhere (or typed by a test robot): an ISO day is never ambiguous.
const isoFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// ddmmyyyy without separators.
const compact = /^(\d{2})(\d{2})(\d{4})$/;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function toDay(year: number, month: number, day: number): DayInput {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return { status: 'invalid', reason: 'impossible' };
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return isIsoDay(iso) ? { status: 'day', day: iso } : { status: 'invalid', reason: 'impossible' };
}

/** Reads a typed day: `3/2/2026`, `03-02-2026`, `03.02.2026`, `03022026` or `2026-02-03` → `2026-02-03`. */
export function parseDayInput(text: string): DayInput {
  const value = text.trim();
  if (value === '') return { status: 'empty' };
  const first = dayFirst.exec(value) ?? compact.exec(value);
  if (first) return toDay(Number(first[3]), Number(first[2]), Number(first[1]));
  const iso = isoFirst.exec(value);
  if (iso) return toDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return { status: 'invalid', reason: 'format' };
}

/** `2026-02-03` → `03/02/2026`; an empty value stays empty, and anything that is not an ISO day is shown as is. */
export function formatDayInput(day: string): string {
  if (!isIsoDay(day)) return day;
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** The ISO day a text means, or '' when it is empty or not a day (what a native date input reports too). */
export function dayInputValue(text: string): string {
  const input = parseDayInput(text);
  return input.status === 'day' ? input.day : '';
}

/** What is wrong with a typed text, given optional ISO bounds (inclusive); null when it is fine or empty. */
export function dayInputProblem(text: string, bounds: { min?: string; max?: string } = {}): DayInputProblem | null {
  const input = parseDayInput(text);
  if (input.status === 'empty') return null;
  if (input.status === 'invalid') return input.reason;
  if (bounds.min && isIsoDay(bounds.min) && input.day < bounds.min) return 'before-min';
  if (bounds.max && isIsoDay(bounds.max) && input.day > bounds.max) return 'after-max';
  return null;
}
