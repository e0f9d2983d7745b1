import { addDays, yearOf } from '../../../shared/calendar/days.js';
import type { ServiceDeps } from '../context.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';

/**
 * The demo's calendar: the demo lives relative to the day it is loaded (the municipality's today by the injected
 * clock). Its data covers the previous calendar year in full and the current year up to today; loading it a year
 * later gives the same picture one year later.
 */
export interface DemoDays {
  /** The municipality's today when the demo is loaded. */
  today: string;
  /** The current year. */
  year: number;
  /** The previous year and the current year. */
  years: readonly [number, number];
  /** The first day with data: 1 January of the previous year. */
  first: string;
}

/** The first year of the demo plan (the Mechelen plan of 2020); later years are its yearly extensions. */
export const demoPlanYear = 2020;

export function demoDaysOf(today: string): DemoDays {
  const year = yearOf(today);
  return { today, year, years: [year - 1, year], first: `${year - 1}-01-01` };
}

export async function demoDays(deps: Pick<ServiceDeps, 'db' | 'clock'>, municipalityId: string): Promise<DemoDays> {
  return demoDaysOf(await municipalityToday(deps, municipalityId));
}

/** The day `days` before today, never before the demo's first day. */
export function daysAgo(days: DemoDays, n: number): string {
  const day = addDays(days.today, -n);
  return day < days.first ? days.first : day;
}

/** The earlier of a day and today: the demo records nothing in the future. */
export const notAfterToday = (days: DemoDays, day: string): string => (day > days.today ? days.today : day);
