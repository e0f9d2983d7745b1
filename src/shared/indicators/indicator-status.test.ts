import { describe, expect, it } from 'vitest';
import type { Target } from '../api/plan.schema.js';
import { indicatorStatus, rollUp, targetForYear } from './indicator-status.js';
import { explainStatus } from './status-words.js';
import type { DateWindow } from './periods.js';

const count = (value: number, extra: Partial<Target> = {}): Target => ({
  kind: 'count',
  op: '>=',
  value,
  per: 'year',
  ...extra,
});
/** A value source that counts dated events inside each window. */
const events =
  (...dates: string[]) =>
  (w: DateWindow) =>
    dates.filter((d) => d >= w.start && d <= w.end).length;

describe('indicatorStatus', () => {
  it('marks a yearly count achieved, on track, at risk or missed by pace', () => {
    const cpr = [count(3)];
    expect(
      indicatorStatus({
        targets: cpr,
        year: 2020,
        asOf: '2020-12-31',
        read: events('2020-02-01', '2020-06-01', '2020-10-01'),
      }).status,
    ).toBe('achieved');
    expect(
      indicatorStatus({ targets: cpr, year: 2020, asOf: '2020-07-01', read: events('2020-02-01', '2020-06-01') })
        .status,
    ).toBe('on_track');
    const behind = indicatorStatus({ targets: cpr, year: 2020, asOf: '2020-10-01', read: events('2020-02-01') });
    expect(behind.status).toBe('at_risk');
    expect(explainStatus(behind.reason, 'en')).toBe('1 of 3 so far; 2.3 expected by now — behind.');
    expect(
      indicatorStatus({ targets: cpr, year: 2020, asOf: '2021-03-01', read: events('2020-02-01', '2021-01-05') })
        .status,
    ).toBe('missed');
  });

  it('has no data without a link or a value, and only monitors targets without a number', () => {
    expect(indicatorStatus({ targets: [count(3)], year: 2020, asOf: '2020-06-01', read: undefined }).status).toBe(
      'no_data',
    );
    expect(indicatorStatus({ targets: [count(3)], year: 2020, asOf: '2020-06-01', read: () => undefined }).status).toBe(
      'no_data',
    );
    expect(
      indicatorStatus({
        targets: [{ kind: 'monitor', per: 'year' }],
        year: 2020,
        asOf: '2020-06-01',
        read: events('2020-01-02'),
      }),
    ).toMatchObject({ status: 'monitor', reason: { value: 1 } });
  });

  it('picks the target for the year: "≥ 3 for 2014 and ≥ 6 from 2015"', () => {
    const targets = [count(3, { year: 2014 }), count(6, { from: 2015 })];
    expect(targetForYear(targets, 2014)?.value).toBe(3);
    expect(targetForYear(targets, 2020)?.value).toBe(6);
    expect(targetForYear([count(3, { year: 2014 })], 2020)).toBeUndefined();
  });

  it('meets an exists target with an approved document before its due date', () => {
    const playbook: Target[] = [{ kind: 'exists', due: '2020-03-31' }];
    expect(
      indicatorStatus({ targets: playbook, year: 2020, asOf: '2020-06-01', read: events('2019-11-20') }).status,
    ).toBe('achieved');
    expect(
      indicatorStatus({ targets: playbook, year: 2020, asOf: '2020-06-01', read: events('2020-05-01') }).status,
    ).toBe('missed');
    expect(indicatorStatus({ targets: playbook, year: 2020, asOf: '2020-03-01', read: events() }).status).toBe(
      'at_risk',
    );
    expect(indicatorStatus({ targets: playbook, year: 2020, asOf: '2020-01-01', read: events() }).status).toBe(
      'on_track',
    );
  });

  it('measures growth against the previous year, projected while the year runs', () => {
    const visitors: Target[] = [{ kind: 'growth', op: '>=', value: 10, unit: 'percent', per: 'year' }];
    const read = (w: DateWindow) => (w.start.startsWith('2019') ? 100 : w.end >= '2020-12-31' ? 112 : 60);
    expect(indicatorStatus({ targets: visitors, year: 2020, asOf: '2020-12-31', read }).status).toBe('achieved');
    expect(indicatorStatus({ targets: visitors, year: 2020, asOf: '2020-06-30', read }).status).toBe('on_track');
    const fall: Target[] = [{ kind: 'growth', op: '<=', value: -5, unit: 'percent', per: 'year' }];
    expect(indicatorStatus({ targets: fall, year: 2020, asOf: '2020-12-31', read }).status).toBe('missed');
  });

  it('checks monthly targets month by month', () => {
    const intervision: Target[] = [count(1, { per: 'month' })];
    const everyMonth = Array.from({ length: 12 }, (_, m) => `2020-${String(m + 1).padStart(2, '0')}-10`);
    expect(
      indicatorStatus({ targets: intervision, year: 2020, asOf: '2020-12-31', read: events(...everyMonth) }).status,
    ).toBe('achieved');
    expect(
      indicatorStatus({
        targets: intervision,
        year: 2020,
        asOf: '2020-07-15',
        read: events(...everyMonth.filter((d) => !d.startsWith('2020-03'))),
      }),
    ).toMatchObject({ status: 'at_risk', reason: { met: 5, of: 6 } });
  });

  it('treats a maximum as missed once it is exceeded', () => {
    const max: Target[] = [{ kind: 'count', op: '<=', value: 2, per: 'year' }];
    expect(
      indicatorStatus({
        targets: max,
        year: 2020,
        asOf: '2020-05-01',
        read: events('2020-01-01', '2020-02-01', '2020-03-01'),
      }).status,
    ).toBe('missed');
    expect(indicatorStatus({ targets: max, year: 2020, asOf: '2020-12-31', read: events('2020-01-01') }).status).toBe(
      'achieved',
    );
  });
});

describe('rollUp', () => {
  it('takes the weakest followed status and ignores monitor-only indicators', () => {
    expect(rollUp(['achieved', 'on_track', 'monitor']).status).toBe('on_track');
    expect(rollUp(['achieved', 'missed', 'at_risk']).status).toBe('missed');
    expect(rollUp(['achieved', 'no_data']).status).toBe('achieved');
    expect(rollUp(['no_data', 'no_data']).status).toBe('no_data');
    expect(rollUp(['monitor']).status).toBe('monitor');
    expect(rollUp(['achieved', 'achieved', 'missed']).counts).toMatchObject({ achieved: 2, missed: 1 });
  });
});
