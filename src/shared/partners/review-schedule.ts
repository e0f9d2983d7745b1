import { addMonths } from '../calendar/days.js';
/** How often an agreement is monitored, and the review days that follow from it. */
export const agreementRhythms = ['quarterly', 'half_yearly', 'yearly'] as const;
export type AgreementRhythm = (typeof agreementRhythms)[number];

const monthsOf: Record<AgreementRhythm, number> = { quarterly: 3, half_yearly: 6, yearly: 12 };

/**
 * `YYYY-MM-DD` plus whole months; the day is kept, or the month's last day when it has fewer (31 Aug + 6 → 28/29 Feb).
 */
export { addMonths };

/**
 * The review days of an agreement from its signature, every rhythm period, up to its end (or `until`), both inclusive.
 */
export function reviewDays(signedOn: string, endOn: string | null, rhythm: AgreementRhythm, until: string): string[] {
  const last = endOn !== null && endOn < until ? endOn : until;
  const days: string[] = [];
  for (let k = 1; k <= 400; k += 1) {
    const day = addMonths(signedOn, k * monthsOf[rhythm]);
    if (day > last) break;
    days.push(day);
  }
  return days;
}
