import { describe, expect, it } from 'vitest';
import { given } from './filters.js';

describe('given', () => {
  it('keeps the filters that were given and leaves out the empty ones', () => {
    expect(given({ status: 'open', category: undefined, wijk: '', owner: null, type: 'advice' })).toEqual({
      status: 'open',
      type: 'advice',
    });
  });

  it('is empty when nothing was given, so the list is not filtered', () => {
    expect(given({ status: undefined, category: '' })).toEqual({});
  });
});
