import { describe, expect, it } from 'vitest';
import type { Registration } from '../../../shared/api/registrations.schema.js';
import { builtinRegisterType } from '../../../shared/indicators/builtin-register-types.js';
import {
  dateProblems,
  emptyFormValues,
  formValuesFrom,
  labelOf,
  parseNumberText,
  placeModes,
  placeStateFrom,
  problemPathsFromServer,
  registrationSummary,
  todayInBrussels,
  toApiValues,
  toPlaceInput,
} from './register-form-model.js';
import { everyKindRegister } from '../../testing/fixtures.js';

describe('the registration form model', () => {
  it('starts every kind of field empty: text, lists and an unticked box', () => {
    expect(emptyFormValues(everyKindRegister)).toEqual({
      title: '',
      notes: '',
      amount: '',
      people: '',
      hours: '',
      due: '',
      kind: '',
      topics: [],
      partners: [],
      done: false,
      files: [],
    });
  });

  it('reads numbers as Belgians type them', () => {
    expect(parseNumberText('1,5', false)).toBe(1.5);
    expect(parseNumberText('1.5', false)).toBe(1.5);
    expect(parseNumberText('1.250,75', false)).toBe(1250.75);
    expect(parseNumberText('1.250', true)).toBe(1250);
    expect(parseNumberText('2 500', true)).toBe(2500);
    expect(parseNumberText('  ', false)).toBeNull();
    expect(parseNumberText('veertien', true)).toBeNaN();
    expect(parseNumberText('1,2,3', false)).toBeNaN();
  });

  it('turns a filled-in form into the API values, numbers as numbers and empty optional fields left out', () => {
    const form = {
      ...emptyFormValues(everyKindRegister),
      title: '  CPR maart ',
      amount: '-12,5',
      people: '14',
      hours: '1,5',
      due: '2020-03-31',
      kind: 'dispute',
      topics: ['y', 'x', 'y'],
      partners: [' Politie ', '', 'OCMW'],
      done: true,
    };
    const { values, problems } = toApiValues(everyKindRegister, form);
    expect(problems).toEqual({});
    expect(values).toEqual({
      title: 'CPR maart',
      amount: -12.5,
      people: 14,
      hours: 1.5,
      due: '2020-03-31',
      kind: 'dispute',
      topics: ['y', 'x'],
      partners: ['Politie', 'OCMW'],
      done: true,
    });
  });

  it('names the problem of each field it cannot send', () => {
    const form = {
      ...emptyFormValues(everyKindRegister),
      amount: 'veel',
      people: '2,5',
      hours: '20000',
      due: '2020-02-30',
      topics: ['z'],
      notes: 'x'.repeat(20_001),
    };
    expect(toApiValues(everyKindRegister, form).problems).toEqual({
      title: 'required',
      kind: 'required',
      amount: 'number',
      people: 'integer',
      hours: 'hours',
      due: 'date',
      topics: 'option',
      notes: 'tooLong',
    });
    expect(
      toApiValues(everyKindRegister, { ...emptyFormValues(everyKindRegister), title: 'x', kind: 'c' }).problems,
    ).toEqual({
      kind: 'option',
    });
  });

  it('fills the form from a stored registration, numbers in the user’s language', () => {
    const stored = {
      title: 'CPR',
      people: 14,
      hours: 1.5,
      kind: 'noise',
      topics: ['x'],
      partners: ['Politie'],
      done: false,
      files: ['0b9f9a5e-0000-4000-8000-000000000001'],
    };
    expect(formValuesFrom(everyKindRegister, stored, 'nl')).toMatchObject({
      title: 'CPR',
      people: '14',
      hours: '1,5',
      kind: 'noise',
      topics: ['x'],
      partners: ['Politie'],
      done: false,
      files: stored.files,
    });
    expect(formValuesFrom(everyKindRegister, stored, 'en').hours).toBe('1.5');
    // Attachments go back as they came: editing never drops files.
    expect(toApiValues(everyKindRegister, formValuesFrom(everyKindRegister, stored, 'nl')).values.files).toEqual(
      stored.files,
    );
  });

  it('passes the shared schema for every built-in register once its required fields are filled', () => {
    const meeting = builtinRegisterType('meeting');
    if (!meeting) throw new Error('no meeting register');
    const result = toApiValues(meeting, { ...emptyFormValues(meeting), kind: 'cpr', attendees: '12', minutes: true });
    expect(result).toEqual({ values: { kind: 'cpr', attendees: 12, minutes: true }, problems: {} });
  });

  it('maps the server’s issues onto field keys and other inputs', () => {
    expect(
      problemPathsFromServer({
        issues: [
          { path: 'values.hours', message: 'Too big' },
          { path: 'values.topics.0', message: 'x' },
          { path: 'occurredOn', message: 'x' },
        ],
      }),
    ).toEqual({ fields: ['hours', 'topics'], other: ['occurredOn'] });
    expect(problemPathsFromServer(undefined)).toEqual({ fields: [], other: [] });
  });

  it('gives the place as a point with an address, a wijk, or nothing, and says what is missing', () => {
    expect(placeModes('optional')).toEqual(['none', 'point', 'wijk']);
    expect(placeModes('required')).toEqual(['point', 'wijk']);
    expect(placeModes('none')).toEqual([]);
    const point = {
      mode: 'point' as const,
      wijkCode: '',
      point: { lat: 51.03, lon: 4.48 },
      address: ' Grote Markt 21 ',
    };
    expect(toPlaceInput('optional', point)).toEqual({ place: { lat: 51.03, lon: 4.48, address: 'Grote Markt 21' } });
    expect(toPlaceInput('optional', { ...point, mode: 'wijk', wijkCode: '12025W03' })).toEqual({
      place: { wijkCode: '12025W03' },
    });
    expect(toPlaceInput('optional', { ...point, mode: 'none' })).toEqual({ place: null });
    expect(toPlaceInput('none', point)).toEqual({ place: null });
    expect(toPlaceInput('required', { ...point, mode: 'none', point: null })).toEqual({
      place: null,
      problem: 'required',
    });
    expect(toPlaceInput('optional', { ...point, point: null })).toEqual({ place: null, problem: 'point' });
    expect(toPlaceInput('optional', { ...point, mode: 'wijk' })).toEqual({ place: null, problem: 'wijk' });
    expect(placeStateFrom({ lat: 51, lon: 4.5, address: null, wijkCode: '12025W01' })).toEqual({
      mode: 'point',
      wijkCode: '12025W01',
      point: { lat: 51, lon: 4.5 },
      address: '',
    });
    expect(placeStateFrom({ lat: null, lon: null, address: null, wijkCode: '12025W01' }).mode).toBe('wijk');
  });

  it('checks dates before the server does: not empty, real, not in the future, the end not before the start', () => {
    expect(dateProblems('', '', false, '2020-06-01')).toEqual({ occurredOn: 'required' });
    expect(dateProblems('2020-02-30', '', false, '2020-06-01')).toEqual({ occurredOn: 'date' });
    expect(dateProblems('1999-12-31', '', false, '2020-06-01')).toEqual({ occurredOn: 'date' });
    expect(dateProblems('2020-06-02', '', false, '2020-06-01')).toEqual({ occurredOn: 'future' });
    expect(dateProblems('2020-05-10', '2020-05-01', true, '2020-06-01')).toEqual({ occurredUntil: 'order' });
    expect(dateProblems('2020-05-10', '2020-05-01', false, '2020-06-01')).toEqual({});
    expect(dateProblems('2020-05-01', '', true, '2020-06-01')).toEqual({});
  });

  it('knows today in Brussels, also just after midnight there', () => {
    expect(todayInBrussels(new Date('2020-03-31T22:30:00Z'))).toBe('2020-04-01');
    expect(todayInBrussels(new Date('2020-12-31T22:59:00Z'))).toBe('2020-12-31');
  });

  it('sums a registration up as its category in words and its title', () => {
    const registration = {
      title: null,
      category: 'dispute',
      values: { notes: 'Lang verhaal' },
    } as unknown as Registration;
    expect(registrationSummary(registration, everyKindRegister, 'nl')).toEqual({
      category: 'Burenruzie',
      text: 'Lang verhaal',
    });
    expect(registrationSummary({ ...registration, title: 'Titel' }, everyKindRegister, 'fr')).toEqual({
      category: 'Burenruzie (fr)',
      text: 'Titel',
    });
    expect(labelOf(everyKindRegister.labels, 'en')).toBe('Buurtbemiddeling (en)');
  });
});
