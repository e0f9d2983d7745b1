/** What the calendar page needs of a deadline to place it. */
export interface Placeable {
  id: string;
  due: string;
  done: boolean;
}

/**
 * The calendar opens with what is late: open deadlines whose day has passed (oldest first), then everything else in
 * date order (open ones still to come and the ones already done). Days are `YYYY-MM-DD` on the municipality's
 * calendar, so comparing the strings compares the days.
 */
export function calendarSections<T extends Placeable>(
  deadlines: readonly T[],
  today: string,
): { overdue: T[]; upcoming: T[] } {
  const byDue = [...deadlines].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1));
  const late = (d: T) => !d.done && d.due < today;
  return { overdue: byDue.filter(late), upcoming: byDue.filter((d) => !late(d)) };
}
