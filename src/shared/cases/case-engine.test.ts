import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  availableSteps,
  type CaseState,
  caseDeadlines,
  checkClose,
  checkStep,
  hoursUsed,
  nextDeadline,
  type RecordedStep,
} from './case-engine.js';
import { caseTypeKeys, caseTypes } from './case-types.js';
import { volunteerFigures } from './volunteer-statistics.js';

const nero = caseTypes.nero;
const gas = caseTypes.gas_adult;
const today = '2020-12-31';
const open = (steps: RecordedStep[] = [], openedOn = '2020-01-10'): CaseState => ({ openedOn, closedOn: null, steps });
const step = (
  stepKey: string,
  doneOn: string,
  outcome: string | null = null,
  hours: number | null = null,
): RecordedStep => ({ stepKey, doneOn, outcome, hours });

describe('case types as data', () => {
  it.each(caseTypeKeys)('%s: every required step, deadline anchor and close requirement exists', (key) => {
    const type = caseTypes[key];
    const keys = new Set(type.steps.map((s) => s.key));
    for (const s of type.steps) for (const r of s.requires) expect(keys.has(r), `${s.key} requires ${r}`).toBe(true);
    for (const d of type.deadlines) {
      expect(d.anchor === 'opened' || keys.has(d.anchor)).toBe(true);
      expect(d.metBy === 'closed' || keys.has(d.metBy)).toBe(true);
    }
    for (const c of type.closeOutcomes) for (const r of c.requires) expect(keys.has(r)).toBe(true);
    expect(type.retentionMonths).toBeGreaterThan(0);
  });

  it('keeps the legal maxima: 15 hours for minors (NERO), 30 for adults (GAS)', () => {
    expect(nero.maxHours).toBe(15);
    expect(gas.maxHours).toBe(30);
  });
});

describe('NERO: the youth prosecutor’s consent comes first', () => {
  it('refuses every other step before consent, and after a refusal', () => {
    for (const s of nero.steps.filter((x) => x.key !== 'prosecutor_consent')) {
      const verdict = checkStep(nero, open(), { stepKey: s.key, doneOn: '2020-02-01' }, today);
      expect(verdict).toMatchObject({ ok: false, code: 'CASE_CONSENT_REQUIRED' });
    }
    const refused = open([step('prosecutor_consent', '2020-01-15', 'refused')]);
    expect(checkStep(nero, refused, { stepKey: 'parents_invited', doneOn: '2020-02-01' }, today)).toMatchObject({
      ok: false,
      code: 'CASE_CONSENT_REQUIRED',
    });
    expect(availableSteps(nero, refused, today)).toEqual([]);
    expect(checkClose(nero, refused, 'consent_refused', '2020-02-01', today)).toEqual({ ok: true });
    expect(checkClose(nero, refused, 'completed', '2020-02-01', today)).toMatchObject({
      ok: false,
      code: 'CASE_STEP_REQUIRES',
    });
  });

  it('walks the whole trajectory after consent: invitation, talk, agreement, modules, service, evaluation', () => {
    let state = open();
    const walk: [string, string, string | null, number | null][] = [
      ['prosecutor_consent', '2020-01-20', 'granted', null],
      ['parents_invited', '2020-01-25', null, null],
      ['first_talk', '2020-02-03', null, null],
      ['agreement', '2020-02-10', null, null],
      ['module', '2020-03-01', null, null],
      ['module', '2020-04-01', null, null],
      ['community_service', '2020-04-10', null, 10],
      ['evaluation', '2020-06-20', 'positive', null],
    ];
    for (const [key, day, outcome, hours] of walk) {
      expect(checkStep(nero, state, { stepKey: key, doneOn: day, outcome, hours }, today), key).toEqual({ ok: true });
      state = { ...state, steps: [...state.steps, step(key, day, outcome, hours)] };
    }
    expect(
      checkStep(nero, state, { stepKey: 'community_service', doneOn: '2020-06-21', hours: 6 }, today),
    ).toMatchObject({ ok: false, code: 'CASE_HOURS_MAXIMUM' });
    expect(checkStep(nero, state, { stepKey: 'community_service', doneOn: '2020-06-21', hours: 5 }, today)).toEqual({
      ok: true,
    });
    const deadline = caseDeadlines(nero, state, '2020-07-04');
    expect(deadline).toEqual([
      expect.objectContaining({ key: 'close_within_5_months', due: '2020-07-03', metOn: null, overdue: true }),
    ]);
    expect(caseDeadlines(nero, { ...state, closedOn: '2020-06-30' }, '2020-07-04')[0]).toMatchObject({
      metOn: '2020-06-30',
      overdue: false,
    });
  });

  it('property: no sequence of attempted actions ever records a NERO step before consent was granted', () => {
    const keys = nero.steps.map((s) => s.key);
    const action = fc.record({
      key: fc.constantFrom(...keys),
      outcome: fc.constantFrom<string | null>(null, 'granted', 'refused', 'positive'),
      day: fc.integer({ min: 0, max: 300 }),
      hours: fc.constantFrom<number | null>(null, 1, 5, 15),
    });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let state = open([], '2020-01-01');
        for (const a of actions) {
          const doneOn = addDays('2020-01-01', a.day);
          if (checkStep(nero, state, { stepKey: a.key, doneOn, outcome: a.outcome, hours: a.hours }, today).ok) {
            state = { ...state, steps: [...state.steps, step(a.key, doneOn, a.outcome, a.hours)] };
          }
        }
        const consent = state.steps.find((s) => s.stepKey === 'prosecutor_consent' && s.outcome === 'granted');
        for (const s of state.steps.filter((x) => x.stepKey !== 'prosecutor_consent')) {
          expect(consent).toBeDefined();
          expect(s.doneOn >= (consent?.doneOn ?? '9999')).toBe(true);
        }
        expect(hoursUsed(state)).toBeLessThanOrEqual(15);
      }),
      { numRuns: 300 },
    );
  });

  it('property: community service hours never exceed the legal maximum, whatever the sizes asked', () => {
    for (const type of [nero, gas]) {
      fc.assert(
        fc.property(fc.array(fc.double({ min: -5, max: 40, noNaN: true }), { maxLength: 30 }), (asks) => {
          let state =
            type === nero
              ? open([
                  step('prosecutor_consent', '2020-01-11', 'granted'),
                  step('parents_invited', '2020-01-12'),
                  step('first_talk', '2020-01-13'),
                  step('agreement', '2020-01-14'),
                ])
              : open([step('notified', '2020-01-11')]);
          for (const hours of asks) {
            if (checkStep(type, state, { stepKey: 'community_service', doneOn: '2020-02-01', hours }, today).ok) {
              state = { ...state, steps: [...state.steps, step('community_service', '2020-02-01', null, hours)] };
            }
          }
          expect(hoursUsed(state)).toBeLessThanOrEqual(type.maxHours ?? 0);
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe('GAS for adults', () => {
  it('waits for the 15-day defence period before a decision, and shows it as a period, not a task', () => {
    const notified = open([step('notified', '2020-03-01')]);
    expect(
      checkStep(gas, notified, { stepKey: 'decision', doneOn: '2020-03-10', outcome: 'fine' }, today),
    ).toMatchObject({ ok: false, code: 'CASE_STEP_TOO_EARLY', details: { earliest: '2020-03-16' } });
    expect(checkStep(gas, notified, { stepKey: 'decision', doneOn: '2020-03-16', outcome: 'fine' }, today)).toEqual({
      ok: true,
    });
    const deadlines = caseDeadlines(gas, notified, '2020-03-20');
    expect(deadlines.find((d) => d.key === 'defence_period')).toMatchObject({
      due: '2020-03-16',
      metOn: '2020-03-16',
      overdue: false,
    });
    expect(deadlines.find((d) => d.key === 'decision')).toMatchObject({ due: '2020-07-10', overdue: false });
    expect(
      nextDeadline(
        deadlines.filter((d) => !d.rule.period),
        false,
      )?.key,
    ).toBe('decision');
    expect(caseDeadlines(gas, notified, '2020-07-11').find((d) => d.key === 'decision')?.overdue).toBe(true);
  });

  it('refuses impossible dates, unknown steps and outcomes, repeats, and anything on a closed case', () => {
    const notified = open([step('notified', '2020-03-01')]);
    expect(checkStep(gas, notified, { stepKey: 'notified', doneOn: '2020-03-02' }, today)).toMatchObject({
      code: 'CASE_STEP_ALREADY_DONE',
    });
    expect(checkStep(gas, notified, { stepKey: 'nope', doneOn: '2020-03-02' }, today)).toMatchObject({
      code: 'CASE_STEP_UNKNOWN',
    });
    expect(
      checkStep(gas, notified, { stepKey: 'decision', doneOn: '2020-05-02', outcome: 'prison' }, today),
    ).toMatchObject({ code: 'CASE_STEP_OUTCOME' });
    expect(checkStep(gas, notified, { stepKey: 'defence_received', doneOn: '2021-05-02' }, today)).toMatchObject({
      code: 'CASE_DATE_IMPOSSIBLE',
    });
    expect(checkStep(gas, notified, { stepKey: 'defence_received', doneOn: '2020-02-27' }, today)).toMatchObject({
      code: 'CASE_DATE_IMPOSSIBLE',
    });
    expect(
      checkStep(
        gas,
        { ...notified, closedOn: '2020-04-01' },
        { stepKey: 'defence_received', doneOn: '2020-03-02' },
        today,
      ),
    ).toMatchObject({ code: 'CASE_CLOSED' });
    expect(checkStep(gas, notified, { stepKey: 'mediation_talk', doneOn: '2020-03-05' }, today)).toMatchObject({
      code: 'CASE_STEP_REQUIRES',
      details: { missing: ['mediation_offered'] },
    });
  });
});

describe('prevention advice', () => {
  it('needs the kind of advice when the visit is booked, and a report within 30 days of the visit', () => {
    const type = caseTypes.prevention_advice;
    expect(checkStep(type, open(), { stepKey: 'booked', doneOn: '2020-02-01' }, today)).toMatchObject({
      code: 'CASE_STEP_OUTCOME',
    });
    expect(
      checkStep(type, open(), { stepKey: 'booked', doneOn: '2020-02-01', choices: { kind: 'victim' } }, today),
    ).toEqual({ ok: true });
    const visited = open([step('booked', '2020-02-01'), step('visit_done', '2020-02-10')]);
    expect(caseDeadlines(type, visited, '2020-03-20')).toEqual([
      expect.objectContaining({ key: 'report', due: '2020-03-11', overdue: true }),
    ]);
  });
});

describe('dates and volunteers', () => {
  it('adds calendar months, clamped to the month end', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2020-10-15', 5)).toBe('2021-03-15');
    expect(addMonths('2020-03-31', -24)).toBe('2018-03-31');
  });

  it('computes the plan’s ratio of new volunteers to those engaged longer than a year', () => {
    const none: { month: string; attended: boolean }[] = [];
    const figures = volunteerFigures(
      [
        {
          startedOn: '2017-05-01',
          endedOn: null,
          trainedOn: '2017-06-01',
          intervisions: [
            { month: '2020-01', attended: true },
            { month: '2020-02', attended: false },
          ],
        },
        {
          startedOn: '2019-03-01',
          endedOn: null,
          trainedOn: '2019-04-01',
          intervisions: [{ month: '2020-01', attended: true }],
        },
        { startedOn: '2020-02-01', endedOn: null, trainedOn: null, intervisions: none },
        { startedOn: '2020-06-01', endedOn: '2020-09-30', trainedOn: null, intervisions: none },
        { startedOn: '2016-01-01', endedOn: '2019-06-30', trainedOn: null, intervisions: none },
      ],
      2020,
    );
    expect(figures).toEqual({
      engaged: 4,
      newInYear: 2,
      engagedOverAYear: 2,
      ratio: 1,
      trained: 2,
      intervisionMonths: 1,
      attendanceRate: 0.67,
    });
  });
});

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
