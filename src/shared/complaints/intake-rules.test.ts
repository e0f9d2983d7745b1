import { describe, expect, it } from 'vitest';
import { countLinks, intakeRules, judgeSubmission, sniffPublicAttachment, streetOf } from './intake-rules.js';

const now = Date.parse('2020-06-15T09:00:00Z');
const person = { honeypot: '', formIssuedAt: now - 60_000, now, description: 'Elke nacht lawaai op het plein.' };

describe('public intake rules', () => {
  it('lets a person through', () => {
    expect(judgeSubmission(person)).toBeNull();
    expect(judgeSubmission({ ...person, honeypot: undefined })).toBeNull();
  });

  it('refuses a filled honeypot, a form posted too fast or too late, and advertising', () => {
    expect(judgeSubmission({ ...person, honeypot: 'http://spam.example' })).toBe('honeypot');
    expect(judgeSubmission({ ...person, formIssuedAt: now - intakeRules.minFillMs + 1 })).toBe('too_fast');
    expect(judgeSubmission({ ...person, formIssuedAt: now + 5_000 })).toBe('too_fast');
    expect(judgeSubmission({ ...person, formIssuedAt: now - intakeRules.maxFormAgeMs - 1 })).toBe('form_expired');
    expect(judgeSubmission({ ...person, description: 'buy http://a.example www.b.example https://c.example' })).toBe(
      'too_many_links',
    );
    expect(countLinks('see https://x.example')).toBe(1);
  });

  it('accepts only real PNG, JPEG and PDF files whose name matches their bytes', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    const pdf = new TextEncoder().encode('%PDF-1.4');
    expect(sniffPublicAttachment('foto.png', png)).toBe('image/png');
    expect(sniffPublicAttachment('brief.PDF', pdf)).toBe('application/pdf');
    expect(sniffPublicAttachment('foto.jpg', png)).toBeNull();
    expect(sniffPublicAttachment('script.exe', png)).toBeNull();
    expect(sniffPublicAttachment('png', png)).toBeNull();
    expect(sniffPublicAttachment('page.html.png', new TextEncoder().encode('<html>'))).toBeNull();
  });

  it('takes the street from an address', () => {
    expect(streetOf('Bruul 12, 2800 Mechelen')).toBe('Bruul');
    expect(streetOf('Grote Markt 1 bus 3')).toBe('Grote Markt');
    expect(streetOf('  ')).toBeNull();
    expect(streetOf(null)).toBeNull();
  });
});
