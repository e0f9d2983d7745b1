import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { deadlinesToIcs, escapeText, foldLine } from './ics.js';

const encoder = new TextEncoder();

describe('the ICS feed', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`SUMMARY:${text}`);
        for (const line of folded.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /gu, '')).toBe(`SUMMARY:${text}`);
      }),
    );
  });

  it('writes all-day events that ical.js reads back with their title, day and UID', () => {
    const title =
      'Evaluatie 2020 aan het college, met één héél lange titel; die moet gevouwen worden want ze is langer dan vijfenzeventig octetten';
    const ics = deadlinesToIcs(
      [
        {
          id: 'decision:report:evaluation:2020',
          source: 'evaluation',
          title,
          due: '2021-03-31',
          href: '/evaluation',
          ownerUserId: null,
          done: false,
        },
      ],
      { name: 'svpp', now: new Date('2020-06-15T09:00:00Z'), baseUrl: 'https://svpp.example.be', doneWord: 'Klaar' },
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/gu, '')).not.toMatch(/\n/u);
    const component = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const [event] = component.getAllSubcomponents('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe(title);
    expect(event?.getFirstPropertyValue('uid')).toBe('decision:report:evaluation:2020@svpp');
    const start = event?.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2021-03-31');
    expect(String(event?.getFirstPropertyValue('dtstamp'))).toBe('2020-06-15T09:00:00Z');
  });
});
