import { addDays } from './days.js';
import type { Deadline } from './deadline.js';

/**
 * An iCalendar (RFC 5545) feed of deadlines: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
 * character), TEXT values escaped, a stable UID per deadline, DTSTAMP in UTC and all-day events (DTSTART;VALUE=DATE
 * with DTEND the next day, which is exclusive).
 */

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\r|\n/gu, '\\n');
}

/** Folds a content line into lines of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDay = (day: string): string => day.replace(/-/gu, '');
const nextDay = (day: string): string => addDays(day, 1);
const utcStamp = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/gu, '')
    .replace(/\.\d{3}/u, '');

interface IcsOptions {
  /** The calendar's name as programs show it. */
  name: string;
  /** When the feed was made (DTSTAMP). */
  now: Date;
  /** Prefixed to `href` for the event URL, e.g. `https://svpp.example.be`; none: no URL property. */
  baseUrl?: string | null;
  /** Word put before the title of what is done, e.g. `Klaar`. */
  doneWord: string;
}

export function deadlinesToIcs(deadlines: readonly Deadline[], options: IcsOptions): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//svpp//deadlines//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const deadline of deadlines) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${deadline.id}@svpp`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDay(deadline.due)}`,
      `DTEND;VALUE=DATE:${compactDay(nextDay(deadline.due))}`,
      `SUMMARY:${escapeText(deadline.done ? `${options.doneWord}: ${deadline.title}` : deadline.title)}`,
      `CATEGORIES:${escapeText(deadline.source)}`,
      'TRANSP:TRANSPARENT',
    );
    if (options.baseUrl && deadline.href) lines.push(`URL:${options.baseUrl.replace(/\/$/u, '')}${deadline.href}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
