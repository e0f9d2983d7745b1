/**
 * The one calendar: calendar days as ISO `YYYY-MM-DD` strings, and the day of a moment in a municipality's time
 * zone. Pure (no I/O, no hidden clock: "now" is always passed in), so the server, the web and the guards' PWA use
 * the same rules. Day arithmetic works on the date string alone (UTC midnight internally), so no time zone and no
 * daylight-saving change ever shifts a day; only `todayIn`, `dayOf`, `timeOf` and `dayStart` look at a zone.
 */

/** A municipality's time zone when it has none of its own. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

const dayMs = 86_400_000;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A wall-clock moment without an offset (`2020-05-01T22:30`, `2020-05-01 22:30:00`): already local. */
const localPattern = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

const toTime = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromTime = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** A real calendar day written `YYYY-MM-DD` (no 2021-02-29). */
export function isIsoDay(value: string): boolean {
  if (!dayPattern.test(value)) return false;
  const time = toTime(value);
  return !Number.isNaN(time) && fromTime(time) === value;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether the runtime knows this IANA time zone (`Europe/Brussels`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in a time zone at a moment. */
interface LocalTime {
  /** `YYYY-MM-DD` */
  day: string;
  /** 0–23 */
  hour: number;
  /** 0–59 */
  minute: number;
  /** ISO weekday: 1 Monday … 7 Sunday */
  weekday: number;
}

function toDate(instant: Date | string | number): Date {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a moment: ${String(instant)}`);
  return date;
}

/** Day, hour and minute of a moment on the wall clock of `timeZone`. */
export function timeOf(instant: Date | string | number, timeZone: string = DEFAULT_TIME_ZONE): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(toDate(instant))) parts[part.type] = part.value;
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return { day, hour: Number(parts.hour) % 24, minute: Number(parts.minute), weekday: isoWeekday(day) };
}

/**
 * The calendar day of a moment in `timeZone` (the municipality's day). A `Date`, an epoch number or a timestamp
 * with `Z` or an offset is converted; a bare day or a wall-clock time without an offset is already local and keeps
 * its own date.
 */
export function dayOf(instant: Date | string | number, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (typeof instant === 'string') {
    const local = localPattern.exec(instant.trim());
    if (local?.[1] && isIsoDay(local[1])) return local[1];
  }
  return timeOf(instant, timeZone).day;
}

/** Today in `timeZone`: the day of `now` (pass the clock's now; the browser passes `new Date()`). */
export function todayIn(timeZone: string, now: Date): string {
  return timeOf(now, timeZone).day;
}

/** The day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  return fromTime(toTime(day) + days * dayMs);
}

/** The same day `months` later (negative: earlier), clamped to the end of a shorter month: 31 Jan + 1 → 28/29 Feb. */
export function addMonths(day: string, months: number): string {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = daysInMonth(year, month);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(Number(day.slice(8, 10)), last)).padStart(2, '0')}`;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The same day `years` later, 29 February becoming 28 February. */
export function addYears(day: string, years: number): string {
  return addMonths(day, years * 12);
}

/** Days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / dayMs);
}

/** ISO weekday of a day: 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  const weekday = new Date(toTime(day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The ISO week of a day: week 1 holds the year's first Thursday; the week's year may differ from the day's. */
export function isoWeek(day: string): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1 };
}

/** The ISO week of a day written `YYYY-Www` (`2026-W03`). */
export function weekOf(day: string): string {
  const { year, week } = isoWeek(day);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts the ISO week of a day. */
export function weekStart(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The month of a day, `YYYY-MM`. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The year of a day. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** The first day of the month of a day (or of a `YYYY-MM`). */
function monthStart(dayOrMonth: string): string {
  return `${dayOrMonth.slice(0, 7)}-01`;
}

/** The last day of the month of a day (or of a `YYYY-MM`). */
export function monthEnd(dayOrMonth: string): string {
  return addDays(addMonths(monthStart(dayOrMonth), 1), -1);
}

/**
 * The moment a day begins in `timeZone` (local midnight, or the first existing minute after it), as a `Date`.
 * `[dayStart(d), dayStart(addDays(d, 1)))` is every moment of that local day, e.g. to select shifts by their day.
 */
export function dayStart(day: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const midnightUtc = toTime(day);
  // The zone's offset is within ±14 h: find the first whole quarter hour whose local day is `day`.
  let guess = midnightUtc - offsetMinutes(midnightUtc, timeZone) * 60_000;
  if (timeOf(guess, timeZone).day < day) guess = midnightUtc - offsetMinutes(guess, timeZone) * 60_000;
  while (timeOf(guess, timeZone).day > day) guess -= 15 * 60_000;
  while (timeOf(guess - 15 * 60_000, timeZone).day === day) guess -= 15 * 60_000;
  while (timeOf(guess, timeZone).day < day) guess += 15 * 60_000;
  return new Date(guess);
}

/** Minutes the wall clock of `timeZone` is ahead of UTC at a moment. */
function offsetMinutes(time: number, timeZone: string): number {
  const local = timeOf(time, timeZone);
  const asUtc = toTime(local.day) + (local.hour * 60 + local.minute) * 60_000;
  const truncated = Math.floor(time / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}
