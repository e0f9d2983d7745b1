import { describe, expect, it } from 'vitest';
import {
  acceptsFile,
  emptyForm,
  occurredAtOf,
  parseStatusFragment,
  toPublicBody,
  validatePublicForm,
} from './public-form-model.js';

const filled = {
  ...emptyForm(new Date('2020-06-15T09:00:00Z')),
  category: 'noise',
  point: { lat: 51.0279, lon: 4.4794 },
  pointInside: true,
  description: 'Luide muziek tot vier uur.',
  privacy: true,
};

describe('public complaint form model', () => {
  it('accepts a filled form and asks for what is missing', () => {
    expect(validatePublicForm(filled)).toEqual({});
    expect(validatePublicForm({ ...filled, category: '', description: 'kort', privacy: false, email: 'nope' })).toEqual(
      { category: 'required', description: 'descriptionShort', privacy: 'privacyRequired', email: 'emailInvalid' },
    );
    expect(validatePublicForm({ ...filled, pointInside: false }).place).toBe('pickPlace');
    expect(validatePublicForm({ ...filled, placeMode: 'address', wijkCode: '12025W01', address: 'Bruul 1' })).toEqual(
      {},
    );
  });

  it('writes the local time with its offset and builds the body', () => {
    expect(occurredAtOf('2020-06-14', '23:30', -120)).toBe('2020-06-14T23:30:00+02:00');
    expect(occurredAtOf('2020-01-14', '08:05', 0)).toBe('2020-01-14T08:05:00+00:00');
    const body = toPublicBody(
      { ...filled, website: '' },
      { municipality: 'mechelen', formToken: 't', locale: 'fr', offsetMinutes: -120, attachments: [] },
    );
    expect(body).toMatchObject({
      municipality: 'mechelen',
      locale: 'fr',
      category: 'noise',
      place: { lat: 51.0279, lon: 4.4794 },
      privacyAccepted: true,
      website: '',
    });
    expect(body).not.toHaveProperty('contactEmail');
  });

  it('accepts only small photos and PDFs, and reads the status link', () => {
    expect(acceptsFile({ name: 'a.JPG', size: 1000 })).toBe(true);
    expect(acceptsFile({ name: 'a.exe', size: 1000 })).toBe(false);
    expect(acceptsFile({ name: 'a.pdf', size: 3 * 1024 * 1024 })).toBe(false);
    expect(parseStatusFragment('#OV-2020-7KQ4M.ABCD-EFGH-JKMN')).toEqual({
      reference: 'OV-2020-7KQ4M',
      accessCode: 'ABCD-EFGH-JKMN',
    });
    expect(parseStatusFragment('#nonsense')).toBeNull();
  });
});
