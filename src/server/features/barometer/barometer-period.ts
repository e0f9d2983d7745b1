import { calendarQuarterOf } from '../../../shared/barometer/disclosure.js';
import { type Period, isCalendarDay, periodDays } from '../../../shared/barometer/periods.js';
import { AppError } from '../../http/app-error.js';

/** The longest period the barometer answers for at once (five years). */
const maxDays = 5 * 366;

/** A period the barometer can answer: real days, from ≤ to, at most five years. */
export function checkPeriod(query: { from: string; to: string }): Period {
  if (!isCalendarDay(query.from) || !isCalendarDay(query.to) || query.from > query.to || periodDays(query) > maxDays) {
    throw new AppError('BAROMETER_PERIOD_INVALID', { from: query.from, to: query.to });
  }
  return { from: query.from, to: query.to };
}

/**
 * The answers outside the department: one calendar quarter, every category and source (a filter would make a new
 * total that could be subtracted), never the list of events.
 */
export function checkOutsideQuery(query: {
  from: string;
  to: string;
  categories?: readonly string[] | undefined;
  sources?: readonly string[] | undefined;
  wijk?: string | undefined;
}): Period {
  const period = checkPeriod(query);
  if (!calendarQuarterOf(period)) {
    throw new AppError('BAROMETER_PERIOD_NOT_ALLOWED', {
      from: query.from,
      to: query.to,
      allowed: 'calendar_quarter',
    });
  }
  if (query.categories?.length || query.sources?.length || query.wijk !== undefined) {
    throw new AppError('BAROMETER_FILTER_NOT_ALLOWED', { allowed: [] });
  }
  return period;
}
