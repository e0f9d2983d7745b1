import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../adapters/clock.js';
import { FormTokens } from './intake-guard.js';

describe('form tokens', () => {
  it('tells when a token was issued, for its own municipality only, and refuses forgeries', () => {
    const clock = new ManualClock();
    const tokens = new FormTokens(clock);
    const token = tokens.issue('m1');
    expect(tokens.issuedAt('m1', token)).toBe(clock.now().getTime());
    expect(tokens.issuedAt('m2', token)).toBeNull();
    const [, nonce, mac] = token.split('.');
    expect(tokens.issuedAt('m1', `${clock.now().getTime() - 60_000}.${nonce}.${mac}`)).toBeNull();
    expect(tokens.issuedAt('m1', 'garbage')).toBeNull();
    expect(new FormTokens(clock).issuedAt('m1', token)).toBeNull();
  });
});

// The intake limiter counts in the database: test/medium/multi-process.test.ts tests it across processes.
