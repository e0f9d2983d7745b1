import { describe, expect, it } from 'vitest';
import { newClientId } from './client-id.js';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('client-made registration ids', () => {
  it('uses crypto.randomUUID where the browser has it', () => {
    expect(newClientId({ getRandomValues: (a) => a, randomUUID: () => 'from-random-uuid' })).toBe('from-random-uuid');
  });

  it('builds a version 4 UUID from random bytes elsewhere (plain http outside localhost)', () => {
    const ids = new Set(
      Array.from({ length: 50 }, () => newClientId({ getRandomValues: (array) => crypto.getRandomValues(array) })),
    );
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(uuidV4);
  });
});
