import { describe, expect, it } from 'vitest';
import { fileRefusal } from './attachments-field.js';

describe('attachments', () => {
  it('takes the types the server takes, up to 10 MB', () => {
    expect(fileRefusal({ name: 'Verslag CPR.PDF', size: 1000 })).toBeNull();
    expect(fileRefusal({ name: 'foto.jpeg', size: 10 * 1024 * 1024 })).toBeNull();
    expect(fileRefusal({ name: 'foto.jpeg', size: 10 * 1024 * 1024 + 1 })).toBe('size');
    expect(fileRefusal({ name: 'script.exe', size: 10 })).toBe('type');
    expect(fileRefusal({ name: 'pdf', size: 10 })).toBe('type');
  });
});
