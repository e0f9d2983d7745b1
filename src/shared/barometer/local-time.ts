/** Where the barometer's hours and weekdays are counted: the municipality's own clock (Belgium). */
const barometerTimeZone = 'Europe/Brussels';

interface LocalSlot {
  /** YYYY-MM-DD */
  day: string;
  /** 0–23 */
  hour: number;
  /** ISO weekday: 1 Monday … 7 Sunday */
  weekday: number;
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: barometerTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** ISO weekday (1 Monday … 7 Sunday) of a calendar day. */
export function isoWeekday(day: string): number {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
}

/**
 * The local day, hour and weekday of a moment. A timestamp with `Z` or an offset is converted to Brussels time;
 * one without (`2020-05-01T22:30`, or a bare date = midnight) is already local. Returns null when unreadable.
 */
export function localSlot(occurredAt: string): LocalSlot | null {
  const local = localPattern.exec(occurredAt.trim());
  if (local) {
    const [, y, m, d, hh] = local;
    const day = `${y}-${m}-${d}`;
    const check = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== day) return null;
    const hour = hh === undefined ? 0 : Number(hh);
    if (hour > 23) return null;
    return { day, hour, weekday: isoWeekday(day) };
  }
  const moment = new Date(occurredAt);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(occurredAt) || Number.isNaN(moment.getTime())) return null;
  const parts = Object.fromEntries(formatter.formatToParts(moment).map((p) => [p.type, p.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return { day, hour: Number(parts.hour), weekday: isoWeekday(day) };
}
