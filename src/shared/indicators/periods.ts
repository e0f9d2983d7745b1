/**
 * Calendar helpers on ISO dates (YYYY-MM-DD), in UTC so that no time zone shifts a day (day arithmetic:
 * src/shared/calendar/days.ts).
 */
import { addDays, monthEnd } from '../calendar/days.js';

export { addDays };

export interface DateWindow {
  /** First day, inclusive. */
  start: string;
  /** Last day, inclusive. */
  end: string;
}

const dayMs = 86_400_000;
const toTime = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export function yearWindow(year: number): DateWindow {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The school year that ends in `year`: 1 September of the year before until 31 August. */
export function schoolYearWindow(year: number): DateWindow {
  return { start: `${year - 1}-09-01`, end: `${year}-08-31` };
}

/** The sub-periods of a year: 12 months, 4 quarters or 2 halves. */
export function subPeriods(year: number, per: 'month' | 'quarter' | 'half_year'): DateWindow[] {
  const months = per === 'month' ? 1 : per === 'quarter' ? 3 : 6;
  const out: DateWindow[] = [];
  for (let m = 0; m < 12; m += months) {
    const start = `${year}-${String(m + 1).padStart(2, '0')}-01`;
    out.push({ start, end: monthEnd(`${year}-${String(m + months).padStart(2, '0')}`) });
  }
  return out;
}

/** How much of a window has passed on `asOf`: 0 before it starts, 1 once it has ended. */
export function elapsedFraction(window: DateWindow, asOf: string): number {
  const start = toTime(window.start);
  const end = toTime(window.end) + dayMs;
  const now = toTime(asOf) + dayMs;
  if (now <= start) return 0;
  if (now >= end) return 1;
  return (now - start) / (end - start);
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);
