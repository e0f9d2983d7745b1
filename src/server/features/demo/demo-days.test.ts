import { describe, expect, it } from 'vitest';
import { daysAgo, demoDaysOf, notAfterToday } from './demo-days.js';
import { demoRegistrations } from './demo-registrations.js';
import { demoBarometerEvents } from './demo-barometer.js';

describe('the demo’s days', () => {
  it('covers the previous year and the current year up to today', () => {
    const days = demoDaysOf('2026-12-02');
    expect(days).toEqual({ today: '2026-12-02', year: 2026, years: [2025, 2026], first: '2025-01-01' });
    expect(daysAgo(days, 30)).toBe('2026-11-02');
    expect(daysAgo(days, 1000)).toBe('2025-01-01');
    expect(notAfterToday(days, '2027-01-01')).toBe('2026-12-02');
  });

  it('writes the same registrations for the same day, none after it, and the same picture a year later', () => {
    const now = '2026-12-02T09:00:00.000Z';
    const a = demoRegistrations('m', undefined, now, demoDaysOf('2026-12-02'));
    expect(demoRegistrations('m', undefined, now, demoDaysOf('2026-12-02'))).toEqual(a);
    expect(a.filter((r) => r.occurred_on > '2026-12-02' || r.occurred_on < '2025-01-01')).toEqual([]);
    expect(a.filter((r) => r.occurred_on >= '2026-11-02').length).toBeGreaterThan(5);
    const b = demoRegistrations('m', undefined, now, demoDaysOf('2027-12-02'));
    expect(b.filter((r) => r.occurred_on >= '2027-11-02').length).toBeGreaterThan(5);
    expect(Math.abs(b.length - a.length)).toBeLessThan(a.length * 0.2);
  });

  it('has police records up to yesterday, with the current quarter filled', () => {
    const events = demoBarometerEvents('m', '2026-12-02T09:00:00.000Z', demoDaysOf('2026-12-02'));
    const days = events.map((e) => e.day).sort();
    expect(days[0]?.startsWith('2025-01')).toBe(true);
    expect(days.at(-1)).toBe('2026-12-01');
    expect(days.filter((d) => d >= '2026-10-01').length).toBeGreaterThan(300);
  });
});
