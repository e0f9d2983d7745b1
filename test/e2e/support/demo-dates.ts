import { DEFAULT_TIME_ZONE, todayIn } from '../../../src/shared/calendar/days.js';

/**
 * The e2e server loads the demo with the system clock, so the demo lives around today: the previous year in full
 * and the current year up to today. Tests compute their dates from here instead of naming years.
 */
export const today = todayIn(DEFAULT_TIME_ZONE, new Date());
export const thisYear = Number(today.slice(0, 4));
export const lastYear = thisYear - 1;
/** `dd/mm/yyyy`, as the web app shows a day. */
export const shown = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
/** The calendar quarter of today (the barometer's window outside the department). */
const quarterMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
export const thisQuarter = {
  from: `${thisYear}-${String(quarterMonth).padStart(2, '0')}-01`,
  to: `${thisYear}-${String(quarterMonth + 2).padStart(2, '0')}-${quarterMonth === 1 || quarterMonth === 10 ? 31 : 30}`,
};
