/** Calendar periods of the barometer (inclusive YYYY-MM-DD bounds), pure. */
export interface Period {
  from: string;
  to: string;
}

const dayMs = 86_400_000;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function toDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  return isoDay.test(value) && !Number.isNaN(toTime(value)) && toDay(toTime(value)) === value;
}

export function addDays(day: string, n: number): string {
  return toDay(toTime(day) + n * dayMs);
}

/** The number of days in the period, both ends included. */
export function periodDays({ from, to }: Period): number {
  return Math.round((toTime(to) - toTime(from)) / dayMs) + 1;
}

/** Whether the period runs from the first day of a month to the last day of a month. */
function isWholeMonths({ from, to }: Period): boolean {
  return from.endsWith('-01') && addDays(to, 1).endsWith('-01');
}

/**
 * The period just before this one: as many whole months before when it is whole months (a month, a quarter, a
 * year), otherwise the same number of days ending the day before it starts.
 */
export function previousPeriod(period: Period): Period {
  if (isWholeMonths(period)) {
    const months = monthsOf(period).length;
    const start = new Date(`${period.from}T00:00:00Z`);
    start.setUTCMonth(start.getUTCMonth() - months);
    return { from: toDay(start.getTime()), to: addDays(period.from, -1) };
  }
  const days = periodDays(period);
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** The same dates one year earlier (29 February becomes 28 February). */
export function sameLastYear({ from, to }: Period): Period {
  const back = (day: string) => {
    const year = Number(day.slice(0, 4)) - 1;
    const candidate = `${year}${day.slice(4)}`;
    return isCalendarDay(candidate) ? candidate : `${year}-02-28`;
  };
  return { from: back(from), to: back(to) };
}

/** Every month (YYYY-MM) the period touches, in order. */
export function monthsOf({ from, to }: Period): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** A period cut for the rollups: whole months (YYYY-MM bounds, or none) and the partly covered days at the ends. */
interface MonthSplit {
  months: { from: string; to: string } | null;
  days: Period[];
}

function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Splits a period into the whole months it covers and the days of the partly covered months at its ends, so
 * that whole months are read from a monthly rollup and the rest from a daily one (together exactly the period).
 */
export function splitAtMonths({ from, to }: Period): MonthSplit {
  const firstWhole = from.endsWith('-01') ? from.slice(0, 7) : shiftMonth(from.slice(0, 7), 1);
  const lastWhole = addDays(to, 1).endsWith('-01') ? to.slice(0, 7) : shiftMonth(to.slice(0, 7), -1);
  if (firstWhole > lastWhole) return { months: null, days: [{ from, to }] };
  const days: Period[] = [];
  if (!from.endsWith('-01')) days.push({ from, to: addDays(`${firstWhole}-01`, -1) });
  if (to.slice(0, 7) !== lastWhole) days.push({ from: `${to.slice(0, 7)}-01`, to });
  return { months: { from: firstWhole, to: lastWhole }, days };
}
