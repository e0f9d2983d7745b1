import { describe, expect, it } from 'vitest';
import { calendarSections } from './calendar-sections.js';

describe('calendarSections', () => {
  it('puts open deadlines whose day has passed first, oldest first; the rest in date order', () => {
    const { overdue, upcoming } = calendarSections(
      [
        { id: 'a', due: '2020-07-01', done: false },
        { id: 'b', due: '2020-06-01', done: false },
        { id: 'c', due: '2020-05-01', done: true },
        { id: 'd', due: '2020-06-15', done: false },
        { id: 'e', due: '2020-03-31', done: false },
      ],
      '2020-06-15',
    );
    expect(overdue.map((d) => d.id)).toEqual(['e', 'b']);
    // Due today is not late yet; a deadline done is never late.
    expect(upcoming.map((d) => d.id)).toEqual(['c', 'd', 'a']);
  });
});
